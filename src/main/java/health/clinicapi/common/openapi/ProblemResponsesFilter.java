package health.clinicapi.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import health.clinicapi.common.problem.Problem;

/**
 * Gives every operation the error responses it can produce, all as {@code application/problem+json}: the ones an
 * operation declares (404, 409, 412, ...) plus the ones any operation can return (400, 406, 429, 500, 503; 415 and 413 where a
 * body is accepted). Resources declare only what is specific to them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                addIfMissing(responses, "400", "The request is not valid; `errors` lists every bad field.");
                addIfMissing(responses, "406", "The client accepts none of the media types this operation produces.");
                if (operation.getRequestBody() != null) {
                    addIfMissing(responses, "413", "The body is larger than the server accepts.");
                    addIfMissing(responses, "415", "The body is not application/json.");
                }
                addIfMissing(responses, "429", "Too many requests; retry after the seconds in Retry-After.");
                addIfMissing(responses, "500", "An unexpected error; the body carries an errorId found in the log.");
                addIfMissing(responses, "503",
                        "The database cannot be reached right now; retry after the seconds in Retry-After.");
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
                    }
                });
            }
        }
        if (openAPI.getComponents() != null) {
            openAPI.getComponents().setResponses(null);
        }
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }
}
