package health.clinicapi.cache;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-memory cache of rendered delivery responses. */
@ConfigMapping(prefix = "clinicapi.delivery.memory-cache")
public interface DeliveryCacheConfig {

    /** Whether delivery responses are kept in memory at all; default true. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Upper bound of the bytes held (bodies, headers and the surrogate-key index); the least recently used go first.
     * Default: an eighth of the JVM's maximum heap, at most 64 MiB (22 MiB with the 179 MiB heap a 512 MiB pod gives
     * the JVM). A cache that takes most of a small heap leaves too little for requests in flight: the service would
     * spend its time in full collections, then run out of memory, under many cold reads at once.
     */
    Optional<Long> maxBytes();

    /** {@link #maxBytes()}, or its default for this JVM. */
    default long effectiveMaxBytes() {
        return maxBytes().orElse(Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    /**
     * When a response is stored. {@code second-request-when-full} (the default): the first time its URI is asked for,
     * except while the cache is full (it evicted for room in the last 10 s): then the second time (the cache remembers
     * the last 65,536 URIs asked for, see {@code Doorkeeper}), or the first time when other requests for the same URI
     * arrive while it is being made. A crawler or a site build reading every article once then passes through without
     * pushing out what readers ask for again. {@code always}: every response, the first time.
     */
    @WithDefault("second-request-when-full")
    Admission admission();

    /** See {@link #admission()}. */
    enum Admission {
        ALWAYS, SECOND_REQUEST_WHEN_FULL
    }

    /**
     * How long an entry lives even when nothing invalidates it: the bound on changes no write announces, such as a
     * disclaimer version whose effective date arrives; default 5 min.
     */
    @WithDefault("5m")
    Duration timeToLive();

    /**
     * How long past its time to live an entry is still kept, to be served (marked {@code X-Cache: STALE}) when a
     * fresh copy cannot be made because the database is unreachable, as {@code stale-if-error} allows; default 1 day.
     */
    @WithDefault("1d")
    Duration staleFor();

    /**
     * Whether replicas on one PostgreSQL tell each other what to invalidate (LISTEN/NOTIFY); default true. The notices
     * also tell a replica to reload the reference data it keeps in memory (disclaimer rules and texts; the clinics,
     * people and catalog delivery reads articles against; see ContentGeneration), so they go out and are heard even
     * when the response cache itself is off.
     */
    @WithDefault("true")
    boolean notifyReplicas();
}
