package health.clinicapi.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/** The API key behind the current management request, with the tenancy rules that follow from it. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID keyId() {
        return identity.getAttribute(ApiKeyIdentityProvider.KEY_ID);
    }

    /** The clinic the key is bound to; empty for a network key. */
    public Optional<UUID> clinicId() {
        return Optional.ofNullable(identity.getAttribute(ApiKeyIdentityProvider.CLINIC_ID));
    }

    public boolean has(Scope scope) {
        return identity.hasRole(scope.value());
    }

    public Actor actor() {
        return new Actor(keyId(), identity.getAttribute(ApiKeyIdentityProvider.KEY_NAME));
    }

    /** Whether this key may see {@code clinic} at all. */
    public boolean canSee(ClinicEntity clinic) {
        return clinicId().map(id -> id.equals(clinic.id)).orElse(true);
    }

    /**
     * Returns {@code clinic} if this key may act on it; a key of another clinic gets the same 404 as for a clinic that
     * does not exist, so existence does not leak.
     */
    public ClinicEntity requireClinic(ClinicEntity clinic) {
        if (!canSee(clinic)) {
            throw ApiException.notFound("clinic", clinic.slug);
        }
        return clinic;
    }

    /** A 403 unless the key holds {@code scope}. */
    public void requireScope(Scope scope) {
        if (!has(scope)) {
            throw new ApiException(ProblemType.FORBIDDEN, "This API key lacks the scope " + scope.value() + ".");
        }
    }
}
