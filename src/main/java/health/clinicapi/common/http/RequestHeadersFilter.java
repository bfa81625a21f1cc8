package health.clinicapi.common.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before every route, REST or not: gives each request an id (the caller's {@code X-Request-Id} when it is
 * sane) that is echoed in the response and in every log line, and sets the headers every response carries.
 */
@ApplicationScoped
public class RequestHeadersFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    /** Ids we accept from callers: short and free of characters that could forge log lines. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext rc) {
        String id = rc.request().getHeader(REQUEST_ID);
        if (id == null || !SANE_ID.matcher(id).matches()) {
            id = newId();
        }
        rc.put(REQUEST_ID, id);
        MDC.put("requestId", id);
        var headers = rc.response().headers();
        headers.set(REQUEST_ID, id);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (rc.normalizedPath().startsWith("/v1/manage")) {
            // Management responses hold drafts and settings: no cache anywhere may keep them.
            headers.set("Cache-Control", "no-store");
        }
        rc.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator. A request id correlates log lines and is no secret,
     * so it does not need {@link UUID#randomUUID()}'s SecureRandom, which costs more than the rest of this filter.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
