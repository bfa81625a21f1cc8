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
 */
record CachedResponse(byte[] body, String etag, String contentType, List<Map.Entry<String, String>> headers,
        List<String> surrogateKeys, long storedAt) {

    /** Approximate heap cost, for the cache's size bound. */
    int weight() {
        int weight = 64 + body.length + etag.length() + contentType.length();
        for (Map.Entry<String, String> header : headers) {
            weight += 32 + header.getKey().length() + header.getValue().length();
        }
        return weight;
    }
}
