package health.clinicapi.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import health.clinicapi.common.persistence.ContentGeneration;

/** The cache's own rules: the size bound, invalidation by surrogate key, and no stale store after a change. */
class DeliveryCacheTest {

    private static DeliveryCache cache(long maxBytes) {
        return new DeliveryCache(config(Optional.of(maxBytes)), new SimpleMeterRegistry(), new ContentGeneration(),
                Runnable::run);
    }

    private static DeliveryCacheConfig config(Optional<Long> maxBytes) {
        return new DeliveryCacheConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<Long> maxBytes() {
                return maxBytes;
            }

            @Override
            public Duration timeToLive() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration staleFor() {
                return Duration.ofHours(1);
            }

            @Override
            public boolean notifyReplicas() {
                return false;
            }

            @Override
            public Admission admission() {
                return Admission.SECOND_REQUEST_WHEN_FULL;
            }
        };
    }

    private static CachedResponse response(int size, String... keys) {
        return new CachedResponse(new byte[size], "\"e\"", "application/json",
                List.of(Map.entry("Cache-Control", "public")), List.of(keys), System.nanoTime(), null);
    }

    @Test
    void admits_every_response_while_there_is_room_and_only_repeats_once_it_evicts_for_room() {
        DeliveryCache cache = cache(64 << 10);
        assertThat(cache.admits("/v1/clinics/a")).as("room: stored on the first request").isTrue();
        assertThat(cache.full()).isFalse();

        for (int i = 0; i < 40; i++) {
            cache.put("/v1/clinics/c" + i, response(4_000, "clinic:c" + i), cache.generation());
        }
        cache.size(); // runs Caffeine's upkeep, which evicts

        assertThat(cache.full()).as("evicted for room").isTrue();
        assertThat(cache.admits("/v1/clinics/b")).as("full: not on the first request").isFalse();
        assertThat(cache.admits("/v1/clinics/b")).as("full: on the second").isTrue();
        assertThat(cache.admits("/v1/clinics/a")).as("asked for before the cache filled up").isTrue();
    }

    @Test
    void invalidates_only_the_responses_that_name_a_changed_key() {
        DeliveryCache cache = cache(1 << 20);
        cache.put("/v1/clinics/a/articles/x", response(10, "clinic:a", "article:x"), cache.generation());
        cache.put("/v1/clinics/a/articles/y", response(10, "clinic:a", "article:y"), cache.generation());
        cache.put("/v1/clinics/a/articles", response(10, "articles", "clinic:a", "article:x", "article:y"),
                cache.generation());

        cache.invalidate(List.of("article:x"));

        assertThat(cache.get("/v1/clinics/a/articles/x")).isNull();
        assertThat(cache.get("/v1/clinics/a/articles")).isNull();
        assertThat(cache.get("/v1/clinics/a/articles/y")).isNotNull();
    }

    @Test
    void drops_everything_for_the_all_key() {
        DeliveryCache cache = cache(1 << 20);
        cache.put("/v1/treatments", response(10, "treatments"), cache.generation());
        cache.put("/v1/clinics/a", response(10, "clinic:a"), cache.generation());

        cache.invalidate(List.of(DeliveryCache.ALL));

        assertThat(cache.size()).isZero();
    }

    @Test
    void does_not_keep_a_response_read_before_a_change_that_committed_meanwhile() {
        DeliveryCache cache = cache(1 << 20);
        long readSince = cache.generation();
        cache.invalidate(List.of("article:unrelated"));

        cache.put("/v1/clinics/a/articles/x", response(10, "article:x"), readSince);

        assertThat(cache.get("/v1/clinics/a/articles/x")).as("read before a change: maybe stale").isNull();
        cache.put("/v1/clinics/a/articles/x", response(10, "article:x"), cache.generation());
        assertThat(cache.get("/v1/clinics/a/articles/x")).isNotNull();
    }

    @Test
    void stays_within_its_size_bound_and_still_invalidates_what_it_holds() {
        DeliveryCache cache = cache(50_000);
        for (int i = 0; i < 100; i++) {
            cache.put("/v1/clinics/a/articles/" + i, response(1_000, "article:" + i, "clinic:a"), cache.generation());
        }
        cache.prune();

        assertThat(cache.size()).isBetween(1L, 50L);
        assertThat(cache.indexSize()).as("only held responses stay indexed, under both keys")
                .isEqualTo(2 * cache.size());
        cache.invalidate(List.of("clinic:a"));
        assertThat(cache.size()).isZero();
        cache.prune();
        assertThat(cache.indexSize()).as("the article keys of invalidated responses go too").isZero();
    }

    @Test
    void a_response_replaced_under_other_keys_is_indexed_under_its_new_keys_only() {
        DeliveryCache cache = cache(1 << 20);
        cache.put("/v1/clinics/a/articles/x", response(10, "clinic:a", "person:old"), cache.generation());
        cache.put("/v1/clinics/a/articles/x", response(10, "clinic:a", "person:new"), cache.generation());
        cache.prune();

        assertThat(cache.indexSize()).isEqualTo(2);
        cache.invalidate(List.of("person:old"));
        assertThat(cache.get("/v1/clinics/a/articles/x")).as("no longer shows the old author").isNotNull();
        cache.invalidate(List.of("person:new"));
        assertThat(cache.get("/v1/clinics/a/articles/x")).isNull();
    }

    @Test
    void takes_an_eighth_of_the_heap_by_default_and_never_more_than_64_mib() {
        DeliveryCacheConfig unset = config(Optional.empty());
        long heap = Runtime.getRuntime().maxMemory();

        assertThat(unset.effectiveMaxBytes()).isEqualTo(Math.min(64L << 20, heap / 8)).isPositive();
    }

    @Test
    void weighs_each_surrogate_key_a_response_is_indexed_under() {
        CachedResponse few = response(1_000, "article:1");
        CachedResponse many = response(1_000, "article:1", "clinic:a", "person:b", "treatment:c");

        assertThat(many.weight() - few.weight()).isEqualTo(3 * CachedResponse.INDEX_ENTRY);
    }
}
