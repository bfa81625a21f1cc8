package health.clinicapi.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.common.problem.RouteProblemWriter;

/**
 * Applies {@link RateLimiter} to every {@code /v1} request before routing, so a refused request costs no
 * authentication, body parsing or database work. Every limited response, allowed or refused, carries the
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} fields of
 * draft-ietf-httpapi-ratelimit-headers; a refused one is a 429 problem with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    /**
     * After request ids (1000), the TRACE guard (990) and CORS (980, so a 429 is readable by browser clients and
     * preflights cost no tokens); before the body-size check (900), so oversized bodies are counted too.
     */
    static final int PRIORITY = 950;

    private final RateLimiter limiter;
    private final ObjectMapper json;

    public RateLimitFilter(RateLimiter limiter, ObjectMapper json) {
        this.limiter = limiter;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        var decision = limiter.decide(rc.normalizedPath(), rc.request().getHeader(HttpHeaders.AUTHORIZATION),
                clientAddress(rc));
        if (decision.isEmpty()) {
            rc.next();
            return;
        }
        RateLimiter.Decision d = decision.get();
        var headers = rc.response().headers();
        headers.set(LIMIT, Long.toString(d.limit()));
        headers.set(REMAINING, Long.toString(d.remaining()));
        headers.set(RESET, Long.toString(d.resetSeconds()));
        if (d.allowed()) {
            rc.next();
            return;
        }
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(d.retryAfterSeconds()));
        RouteProblemWriter.write(json, rc, ProblemType.TOO_MANY_REQUESTS,
                "The rate limit of " + d.limit() + " requests is used up; retry in " + d.retryAfterSeconds()
                        + " s.");
    }

    /** The client's address; already the forwarded one when the proxy settings trust X-Forwarded-For. */
    private static String clientAddress(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
