package health.clinicapi.snippet;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import health.clinicapi.common.problem.Problem;

/**
 * The 422 problem of a snippet length too short for its required disclaimers: the RFC 9457 members of every problem
 * plus the extension member {@code minimumLength}, so a tool can retry with a length that works.
 */
@Schema(name = "SnippetLengthProblem")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SnippetLengthProblem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "The smallest maxLength that holds the required disclaimers and the start of the text.", examples = "64") int minimumLength,
        List<Problem.FieldError> errors) {
}
