package health.clinicapi.common.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds cacheable delivery responses: the body is serialized once so its strong ETag is the hash of the exact
 * bytes sent, {@code If-None-Match} is answered with 304, and every response carries the cache headers a CDN needs.
 */
@ApplicationScoped
public class DeliveryResponses {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final String cacheControl;

    public DeliveryResponses(ObjectMapper json, DeliveryConfig config) {
        this.json = json;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds() + ", stale-while-revalidate="
                + config.staleWhileRevalidate().toSeconds() + ", stale-if-error=" + config.staleIfError().toSeconds();
    }

    /**
     * A 200 with {@code body} as JSON, or a 304 when {@code ifNoneMatch} already names it; callers may add headers
     * (e.g. paging links) before building.
     *
     * @param lastModified when the newest thing in the body changed; null when unknown
     * @param surrogateKeys keys naming every content item in the body, for CDN purges
     */
    public Response.ResponseBuilder ok(Object body, String ifNoneMatch, Instant lastModified,
            Collection<String> surrogateKeys) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
        return ok(bytes, MediaType.APPLICATION_JSON_TYPE, ifNoneMatch, lastModified, surrogateKeys);
    }

    public Response.ResponseBuilder ok(Object body, String ifNoneMatch, Instant lastModified, String... surrogateKeys) {
        return ok(body, ifNoneMatch, lastModified, List.of(surrogateKeys));
    }

    /**
     * A 200 with these exact bytes as {@code mediaType} (feeds, sitemaps: anything that is not an API record), or a
     * 304 when {@code ifNoneMatch} already names them; the same ETag and cache headers as JSON responses.
     */
    public Response.ResponseBuilder ok(byte[] body, MediaType mediaType, String ifNoneMatch, Instant lastModified,
            Collection<String> surrogateKeys) {
        String etag = ETags.ofContent(body);
        Response.ResponseBuilder response = ETags.noneMatchHits(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept-Encoding");
        if (lastModified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified.truncatedTo(ChronoUnit.SECONDS)));
        }
        if (!surrogateKeys.isEmpty()) {
            response.header("Surrogate-Key", String.join(" ", surrogateKeys));
        }
        return response;
    }
}
