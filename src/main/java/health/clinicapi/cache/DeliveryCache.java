package health.clinicapi.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

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
    /** How long after evicting for room the cache counts as full, for admission. */
    static final long FULL_FOR = 10_000_000_000L;

    private final boolean enabled;
    private final long timeToLiveNanos;
    private final Cache<String, CachedResponse> entries;
    private final Map<String, Set<String>> bySurrogateKey = new ConcurrentHashMap<>();
    /**
     * Responses Caffeine let go of (evicted, expired, invalidated or replaced) whose URIs the index may still name;
     * {@link #prune} takes them out. Holding evicted URIs in the index until a full sweep kept about 60 MB of dead
     * URIs on the heap under steady cold reads, and the serial collector's full collections then stopped the JVM for
     * 150 ms several times every 10 s.
     */
    private final ConcurrentLinkedQueue<Map.Entry<String, CachedResponse>> removed = new ConcurrentLinkedQueue<>();
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
    private final Counter deferred;
    /** Null when every response is stored the first time ({@link DeliveryCacheConfig#admission()}). */
    private final Doorkeeper doorkeeper;
    /** {@link System#nanoTime()} of the last eviction for room; {@link #full()} looks at it. */
    private volatile long lastEvictedForRoom = System.nanoTime() - FULL_FOR;

    @Inject
    public DeliveryCache(DeliveryCacheConfig config, MeterRegistry registry, ContentGeneration content) {
        this(config, registry, content, ForkJoinPool.commonPool());
    }

    /** With the executor that runs Caffeine's upkeep and removal listener (tests: the calling thread). */
    DeliveryCache(DeliveryCacheConfig config, MeterRegistry registry, ContentGeneration content, Executor executor) {
        this.content = content;
        this.enabled = config.enabled();
        this.timeToLiveNanos = config.timeToLive().toNanos();
        this.entries = Caffeine.newBuilder().executor(executor).maximumWeight(config.effectiveMaxBytes())
                .weigher((String uri, CachedResponse response) -> response.weight() + uri.length())
                .expireAfterWrite(config.timeToLive().plus(config.staleFor()))
                .removalListener((String uri, CachedResponse response, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        evictedForRoom(System.nanoTime());
                    }
                    if (uri != null && response != null) {
                        removed.add(Map.entry(uri, response));
                    }
                }).build();
        this.hits = registry.counter("clinicapi.delivery.cache.requests", "result", "hit");
        this.misses = registry.counter("clinicapi.delivery.cache.requests", "result", "miss");
        this.stores = registry.counter("clinicapi.delivery.cache.stores");
        this.invalidations = registry.counter("clinicapi.delivery.cache.invalidations");
        this.deferred = registry.counter("clinicapi.delivery.cache.deferred");
        this.doorkeeper = config.admission() == DeliveryCacheConfig.Admission.ALWAYS ? null : new Doorkeeper();
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

    /**
     * Records that a response for {@code uri} is being made; true when it is to be stored: the cache is not
     * {@link #full()}, or its URI was asked for before (see {@link Doorkeeper}), or every response is stored.
     */
    boolean admits(String uri) {
        if (doorkeeper == null) {
            return true;
        }
        // Recorded even while there is room, so that a repeat is known as one the moment the cache fills up.
        boolean repeat = doorkeeper.recordAndCheck(uri);
        return repeat || !full();
    }

    /** Notes an eviction for room at {@code nanoTime}; tests pass a time long past to make room again. */
    void evictedForRoom(long nanoTime) {
        lastEvictedForRoom = nanoTime;
    }

    /**
     * Whether the cache evicted a response for room in the last {@link #FULL_FOR} ns: storing more now pushes out
     * others, so only what is asked for again is worth it.
     */
    boolean full() {
        return System.nanoTime() - lastEvictedForRoom < FULL_FOR;
    }

    /** Counts a response not stored because the cache was full and its URI was asked for the first time. */
    void defer() {
        deferred.increment();
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

    /** How many (surrogate key, URI) pairs the index holds: what it costs beyond the responses themselves. */
    long indexSize() {
        return bySurrogateKey.values().stream().mapToLong(Set::size).sum();
    }

    /**
     * Takes the URIs of responses Caffeine removed out of the index, each under the keys its response named; a URI
     * held again since keeps the keys its current response names. The index may name URIs that are gone for up to
     * a second (invalidating them is harmless) but must never miss one that is held, so pruning runs under the write
     * lock, which stores exclude. The work is proportional to what was removed, not to the index.
     */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        entries.cleanUp();
        if (removed.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            for (Map.Entry<String, CachedResponse> gone; (gone = removed.poll()) != null;) {
                String uri = gone.getKey();
                CachedResponse current = entries.getIfPresent(uri);
                for (String key : gone.getValue().surrogateKeys()) {
                    if (current == null || !current.surrogateKeys().contains(key)) {
                        bySurrogateKey.computeIfPresent(key, (k, uris) -> {
                            uris.remove(uri);
                            return uris.isEmpty() ? null : uris;
                        });
                    }
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
