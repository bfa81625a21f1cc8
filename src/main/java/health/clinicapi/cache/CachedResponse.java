package health.clinicapi.cache;

import java.util.List;
import java.util.Map;

/**
 * A delivery response as sent: the exact body bytes and the headers that belong to the content (never per-request
 * ones such as the request id or rate-limit counters).
 *
 * @param headers name and value pairs, in the order they are sent
 * @param surrogateKeys the content items in the body, which invalidation matches
 * @param storedAt {@link System#nanoTime()} when it was stored, for freshness
 * @param pathTemplate the REST route that made it ("/v1/clinics/{clinic}/articles/{slug}"), or null: what a hit
 *        reports to the HTTP metrics instead of its own path, so each article does not become a metric of its own
 */
record CachedResponse(byte[] body, String etag, String contentType, List<Map.Entry<String, String>> headers,
        List<String> surrogateKeys, long storedAt, String pathTemplate) {

    /** Heap taken by one URI in one key's set of the surrogate-key index (node, set slot, share of the set). */
    static final int INDEX_ENTRY = 80;

    /**
     * Approximate heap cost, for the cache's size bound: the body and headers, and an entry in the surrogate-key
     * index per key (a small response names ten keys or more, which weigh more than its body).
     */
    int weight() {
        int weight = 64 + body.length + etag.length() + contentType.length();
        for (Map.Entry<String, String> header : headers) {
            weight += 32 + header.getKey().length() + header.getValue().length();
        }
        return weight + INDEX_ENTRY * surrogateKeys.size();
    }
}
