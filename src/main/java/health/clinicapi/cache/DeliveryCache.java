package health.clinicapi.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import health.clinicapi.common.persistence.ContentGeneration;

/**
 * Rendered delivery responses in memory, keyed by request URI and indexed by surrogate key, so a change invalidates
 * exactly the responses that show the changed content. See {@code README.md} in this package for the design.
 *
 * <p>
 * A store that raced with an invalidation must not keep what it read before the change: every invalidation advances
 * a generation, and {@link #put} keeps a response only when no invalidation happened since its request began; stores and invalidations exclude
 * each other (a read-write lock: stores share it).
 */
@ApplicationScoped
public class DeliveryCache {

    /** The surrogate key that matches every entry. */
    public static final String ALL = "*";

    private final boolean enabled;
    private final long timeToLiveNanos;
    private final Cache<String, CachedResponse> entries;
    private final Map<String, Set<String>> bySurrogateKey = new ConcurrentHashMap<>();
    /**
     * Stores share the read side (they may run together: the index sets and Caffeine are concurrent); invalidation and
     * pruning take the write side, so no store runs between an invalidation's generation step and its removals.
     */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile long generation;
    /** Moved with every invalidation, for the in-memory copies of reference data that outlive a request. */
    private final ContentGeneration content;
    private final Counter hits;
    private final Counter misses;
    private final Counter stores;
    private final Counter invalidations;

    public DeliveryCache(DeliveryCacheConfig config, MeterRegistry registry, ContentGeneration content) {
        this.content = content;
        this.enabled = config.enabled();
        this.timeToLiveNanos = config.timeToLive().toNanos();
        this.entries = Caffeine.newBuilder().maximumWeight(config.effectiveMaxBytes())
                .weigher((String uri, CachedResponse response) -> response.weight() + uri.length())
                .expireAfterWrite(config.timeToLive().plus(config.staleFor())).build();
        this.hits = registry.counter("clinicapi.delivery.cache.requests", "result", "hit");
        this.misses = registry.counter("clinicapi.delivery.cache.requests", "result", "miss");
        this.stores = registry.counter("clinicapi.delivery.cache.stores");
        this.invalidations = registry.counter("clinicapi.delivery.cache.invalidations");
        registry.gauge("clinicapi.delivery.cache.entries", entries, c -> c.estimatedSize());
    }

    public boolean enabled() {
        return enabled;
    }

    /** The response stored for this URI, fresh or stale, or null; counts a hit (fresh) or a miss. */
    CachedResponse get(String uri) {
        CachedResponse response = entries.getIfPresent(uri);
        (response != null && fresh(response) ? hits : misses).increment();
        return response;
    }

    /** Whether the response is within its time to live; a stale one is served only when no fresh one can be made. */
    boolean fresh(CachedResponse response) {
        return System.nanoTime() - response.storedAt() < timeToLiveNanos;
    }

    /** The generation to pass to {@link #put} for a response whose reads begin now. */
    long generation() {
        return generation;
    }

    /** Keeps the response unless an invalidation happened since {@code readSince} was taken. */
    void put(String uri, CachedResponse response, long readSince) {
        lock.readLock().lock();
        try {
            if (generation != readSince) {
                return;
            }
            for (String key : response.surrogateKeys()) {
                bySurrogateKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(uri);
            }
            entries.put(uri, response);
        } finally {
            lock.readLock().unlock();
        }
        stores.increment();
    }

    /** Drops every response naming one of these surrogate keys ({@link #ALL}: every response). */
    public void invalidate(Collection<String> surrogateKeys) {
        if (surrogateKeys.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            generation++;
            content.advance();
            if (surrogateKeys.contains(ALL)) {
                entries.invalidateAll();
                bySurrogateKey.clear();
            } else {
                for (String key : surrogateKeys) {
                    Set<String> uris = bySurrogateKey.remove(key);
                    if (uris != null) {
                        entries.invalidateAll(uris);
                    }
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        invalidations.increment();
    }

    /** How many responses are held (approximately). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /**
     * Forgets index entries of responses evicted for size or age. The index may name URIs that are gone (invalidating
     * them is harmless) but must never miss one that is held, so pruning runs under the write lock, which stores exclude.
     */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        lock.writeLock().lock();
        try {
            bySurrogateKey.values().forEach(uris -> uris.removeIf(uri -> entries.getIfPresent(uri) == null));
            bySurrogateKey.values().removeIf(Set::isEmpty);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
