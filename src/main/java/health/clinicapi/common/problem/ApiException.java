package health.clinicapi.common.problem;

import java.util.List;

/** A failure that maps to a known problem type; thrown by services and resources, rendered by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final int retryAfterSeconds;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, 0);
    }

    private ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Seconds for the {@code Retry-After} header; 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A 503 problem: the request could not be served now, but may be in {@code retryAfterSeconds}. */
    public static ApiException unavailable(String detail, int retryAfterSeconds) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), retryAfterSeconds);
    }

    public static ApiException notFound(String what, String slug) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with slug '" + slug + "'.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    /** A validation problem listing every field error found by a service's cross-field rules. */
    public static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION_FAILED,
                errors.size() == 1
                        ? "The request has 1 invalid field."
                        : "The request has " + errors.size() + " invalid fields.",
                errors);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field, message)));
    }
}
