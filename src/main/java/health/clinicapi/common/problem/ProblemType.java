package health.clinicapi.common.problem;

import java.net.URI;

/**
 * The one table of problem types this API returns: each with its HTTP status and a stable title.
 * Clients switch on {@code type}; titles never change for a given type.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request is not valid"), MALFORMED_JSON(400,
            "The request body is not valid JSON"), UNKNOWN_PROPERTY(400,
                    "The request body has a property this resource does not accept"), INVALID_VALUE(400,
                            "A value in the request body has the wrong type or format"), INVALID_CURSOR(400,
                                    "The paging cursor is not valid"), BAD_REQUEST(400,
                                            "The request cannot be processed"), UNAUTHORIZED(401,
                                                    "Authentication is required"), FORBIDDEN(403,
                                                            "The credentials do not allow this request"), NOT_FOUND(404,
                                                                    "The resource does not exist"), METHOD_NOT_ALLOWED(
                                                                            405,
                                                                            "The method is not allowed on this resource"), NOT_ACCEPTABLE(
                                                                                    406,
                                                                                    "No acceptable representation is available"), CONFLICT(
                                                                                            409,
                                                                                            "The request conflicts with the current state of the resource"), PRECONDITION_FAILED(
                                                                                                    412,
                                                                                                    "The resource was changed by someone else"), PAYLOAD_TOO_LARGE(
                                                                                                            413,
                                                                                                            "The request body is too large"), UNSUPPORTED_MEDIA_TYPE(
                                                                                                                    415,
                                                                                                                    "The request body has an unsupported media type"), UNPROCESSABLE(
                                                                                                                            422,
                                                                                                                            "The request is well-formed but cannot be carried out"), PRECONDITION_REQUIRED(
                                                                                                                                    428,
                                                                                                                                    "This request must be conditional"), TOO_MANY_REQUESTS(
                                                                                                                                            429,
                                                                                                                                            "Too many requests"), INTERNAL_ERROR(
                                                                                                                                                    500,
                                                                                                                                                    "An unexpected error occurred"), SERVICE_UNAVAILABLE(
                                                                                                                                                            503,
                                                                                                                                                            "The service is temporarily unavailable");

    /** Namespace of our problem type URIs; a URN because it names a kind of problem, not a page. */
    static final String PREFIX = "urn:problem-type:clinic-content-api:";

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(PREFIX + name().toLowerCase().replace('_', '-'));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }
}
