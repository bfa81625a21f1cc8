package health.clinicapi.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request rate limits: a token bucket per API key for management, per client address for delivery. Buckets live in
 * memory on each instance, so with N replicas a client can reach up to N times these limits.
 */
@ConfigMapping(prefix = "clinicapi.rate-limit")
public interface RateLimitConfig {

    /**
     * Whether requests are limited at all; default true. Turn off only for benchmarks
     * ({@code CLINICAPI_RATE_LIMIT_ENABLED=false}): without it one client can exhaust the service.
     */
    @WithDefault("true")
    boolean enabled();

    /** Limits of {@code /v1/manage/**}, counted per API key (per client address for requests without a key). */
    Management management();

    /** Limits of the public delivery paths (everything else under {@code /v1}), counted per client address. */
    Delivery delivery();

    /**
     * How many buckets each of the two path classes keeps at most; default 100000. Bounds memory (a bucket is a few
     * hundred bytes); beyond it the least recently used bucket is dropped, which gives that client a full bucket.
     */
    @WithDefault("100000")
    int maxBuckets();

    /** Quota of management requests. */
    interface Management {

        /** Requests a key may make per {@link #period()}, also the largest burst; default 600. */
        @WithDefault("600")
        long limit();

        /** The time in which {@link #limit()} tokens are refilled; default 1 min. */
        @WithDefault("1m")
        Duration period();

        /**
         * Management requests one client address may make per {@link #period()} whatever keys it presents, so made-up
         * keys cannot buy fresh buckets; default 6000 (ten busy keys behind one address).
         */
        @WithDefault("6000")
        long addressLimit();
    }

    /** Quota of delivery requests. */
    interface Delivery {

        /** Requests a client address may make per {@link #period()}, also the largest burst; default 1200. */
        @WithDefault("1200")
        long limit();

        /** The time in which {@link #limit()} tokens are refilled; default 1 min. */
        @WithDefault("1m")
        Duration period();
    }
}
