package health.clinicapi.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import health.clinicapi.security.ApiKeyAuthenticationMechanism;

/**
 * The one place where failures become RFC 9457 problem responses. Nothing else builds error bodies; no stack
 * trace, SQL or class name ever reaches a client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** How long a client should wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final AllowedMethods allowedMethods;

    public ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        var response = builder(e.type(), e.getMessage(), e.errors(), uri);
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
        }
        return response.build();
    }

    /** Every authentication failure gets the same body, so nothing tells which keys exist. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return builder(ProblemType.UNAUTHORIZED,
                "Send a valid, unexpired API key as Authorization: Bearer <key>.", List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyAuthenticationMechanism.challenge()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "This API key lacks the scope this operation needs.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return respond(ProblemType.VALIDATION_FAILED, detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps body and parameter conversion failures; answer for the cause, not the wrapper.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonFailure(json, uri);
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return respond(ProblemType.INVALID_VALUE,
                    "A query parameter has the wrong format (for example, a number was expected).", List.of(), uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.BAD_REQUEST;
        };
        if (type == ProblemType.INTERNAL_ERROR) {
            return unexpected(e, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing is found at " + uri.getPath() + ".";
            case METHOD_NOT_ALLOWED -> "This resource does not support the request method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This resource cannot produce any media type the Accept header allows.";
            default -> type.title() + ".";
        };
        Response.ResponseBuilder response = builder(type, detail, List.of(), uri);
        if (e instanceof NotAllowedException) {
            response.header(HttpHeaders.ALLOW, allowedMethods.allowFor(uri.getPath()));
        }
        return response.build();
    }

    /** Named explicitly because Quarkus REST has built-in mappers for these subtypes that would win otherwise. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            StreamConstraintsException.class, ValueInstantiationException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonFailure(e, uri);
    }

    private static Response jsonFailure(JsonProcessingException e, UriInfo uri) {
        // A limit that trips while a record is being filled arrives wrapped in a mapping exception.
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return respond(ProblemType.MALFORMED_JSON,
                    "The body exceeds a JSON limit (nesting depth, string length or number length).", List.of(), uri);
        }
        if (e instanceof JsonParseException parse) {
            return respond(ProblemType.MALFORMED_JSON, "The body could not be parsed as JSON near line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ".",
                    List.of(), uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return respond(ProblemType.UNKNOWN_PROPERTY, "The property '" + field + "' is not accepted here.",
                    List.of(new Problem.FieldError(field, "unknown property")), uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            String field = pathOf(invalid);
            Class<?> target = invalid.getTargetType();
            String message = target != null && target.isEnum()
                    ? "must be one of " + List.of(target.getEnumConstants())
                    : "has the wrong format for " + describe(target);
            return respond(ProblemType.INVALID_VALUE, "The value of '" + field + "' is not valid.",
                    List.of(new Problem.FieldError(field, message)), uri);
        }
        if (e instanceof ValueInstantiationException invalid
                && invalid.getCause() instanceof IllegalArgumentException reason) {
            // Thrown by our own @JsonCreator factories (e.g. unknown scope names): their message is written for clients.
            String field = pathOf(invalid);
            return respond(ProblemType.INVALID_VALUE, "The value of '" + field + "' is not valid.",
                    List.of(new Problem.FieldError(field, reason.getMessage())), uri);
        }
        if (e instanceof InvalidTypeIdException unknownType) {
            String field = pathOf(unknownType);
            String known = knownSubtypes(
                    unknownType.getBaseType() == null ? null : unknownType.getBaseType().getRawClass());
            String message = unknownType.getTypeId() == null
                    ? "needs a 'type'; one of " + known
                    : "has unknown type '" + unknownType.getTypeId() + "'; one of " + known;
            return respond(ProblemType.INVALID_VALUE, "The value of '" + (field.isEmpty() ? "body" : field)
                    + "' is not a known kind.",
                    List.of(new Problem.FieldError(field.isEmpty() ? "body" : field,
                            message)),
                    uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = pathOf(mismatched);
            if (field.isEmpty()) {
                return respond(ProblemType.MALFORMED_JSON, "The body must be a JSON object.", List.of(), uri);
            }
            return respond(ProblemType.INVALID_VALUE, "The value of '" + field + "' has the wrong JSON type.",
                    List.of(new Problem.FieldError(field, "must be " + describe(mismatched.getTargetType()))), uri);
        }
        return respond(ProblemType.MALFORMED_JSON, "The body could not be read as JSON.", List.of(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource at the same time; fetch it again and retry with its new ETag.",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ProblemType constraint = ConstraintNames.problemFor(e);
        if (constraint != null) {
            return respond(constraint, ConstraintNames.detailFor(e), List.of(), uri);
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // Expected while the database is briefly away; delivery serves what it cached meanwhile.
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e.getMessage());
            return builder(ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot be reached right now; retry after the seconds in Retry-After.", List.of(), uri)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        // A lost optimistic-lock race can surface wrapped (e.g. in a RollbackException at commit).
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale((RuntimeException) cause, uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        Problem body = new Problem(ProblemType.INTERNAL_ERROR.uri(), ProblemType.INTERNAL_ERROR.title(), 500,
                "The server failed to handle this request; report the errorId if it persists.", uri.getPath(),
                errorId, List.of());
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return builder(type, detail, errors, uri).build();
    }

    private static Response.ResponseBuilder builder(ProblemType type, String detail, List<Problem.FieldError> errors,
            UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), null, errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** Turns a Bean Validation path into the client's view: the body's property path, or the query parameter. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == jakarta.validation.ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD || bodyParameter) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The {@code type} names a polymorphic API type accepts, from its own Jackson annotations. */
    private static String knownSubtypes(Class<?> base) {
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        if (subtypes == null) {
            return "[]";
        }
        return java.util.Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).toList().toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different JSON type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.time.Instant.class || type == java.time.LocalDate.class) {
            return "an ISO-8601 date/time string";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        return "an object";
    }
}
