package health.clinicapi.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses for what fails before a REST resource is reached: a body over the size limit (413) and a
 * path no route serves (404). Everything that reaches a resource goes through {@link ProblemMapper}.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper json;
    private final long maxBodySize;

    public RouteProblems(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    /** Refuses a declared oversized body before it is read; a chunked one is cut off by Vert.x's own limit. */
    void registerSizeCheck(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBodySize) {
                rc.response().setChunked(false).putHeader(HttpHeaders.CONNECTION, "close");
                write(rc, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the " + maxBodySize + " bytes this server accepts.");
            } else {
                rc.next();
            }
        }, 900);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().last()
                .handler(rc -> write(rc, ProblemType.NOT_FOUND, "Nothing is found at " + rc.normalizedPath() + "."));
    }

    private void failure(RoutingContext rc) {
        if (rc.statusCode() == 413) {
            write(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this server accepts.");
        } else {
            rc.next();
        }
    }

    /** Writes a problem response directly, for failures found before any REST resource runs. */
    public void write(RoutingContext rc, ProblemType type, String detail) {
        RouteProblemWriter.write(json, rc, type, detail);
    }
}
