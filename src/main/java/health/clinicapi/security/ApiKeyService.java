package health.clinicapi.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/** Issues, lists and revokes API keys under the rule that no key can create a key stronger than itself. */
@ApplicationScoped
public class ApiKeyService {

    static final String RESOURCE = "api-key";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final ClinicService clinics;
    private final AuditLog audit;

    public ApiKeyService(ClinicService clinics, AuditLog audit) {
        this.clinics = clinics;
        this.audit = audit;
    }

    @Transactional
    public NewApiKey create(ApiKeyInput input, Caller caller) {
        ClinicEntity clinic = input.clinic() == null ? null : caller.requireClinic(clinics.require(input.clinic()));
        if (clinic == null && caller.clinicId().isPresent()) {
            throw new ApiException(ProblemType.FORBIDDEN,
                    "A clinic key can only create keys of its own clinic; name it in 'clinic'.");
        }
        if (clinic == null) {
            caller.requireScope(Scope.NETWORK_ADMIN);
        }
        Set<Scope> scopes = EnumSet.copyOf(input.scopes());
        if (clinic != null && scopes.stream().anyMatch(Scope::networkOnly)) {
            throw ApiException.invalid("scopes", "network:admin and catalog:write can only be granted to network keys");
        }
        for (Scope scope : scopes) {
            caller.requireScope(scope);
        }
        return issue(input.name(), clinic, scopes, input.expiresAt(), caller.actor());
    }

    /** Issues a key without a caller's checks: for the bootstrap key and for callers already authorized. */
    @Transactional(Transactional.TxType.MANDATORY)
    NewApiKey issue(String name, ClinicEntity clinic, Set<Scope> scopes, Instant expiresAt, Actor actor) {
        String secret = ApiKeySecrets.generate();
        ApiKeyEntity key = install(secret, name, clinic, scopes, expiresAt, actor);
        return new NewApiKey(ApiKey.from(key), secret);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ApiKeyEntity install(String secret, String name, ClinicEntity clinic, Set<Scope> scopes, Instant expiresAt,
            Actor actor) {
        ApiKeyEntity key = ApiKeyEntity.create(secret, name, clinic, scopes, expiresAt);
        key.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, key.id, key.name, clinic == null ? null : clinic.id, null,
                key.version);
        return key;
    }

    public ApiKeyEntity require(UUID id, Caller caller) {
        return ApiKeyEntity.findByIdWithClinic(id)
                .filter(key -> key.clinic == null ? caller.clinicId().isEmpty() : caller.canSee(key.clinic))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No API key with id " + id + "."));
    }

    public Page<ApiKey> page(String clinicSlug, String cursor, int limit, Caller caller) {
        UUID clinicId = caller.clinicId().orElse(null);
        if (clinicSlug != null) {
            clinicId = caller.requireClinic(clinics.require(clinicSlug)).id;
        }
        Cursor after = Cursor.decode(cursor);
        Instant beforeTime = after == null ? END_OF_TIME : after.keyAsInstant();
        UUID beforeId = after == null ? new UUID(0, 0) : after.id();
        List<ApiKeyEntity> rows = ApiKeyEntity.page(beforeTime, beforeId, clinicId, limit + 1);
        return Page.of(rows, limit, ApiKey::from, k -> k.createdAt.toString(), k -> k.id);
    }

    /** Revokes a key for good; revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(UUID id, Caller caller) {
        ApiKeyEntity key = require(id, caller);
        if (key.isRevoked()) {
            return;
        }
        long before = key.version;
        key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        key.flush();
        audit.record(caller.actor(), AuditAction.REVOKED, RESOURCE, key.id, key.name,
                key.clinic == null ? null : key.clinic.id, before, key.version);
    }
}
