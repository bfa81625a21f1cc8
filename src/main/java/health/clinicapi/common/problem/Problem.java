package health.clinicapi.common.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details document, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details; `type` identifies the kind of problem.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem.", examples = "urn:problem-type:clinic-content-api:validation-failed") URI type,
        @Schema(description = "Short summary of the kind of problem.") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong in this request.") String detail,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "Identifier of a server error, as found in the server's log.") String errorId,
        @Schema(description = "Every invalid field, for validation problems.") List<FieldError> errors) {

    /** One invalid field: a JSON path-like location and why it is invalid. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Location of the invalid value, e.g. `contact.email` or `locales[1]`.") String field,
            @Schema(description = "Why the value is invalid.") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
