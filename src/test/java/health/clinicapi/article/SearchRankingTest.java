package health.clinicapi.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** A held search ranking: its order, and the delivery filter's verdicts gathered a slice at a time. */
class SearchRankingTest {

    /** 100 ids, in the order their scores rank them. */
    private static final List<UUID> IDS = new ArrayList<>();

    static {
        for (int i = 0; i < 100; i++) {
            IDS.add(new UUID(0, i));
        }
    }

    private static List<ArticleSearch.Match> matches() {
        List<ArticleSearch.Match> matches = new ArrayList<>();
        // Given in reverse, with one tie: the ranking orders by score, then id.
        for (int i = IDS.size() - 1; i >= 0; i--) {
            matches.add(new ArticleSearch.Match(IDS.get(i), i == 1 ? 100 : 100 - i));
        }
        return matches;
    }

    /** A filter that delivers every third id, recording each slice it is asked about. */
    private static final class EveryThird implements Function<List<UUID>, Collection<UUID>> {
        final List<Integer> slices = new ArrayList<>();

        @Override
        public Collection<UUID> apply(List<UUID> ids) {
            slices.add(ids.size());
            return ids.stream().filter(id -> id.getLeastSignificantBits() % 3 == 0).toList();
        }
    }

    @Test
    void orders_by_score_then_id_and_tests_only_the_slices_a_page_needs() {
        SearchRankings.Ranking ranking = SearchRankings.Ranking.of(7, matches());
        EveryThird filter = new EveryThird();

        SearchRankings.Ranking firstPage = ranking.testedFor(4, filter);

        // Ids 0 and 1 tie at 100: id order puts 0 first.
        assertThat(firstPage.delivered(4)).extracting(ArticleSearch.Match::id)
                .containsExactly(IDS.get(0), IDS.get(3), IDS.get(6), IDS.get(9));
        assertThat(firstPage.delivered(1).get(0).score()).isEqualTo(100.0);
        assertThat(filter.slices).containsExactly(32);
        assertThat(firstPage.generation()).isEqualTo(7);
        // The held ranking answers a page within what was tested without asking the filter again.
        assertThat(firstPage.testedFor(10, filter)).isSameAs(firstPage);
        assertThat(filter.slices).containsExactly(32);

        SearchRankings.Ranking deeper = firstPage.testedFor(20, filter);
        assertThat(filter.slices).containsExactly(32, 40);
        assertThat(deeper.delivered(20)).extracting(ArticleSearch.Match::id)
                .isEqualTo(IDS.stream().filter(id -> id.getLeastSignificantBits() % 3 == 0).limit(20).toList());
        // The earlier ranking is unchanged: entries are immutable.
        assertThat(firstPage.delivered(20)).hasSize(11);

        SearchRankings.Ranking all = deeper.testedFor(1_000, filter);
        assertThat(all.delivered(1_000)).hasSize(34);
        assertThat(all.testedFor(1_000, filter)).isSameAs(all);
    }

    @Test
    void an_empty_ranking_needs_no_verdict() {
        EveryThird filter = new EveryThird();
        SearchRankings.Ranking empty = SearchRankings.Ranking.of(1, List.of()).testedFor(10, filter);
        assertThat(empty.delivered(10)).isEmpty();
        assertThat(filter.slices).isEmpty();
    }
}
