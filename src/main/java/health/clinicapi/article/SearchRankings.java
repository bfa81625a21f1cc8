package health.clinicapi.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import health.clinicapi.cache.DeliveryCacheConfig;
import health.clinicapi.common.persistence.ContentGeneration;

/**
 * The rankings of recent searches, so that a search asked again while content is unchanged is not ranked again: its
 * next page, the same search with other fields or another page size, or its URI with a parameter the search ignores
 * (a site's tracking parameters). The delivery cache keys whole responses by URI and misses all of these; ranking is
 * most of what a search costs.
 * <p>
 * An entry is a {@link Ranking}: the matches best first, and the delivery filter's verdicts on as many of them as pages
 * have needed so far. Like every in-memory copy of content here it is current while the content generation it was read
 * at is (see {@link ContentGeneration}): any committed change, on this replica or announced by another, makes the next
 * search rank again. Entries also expire after the delivery cache's time to live, the bound on changes that no write
 * announces. The bound is the number of ranked ids held, about 30 bytes each, least recently used out first.
 */
@ApplicationScoped
public class SearchRankings {

    /** A search as ranked: the clinic, the filters beside the query, and the query's phrases (synonyms included). */
    record Key(UUID clinicId, DeliveryFilter filter, List<List<String>> phrases) {
    }

    private final ContentGeneration generation;
    private final EntityManager em;
    /** Null when rankings are not kept. */
    private final Cache<Key, Ranking> entries;
    private final Counter hits;
    private final Counter misses;

    @Inject
    public SearchRankings(ContentGeneration generation, EntityManager em, MeterRegistry registry,
            DeliveryCacheConfig delivery,
            @ConfigProperty(name = "clinicapi.search.ranking-cache.max-ids", defaultValue = "200000") long maxIds) {
        this.generation = generation;
        this.em = em;
        this.entries = maxIds <= 0
                ? null
                : Caffeine.newBuilder().maximumWeight(maxIds)
                        .weigher((Key key, Ranking ranking) -> ranking.size() + 1)
                        .expireAfterWrite(delivery.timeToLive()).build();
        this.hits = registry.counter("clinicapi.search.rankings", "result", "hit");
        this.misses = registry.counter("clinicapi.search.rankings", "result", "miss");
    }

    /**
     * The first {@code wanted} matches of the search that the filter delivers, best first: from a ranking held for
     * content generation {@code at} when there is one, else from {@code rank} (the matches, in any order) and
     * {@code delivers} (which of some ids the filter delivers). What was read is kept for the next request when the
     * generation is still {@code at} once it is read, outside a transaction that may have written.
     *
     * @param at the generation of what the caller read before (its delivery references, which the filter uses): a
     *        ranking filtered with references older than the database it ranked must not be kept
     */
    List<ArticleSearch.Match> delivered(Key key, long at, int wanted, Function<Key, List<ArticleSearch.Match>> rank,
            Function<List<UUID>, Collection<UUID>> delivers) {
        Ranking held = entries == null ? null : entries.getIfPresent(key);
        Ranking ranking = held != null && held.generation() == at ? held : null;
        (ranking == null ? misses : hits).increment();
        if (ranking == null) {
            ranking = Ranking.of(at, rank.apply(key));
        }
        Ranking tested = ranking.testedFor(wanted, delivers);
        if (entries != null && tested != held && generation.current() == at && ContentGeneration.shareable(em)) {
            entries.put(key, tested);
        }
        return tested.delivered(wanted);
    }

    /**
     * A search's matches as read at {@code generation}, best first (score, then id), with the indexes of those the
     * delivery filter delivers among the first {@code tested}. Immutable: a page that needs more verdicts makes a new
     * one. Ids are kept as two longs each rather than as objects, to hold more rankings in the same memory.
     */
    record Ranking(long generation, long[] mostBits, long[] leastBits, double[] scores, int[] passed, int tested) {

        static Ranking of(long generation, List<ArticleSearch.Match> matches) {
            Map<UUID, Double> byId = new HashMap<>();
            matches.forEach(m -> byId.put(m.id(), m.score()));
            List<UUID> ids = new ArrayList<>(byId.keySet());
            ids.sort(Comparator.comparingDouble((UUID id) -> -byId.get(id)).thenComparing(id -> id));
            int size = ids.size();
            long[] most = new long[size];
            long[] least = new long[size];
            double[] scores = new double[size];
            for (int i = 0; i < size; i++) {
                UUID id = ids.get(i);
                most[i] = id.getMostSignificantBits();
                least[i] = id.getLeastSignificantBits();
                scores[i] = byId.get(id);
            }
            return new Ranking(generation, most, least, scores, new int[0], 0);
        }

        int size() {
            return scores.length;
        }

        UUID id(int index) {
            return new UUID(mostBits[index], leastBits[index]);
        }

        /**
         * This ranking with verdicts on enough matches to deliver {@code wanted} (or on all of them), or itself when it
         * has them. Matches are tested a slice at a time from the first untested, so a first page of results tests a
         * few dozen ids, not every match.
         */
        Ranking testedFor(int wanted, Function<List<UUID>, Collection<UUID>> delivers) {
            if (passed.length >= wanted || tested == size()) {
                return this;
            }
            int[] now = Arrays.copyOf(passed, Math.min(size(), Math.max(passed.length, wanted) + 32));
            int count = passed.length;
            int from = tested;
            for (int slice = Math.max(2 * wanted, 32); count < wanted && from < size(); slice *= 2) {
                int to = Math.min(size(), from + slice);
                List<UUID> ids = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    ids.add(id(i));
                }
                Set<UUID> yes = new HashSet<>(delivers.apply(ids));
                for (int i = from; i < to; i++) {
                    if (yes.contains(ids.get(i - from))) {
                        if (count == now.length) {
                            now = Arrays.copyOf(now, Math.min(size(), 2 * now.length));
                        }
                        now[count++] = i;
                    }
                }
                from = to;
            }
            return new Ranking(generation, mostBits, leastBits, scores, Arrays.copyOf(now, count), from);
        }

        /** The first {@code wanted} delivered matches, best first (fewer when the ranking has no more). */
        List<ArticleSearch.Match> delivered(int wanted) {
            int count = Math.min(wanted, passed.length);
            List<ArticleSearch.Match> matches = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                matches.add(new ArticleSearch.Match(id(passed[i]), scores[passed[i]]));
            }
            return matches;
        }
    }
}
