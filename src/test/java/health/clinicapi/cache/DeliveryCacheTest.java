package health.clinicapi.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import health.clinicapi.common.persistence.ContentGeneration;

/** The cache's own rules: the size bound, invalidation by surrogate key, and no stale store after a change. */
class DeliveryCacheTest {

    private static DeliveryCache cache(long maxBytes) {
        return new DeliveryCache(new DeliveryCacheConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public long maxBytes() {
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
        }, new SimpleMeterRegistry(), new ContentGeneration());
    }

    private static CachedResponse response(int size, String... keys) {
        return new CachedResponse(new byte[size], "\"e\"", "application/json",
                List.of(Map.entry("Cache-Control", "public")), List.of(keys), System.nanoTime(), null);
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
        cache.invalidate(List.of("clinic:a"));
        assertThat(cache.size()).isZero();
    }
}
