package health.clinicapi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The rate-limit decision without HTTP: which requests are limited, from which bucket, and the off-switch. */
class RateLimiterTest {

    private static final String KEY_A = "Bearer cca_AAAAAAAAAAAA_" + "a".repeat(43);
    private static final String KEY_B = "Bearer cca_BBBBBBBBBBBB_" + "b".repeat(43);

    @Test
    void limits_nothing_when_disabled() {
        RateLimiter limiter = new RateLimiter(config(false, 1, 1));

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.decide("/v1/clinics", null, "192.0.2.1")).isEmpty();
            assertThat(limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.1")).isEmpty();
        }
    }

    @Test
    void never_limits_paths_outside_v1() {
        RateLimiter limiter = new RateLimiter(config(true, 1, 1));

        assertThat(limiter.decide("/q/health/live", null, "192.0.2.1")).isEmpty();
        assertThat(limiter.decide("/q/metrics", KEY_A, "192.0.2.1")).isEmpty();
        assertThat(limiter.decide("/v10/clinics", null, "192.0.2.1")).isEmpty();
    }

    @Test
    void counts_delivery_per_client_address() {
        RateLimiter limiter = new RateLimiter(config(true, 5, 2));

        assertThat(limiter.decide("/v1/clinics", null, "192.0.2.1")).get()
                .satisfies(d -> assertThat(d.remaining()).isEqualTo(1));
        assertThat(limiter.decide("/v1/clinics/x", KEY_A, "192.0.2.1")).get()
                .satisfies(d -> assertThat(d.remaining()).isZero());
        assertThat(limiter.decide("/v1/clinics", null, "192.0.2.1")).get()
                .satisfies(d -> assertThat(d.allowed()).isFalse());
        assertThat(limiter.decide("/v1/clinics", null, "192.0.2.2")).get()
                .satisfies(d -> assertThat(d.remaining()).isEqualTo(1));
    }

    @Test
    void caps_one_address_across_made_up_keys() {
        RateLimiter limiter = new RateLimiter(config(true, 2, 100));

        for (int i = 0; i < 6; i++) {
            String madeUp = "Bearer cca_" + "%012d".formatted(i) + "_" + "x".repeat(43);
            assertThat(limiter.decide("/v1/manage/clinics", madeUp, "192.0.2.7").get().allowed()).isTrue();
        }
        var refused = limiter.decide("/v1/manage/clinics", "Bearer cca_999999999999_" + "y".repeat(43), "192.0.2.7");
        assertThat(refused.get().allowed()).isFalse();
        assertThat(refused.get().retryAfterSeconds()).isPositive();
        assertThat(limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.8").get().allowed()).isTrue();
    }

    @Test
    void counts_management_per_key_and_keyless_requests_per_address() {
        RateLimiter limiter = new RateLimiter(config(true, 2, 100));

        assertThat(limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.1").get().remaining()).isEqualTo(1);
        assertThat(limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.9").get().remaining()).isZero();
        assertThat(limiter.decide("/v1/manage/clinics", KEY_B, "192.0.2.1").get().remaining()).isEqualTo(1);
        assertThat(limiter.decide("/v1/manage", "Bearer not-a-key", "192.0.2.1").get().remaining()).isEqualTo(1);
        assertThat(limiter.decide("/v1/manage", "Basic Zm9vOmJhcg==", "192.0.2.1").get().remaining()).isZero();
        assertThat(limiter.decide("/v1/manage", null, "192.0.2.2").get().remaining()).isEqualTo(1);
    }

    @Test
    void refuses_with_retry_after_of_at_least_a_second_and_reset_until_full() {
        RateLimiter limiter = new RateLimiter(config(true, 2, 100));
        limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.1");
        limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.1");

        RateLimiter.Decision refused = limiter.decide("/v1/manage/clinics", KEY_A, "192.0.2.1").orElseThrow();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(2);
        assertThat(refused.remaining()).isZero();
        // Two tokens per hour: the next one is up to 30 min away, a full bucket up to an hour.
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 1800L);
        assertThat(refused.resetSeconds()).isBetween(refused.retryAfterSeconds(), 3600L);
    }

    @Test
    void refuses_to_start_with_a_limit_below_one() {
        assertThatThrownBy(() -> new RateLimiter(config(true, 0, 10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clinicapi.rate-limit.management");
    }

    private static RateLimitConfig config(boolean enabled, long managementLimit, long deliveryLimit) {
        return new RateLimitConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Management management() {
                return new Management() {
                    @Override
                    public long limit() {
                        return managementLimit;
                    }

                    @Override
                    public Duration period() {
                        return Duration.ofHours(1);
                    }

                    @Override
                    public long addressLimit() {
                        return managementLimit * 3;
                    }
                };
            }

            @Override
            public Delivery delivery() {
                return new Delivery() {
                    @Override
                    public long limit() {
                        return deliveryLimit;
                    }

                    @Override
                    public Duration period() {
                        return Duration.ofHours(1);
                    }
                };
            }

            @Override
            public int maxBuckets() {
                return 1000;
            }
        };
    }
}
