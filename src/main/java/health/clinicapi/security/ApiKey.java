package health.clinicapi.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as the API shows it: never the secret, never its hash. */
@Schema(name = "ApiKey")
public record ApiKey(
        UUID id,
        @Schema(description = "Public part of the key (`cca_<prefix>_…`), to recognise a leaked key.", examples = "Q7hT2mKx9LbR") String prefix,
        @Schema(examples = "Harbor site build") String name,
        @Schema(description = "Slug of the clinic the key is bound to; absent for a network key.", examples = "harbor-aesthetics") String clinic,
        Set<Scope> scopes,
        Instant expiresAt,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        Status status) {

    /** Whether the key can still authenticate. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    static ApiKey from(ApiKeyEntity e) {
        Status status = e.isRevoked() ? Status.REVOKED : e.isExpired(Instant.now()) ? Status.EXPIRED : Status.ACTIVE;
        return new ApiKey(e.id, e.prefix, e.name, e.clinic == null ? null : e.clinic.slug, e.scopes(), e.expiresAt,
                e.createdAt, e.lastUsedAt, e.revokedAt, status);
    }
}
