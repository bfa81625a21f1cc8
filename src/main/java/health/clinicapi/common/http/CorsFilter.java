package health.clinicapi.common.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import health.clinicapi.common.problem.AllowedMethods;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.common.problem.RouteProblemWriter;

/**
 * Which browsers may call the API from other origins, and which methods are refused outright; both decided before
 * routing, for every path.
 *
 * <p>
 * Delivery ({@code /v1} outside {@code /v1/manage}) is public, cacheable and read-only, so every origin may read it
 * without credentials. Its responses always carry {@code Access-Control-Allow-Origin: *}, with or without an
 * {@code Origin}, so a CDN can serve one cached copy to everyone and no {@code Vary: Origin} is needed.
 *
 * <p>
 * Management answers only the configured admin origins, echoing the origin with {@code Vary: Origin}. A preflight
 * from any other origin is refused with a 403 problem rather than passed on without CORS headers: the browser fails
 * it either way, but a 403 says why to whoever debugs it with curl or in the server log, and an unknown origin's
 * preflight never reaches the resources. Actual requests from such origins pass on without CORS headers, so the
 * browser withholds the response; they cannot do harm because management needs an {@code Authorization} header,
 * which a browser never adds on its own and which a cross-origin page cannot send without a successful preflight.
 */
@ApplicationScoped
public class CorsFilter {

    private static final Logger LOG = Logger.getLogger(CorsFilter.class);
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s]+");

    private static final String DELIVERY_METHODS = "GET, HEAD, OPTIONS";
    /** Request headers a delivery preflight may ask for; anything else is left out of the answer. */
    private static final List<String> DELIVERY_REQUEST_HEADERS = List.of("If-None-Match", "Accept",
            "Accept-Language", RequestHeadersFilter.REQUEST_ID, "Content-Type");
    private static final String DELIVERY_EXPOSED = "ETag, Link, Last-Modified, X-Request-Id, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset, Retry-After, Content-Language";

    private static final String MANAGEMENT_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String MANAGEMENT_REQUEST_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
            + "Idempotency-Key, X-Request-Id";
    private static final String MANAGEMENT_EXPOSED = "ETag, Location, Link, X-Request-Id, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset, Retry-After, WWW-Authenticate";

    private final Set<String> managementOrigins = new LinkedHashSet<>();
    private final String maxAge;
    private final AllowedMethods allowedMethods;
    private final ObjectMapper json;

    public CorsFilter(CorsConfig config, AllowedMethods allowedMethods, ObjectMapper json) {
        for (String origin : config.managementOrigins().orElse(List.of())) {
            String trimmed = origin.trim();
            String normalized = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            if (ORIGIN.matcher(normalized).matches()) {
                managementOrigins.add(normalized);
            } else if (!normalized.isEmpty()) {
                LOG.warnf("Ignoring clinicapi.cors.management-origins entry '%s': not an origin like "
                        + "https://admin.example", origin);
            }
        }
        this.maxAge = Long.toString(config.maxAge().toSeconds());
        this.allowedMethods = allowedMethods;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        // After request ids (1000); before rate limits (950), so preflights cost no tokens and a 429 is readable.
        filters.register(this::refuseTraceAndConnect, 990);
        filters.register(this::cors, 980);
    }

    /**
     * TRACE reflects the request, credentials included (cross-site tracing); CONNECT asks for a tunnel. Neither has
     * a use here, so both are refused on every path, including those no route serves.
     */
    private void refuseTraceAndConnect(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (!HttpMethod.TRACE.equals(method) && !HttpMethod.CONNECT.equals(method)) {
            rc.next();
            return;
        }
        String path = rc.normalizedPath();
        String allow = isDelivery(path) ? DELIVERY_METHODS : allowedMethods.allowFor(path);
        rc.response().headers().set(HttpHeaders.ALLOW, allow != null ? allow : DELIVERY_METHODS);
        RouteProblemWriter.write(json, rc, ProblemType.METHOD_NOT_ALLOWED,
                method.name() + " is not supported by this API.");
    }

    private void cors(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean preflight = HttpMethod.OPTIONS.equals(rc.request().method())
                && rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (isDelivery(path)) {
            delivery(rc, preflight);
        } else if (isManagement(path)) {
            management(rc, preflight);
        } else {
            rc.next();
        }
    }

    private void delivery(RoutingContext rc, boolean preflight) {
        var headers = rc.response().headers();
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (!preflight) {
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, DELIVERY_EXPOSED);
            rc.next();
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, DELIVERY_METHODS);
        String requested = safeRequestHeaders(rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        if (!requested.isEmpty()) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, requested);
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge);
        headers.add(HttpHeaders.VARY, "Access-Control-Request-Headers");
        rc.response().setStatusCode(204).end();
    }

    private void management(RoutingContext rc, boolean preflight) {
        var headers = rc.response().headers();
        headers.add(HttpHeaders.VARY, "Origin");
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && managementOrigins.contains(origin);
        if (preflight && !allowed) {
            RouteProblemWriter.write(json, rc, ProblemType.FORBIDDEN,
                    "This origin may not call the management API from a browser.");
            return;
        }
        if (!allowed) {
            rc.next();
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (!preflight) {
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, MANAGEMENT_EXPOSED);
            rc.next();
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, MANAGEMENT_METHODS);
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, MANAGEMENT_REQUEST_HEADERS);
        headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge);
        rc.response().setStatusCode(204).end();
    }

    /** The requested headers that are on the delivery list, in our spelling; empty when none is. */
    private static String safeRequestHeaders(String requested) {
        if (requested == null) {
            return "";
        }
        List<String> allowed = new ArrayList<>();
        for (String name : requested.split(",")) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            DELIVERY_REQUEST_HEADERS.stream().filter(safe -> safe.toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst().filter(safe -> !allowed.contains(safe)).ifPresent(allowed::add);
        }
        return String.join(", ", allowed);
    }

    private static boolean isManagement(String path) {
        return path.equals("/v1/manage") || path.startsWith("/v1/manage/");
    }

    private static boolean isDelivery(String path) {
        return (path.equals("/v1") || path.startsWith("/v1/")) && !isManagement(path);
    }
}
