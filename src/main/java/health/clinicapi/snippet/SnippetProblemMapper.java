package health.clinicapi.snippet;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;

/**
 * Renders {@link SnippetTooShortException} as the shared 422 problem type with the {@code minimumLength} extension
 * member (common/problem's {@code Problem} has no extension members, and no other feature needs one).
 */
public class SnippetProblemMapper {

    @ServerExceptionMapper
    public Response tooShort(SnippetTooShortException e, UriInfo uri) {
        ProblemType type = ProblemType.UNPROCESSABLE;
        var body = new SnippetLengthProblem(type.uri(), type.title(), type.status(), e.getMessage(), uri.getPath(),
                e.minimumLength(), List.of(new Problem.FieldError("maxLength",
                        "must be at least " + e.minimumLength() + " to hold the required disclaimers")));
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
