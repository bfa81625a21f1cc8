package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.persistence.ContentGeneration;
import health.clinicapi.content.Block;
import health.clinicapi.support.Api;

/**
 * A search asked again while content is unchanged reuses its ranking (SearchRankings): another URI for the same
 * search (other fields, another page, a parameter the search ignores) is not ranked again; any change, and any other
 * filter, is.
 */
@QuarkusTest
class SearchRankingsTest {

    @Inject
    SearchRankings rankings;

    @Inject
    ContentGeneration generation;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void the_same_search_under_another_uri_is_not_ranked_again_until_content_changes() {
        String tag = uniqueSlug("rk");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        String word = word(tag);
        for (int i = 0; i < 3; i++) {
            published(clinic, article("match-" + i, word + " notes " + i, "About " + word + ".", tag + "-r", "x"));
        }

        double hits = rankings("hit");
        long[] firstCost = new long[1];
        JsonPath first = counted(firstCost, () -> search(clinic, word + "&v=1"));
        long[] againCost = new long[1];
        JsonPath again = counted(againCost, () -> search(clinic, word + "&v=2&fields=slug,match"));

        assertThat(again.getList("items.slug", String.class)).hasSize(3)
                .isEqualTo(first.getList("items.slug", String.class));
        assertThat(again.getList("items.match.score", Double.class))
                .isEqualTo(first.getList("items.match.score", Double.class));
        assertThat(rankings("hit") - hits).isEqualTo(1.0);
        // Neither ranked nor filtered again: the ranking and filter statements are saved.
        assertThat(againCost[0]).isPositive().isLessThanOrEqualTo(firstCost[0] - 2);

        // A new matching article moves the content generation: the same search ranks again and finds it.
        published(clinic, article("newest", word + " " + word + " " + word, word + " first.", tag + "-r", "x"));
        double misses = rankings("miss");
        List<String> after = search(clinic, word + "&v=3").getList("items.slug", String.class);
        assertThat(rankings("miss") - misses).isEqualTo(1.0);
        assertThat(after).hasSize(4).first().isEqualTo("newest");
    }

    @Test
    void each_filter_is_ranked_apart_and_paging_a_held_ranking_tests_only_what_its_pages_need() {
        String tag = uniqueSlug("rf");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        String word = word(tag);
        // 60 matches, one in three tagged "keep": later pages need verdicts past the first slice of the ranking.
        for (int i = 0; i < 60; i++) {
            published(clinic, article("item-" + i, "Item " + i, word + " " + "again ".repeat(i % 7), tag + "-r",
                    i % 3 == 0 ? "keep" : "drop"));
        }

        // Paged first: the held ranking is tested a slice at a time as the pages go on.
        List<String> paged = new ArrayList<>();
        JsonPath page = search(clinic, word + "&tag=keep&limit=3");
        paged.addAll(page.getList("items.slug", String.class));
        while (page.getString("nextCursor") != null) {
            page = search(clinic, word + "&tag=keep&limit=3&cursor=" + page.getString("nextCursor"));
            paged.addAll(page.getList("items.slug", String.class));
        }
        List<String> whole = search(clinic, word + "&tag=keep&limit=100").getList("items.slug", String.class);
        List<String> dropped = search(clinic, word + "&tag=drop&limit=100").getList("items.slug", String.class);

        assertThat(whole).hasSize(20).allMatch(slug -> Integer.parseInt(slug.substring(5)) % 3 == 0);
        assertThat(paged).isEqualTo(whole);
        assertThat(dropped).hasSize(40).noneMatch(whole::contains);
    }

    @Test
    void a_ranking_filtered_with_references_older_than_the_current_generation_is_used_once_and_not_kept() {
        var key = new SearchRankings.Key(UUID.randomUUID(), new DeliveryFilter(ArticleDelivery.LIVE,
                List.of("en-US"), null, null, null, null, null, null, null), List.of(List.of("peel")));
        List<ArticleSearch.Match> matches = List.of(new ArticleSearch.Match(UUID.randomUUID(), 1.0));
        int[] ranked = new int[1];
        Function<SearchRankings.Key, List<ArticleSearch.Match>> rank = k -> {
            ranked[0]++;
            return matches;
        };

        // The caller read its references, then a change committed before the ranking was read.
        long referencesAt = generation.current();
        generation.advance();
        assertThat(rankings.delivered(key, referencesAt, 10, rank, ids -> ids)).isEqualTo(matches);
        // Not kept: the next search ranks again, and what it reads within one generation is kept.
        rankings.delivered(key, generation.current(), 10, rank, ids -> ids);
        assertThat(rankings.delivered(key, generation.current(), 10, rank, ids -> ids)).isEqualTo(matches);

        assertThat(ranked[0]).isEqualTo(2);
    }

    private static ArticleInput article(String slug, String title, String text, String reviewer, String tag) {
        List<Block> body = List.of(new Block.Paragraph(List.of(new Block.Span(text, null, null))));
        return new ArticleInput(slug, "en-US", null, title, null, "Excerpt.", null, body, List.of(tag), null, null,
                null, reviewer, LocalDate.of(2025, 3, 1), true, null);
    }

    /** A word only this test's articles contain: letters of the test's unique slug. */
    private static String word(String tag) {
        return "zq" + tag.replaceAll("[^a-z]", "");
    }

    private static JsonPath search(String clinic, String query) {
        return given().when().get(deliveryPath(clinic) + "?q=" + query).then().statusCode(200).extract().jsonPath();
    }

    /** Runs {@code request}, putting the SQL statements it prepared in {@code cost[0]}. */
    private static JsonPath counted(long[] cost, java.util.function.Supplier<JsonPath> request) {
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get()
                .unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        JsonPath result = request.get();
        cost[0] = statistics.getPrepareStatementCount() - before;
        return result;
    }

    /** The search rankings counted with this result (hit or miss) so far. */
    private static double rankings(String result) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("clinicapi_search_rankings_total{")
                        && line.contains("result=\"" + result + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
