package health.clinicapi.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * {@code Idempotency-Key} on POST: the first request's 2xx response is stored in the same transaction as the change
 * it made, and a retry with the same key and the same body gets that response again ({@code Idempotent-Replayed:
 * true}) instead of a second resource. The same key with a different body is a 422. Keys are scoped to the API key
 * that sent them. Failed requests store nothing, so they can be retried with the same key.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final ObjectMapper json;
    private final IdempotencyConfig config;

    public Idempotency(ObjectMapper json, IdempotencyConfig config) {
        this.json = json;
        this.config = config;
    }

    /**
     * Runs {@code create} once per {@code key}; without a key it simply runs it.
     *
     * @param apiKeyId the caller's API key, the scope of idempotency keys
     * @param operation method and path template, e.g. {@code POST /v1/manage/clinics}
     * @param request the deserialized body, fingerprinted in canonical JSON form
     */
    public Response execute(String key, UUID apiKeyId, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        String fingerprint = fingerprint(operation, request);
        return QuarkusTransaction.joiningExisting().call(() -> {
            IdempotencyRecordEntity.deleteOlderThan(Instant.now().minus(config.retention()));
            var stored = IdempotencyRecordEntity.find(apiKeyId, key);
            if (stored.isPresent()) {
                return replay(stored.get(), fingerprint);
            }
            Response response = create.get();
            if (response.getStatus() / 100 == 2) {
                store(key, apiKeyId, operation, fingerprint, response);
            }
            return response;
        });
    }

    private Response replay(IdempotencyRecordEntity stored, String fingerprint) {
        if (!stored.fingerprint.equals(fingerprint)) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        Response.ResponseBuilder response = Response.status(stored.status).header(REPLAYED, "true");
        if (stored.body != null) {
            response.entity(stored.body.getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location != null) {
            response.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            response.header(HttpHeaders.ETAG, stored.etag);
        }
        return response.build();
    }

    private void store(String key, UUID apiKeyId, String operation, String fingerprint, Response response) {
        IdempotencyRecordEntity record = new IdempotencyRecordEntity();
        record.id = UUID.randomUUID();
        record.apiKeyId = apiKeyId;
        record.key = key;
        record.operation = operation;
        record.fingerprint = fingerprint;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
        record.body = response.hasEntity() ? write(response.getEntity()) : null;
        record.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Flushing here makes a concurrent duplicate fail on the unique key inside this transaction, so only one
        // of two racing requests commits its change.
        record.persistAndFlush();
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(canonical));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("request records always serialize; SHA-256 always exists", e);
        }
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
    }
}
