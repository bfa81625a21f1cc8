package health.clinicapi.common.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends a Vert.x request with a problem document, for filters and routes that answer before a REST resource is
 * reached (413, 404, 405 for TRACE, 429, CORS refusals). Headers already set on the response are kept.
 */
public final class RouteProblemWriter {

    private RouteProblemWriter() {
    }

    /** Writes {@code type} with {@code detail}; when the response head is already out, passes on instead. */
    public static void write(ObjectMapper json, RoutingContext rc, ProblemType type, String detail) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, rc.normalizedPath(), null,
                List.of());
        try {
            rc.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
