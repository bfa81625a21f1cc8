package health.clinicapi.snippet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Campaign parameters for a snippet's link, added to the page URL's query (before any fragment), each name and value
 * percent-encoded as RFC 3986 asks (a space is {@code %20}, never {@code +}); absent or blank ones are left out.
 */
record Utm(String source, String medium, String campaign) {

    /** {@code url} with these parameters added after its own query, if any. */
    String apply(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "utm_source", source);
        put(params, "utm_medium", medium);
        put(params, "utm_campaign", campaign);
        if (params.isEmpty()) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder out = new StringBuilder(base);
        char separator = base.indexOf('?') < 0 ? '?' : base.endsWith("?") || base.endsWith("&") ? 0 : '&';
        for (var param : params.entrySet()) {
            if (separator != 0) {
                out.append(separator);
            }
            out.append(param.getKey()).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return out.append(fragment).toString();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value.strip());
        }
    }

    /** Form encoding differs from RFC 3986 only in writing a space as '+' and leaving '*' as is. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
