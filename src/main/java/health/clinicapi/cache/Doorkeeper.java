package health.clinicapi.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which URIs were asked for recently, in a fixed 128 KiB and without an object per URI: a Bloom filter (three bits
 * per URI in 2^20) that forgets everything once it has recorded {@value #CAPACITY} URIs, so it always answers for about
 * the last that many. With that many recorded, about one URI in 200 that was never asked for is taken for a repeat.
 *
 * <p>
 * While it is full, {@link DeliveryCache} stores a response only when its URI is asked for a second time: a crawler
 * or a site build walking every article once would otherwise fill the cache with responses nobody asks for again, and
 * each of them would outlive a young collection on its way out of the cache, so the JVM's old generation filled up
 * with them and stopped for a full collection every few seconds.
 *
 * <p>
 * Thread safety: bits are set atomically. A reset racing with a record may lose that record; the cost is one more
 * response rendered and not stored, never a wrong one served.
 */
final class Doorkeeper {

    /** URIs recorded before everything is forgotten. */
    static final int CAPACITY = 1 << 16;
    private static final int BITS = 1 << 20;
    private static final int PROBES = 3;

    private final AtomicLongArray bits = new AtomicLongArray(BITS / Long.SIZE);
    private final AtomicInteger recorded = new AtomicInteger();

    /** Records {@code uri}; true when it was (very likely) recorded before since the last reset. */
    boolean recordAndCheck(String uri) {
        // Two halves of a well-mixed 64-bit hash give the probes (Kirsch and Mitzenmacher's double hashing).
        long hash = mix(uri.hashCode());
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        boolean seen = true;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & (BITS - 1);
            long mask = 1L << bit;
            int word = bit >>> 6;
            if ((bits.get(word) & mask) == 0) {
                seen = false;
                bits.getAndAccumulate(word, mask, (a, b) -> a | b);
            }
        }
        if (!seen && recorded.incrementAndGet() >= CAPACITY) {
            recorded.set(0);
            for (int i = 0; i < bits.length(); i++) {
                bits.set(i, 0);
            }
        }
        return seen;
    }

    /** MurmurHash3's 64-bit finaliser: spreads String.hashCode over 64 bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53e1a85L;
        h ^= h >>> 33;
        return h;
    }
}
