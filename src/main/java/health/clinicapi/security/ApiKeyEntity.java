package health.clinicapi.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import health.clinicapi.clinic.ClinicEntity;

/** An API key as stored: never the key itself, only its prefix and hash. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byPrefix", query = "from ApiKeyEntity k left join fetch k.clinic where k.prefix = ?1")
@NamedQuery(name = "ApiKey.page", query = "from ApiKeyEntity k left join fetch k.clinic "
        + "where k.createdAt < ?1 or (k.createdAt = ?1 and k.id < ?2) order by k.createdAt desc, k.id desc")
@NamedQuery(name = "ApiKey.pageOfClinic", query = "from ApiKeyEntity k left join fetch k.clinic "
        + "where k.clinic.id = ?3 and (k.createdAt < ?1 or (k.createdAt = ?1 and k.id < ?2)) "
        + "order by k.createdAt desc, k.id desc")
public class ApiKeyEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String prefix;
    @Column(name = "secret_hash")
    public String secretHash;
    public String name;
    /** The clinic the key is bound to; null for a network key. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinic_id")
    public ClinicEntity clinic;
    /** Granted scopes, comma-separated wire names. */
    @Column(name = "scopes")
    public String scopeList;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Version
    public long version;

    static Optional<ApiKeyEntity> findByPrefix(String prefix) {
        return find("#ApiKey.byPrefix", prefix).firstResultOptional();
    }

    static Optional<ApiKeyEntity> findByIdWithClinic(UUID id) {
        return find("from ApiKeyEntity k left join fetch k.clinic where k.id = ?1", id).firstResultOptional();
    }

    /** Keyset page, newest first, optionally of one clinic. */
    static List<ApiKeyEntity> page(Instant beforeTime, UUID beforeId, UUID clinicId, int limit) {
        var query = clinicId == null
                ? find("#ApiKey.page", beforeTime, beforeId)
                : find("#ApiKey.pageOfClinic", beforeTime, beforeId, clinicId);
        return query.range(0, limit - 1).list();
    }

    static ApiKeyEntity create(String key, String name, ClinicEntity clinic, Set<Scope> scopes, Instant expiresAt) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.id = UUID.randomUUID();
        entity.prefix = ApiKeySecrets.prefixOf(key).orElseThrow();
        entity.secretHash = ApiKeySecrets.hash(key);
        entity.name = name;
        entity.clinic = clinic;
        entity.scopeList = scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(","));
        entity.expiresAt = expiresAt;
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entity;
    }

    public Set<Scope> scopes() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : scopeList.split(",")) {
            if (!value.isEmpty()) {
                scopes.add(Scope.of(value));
            }
        }
        return scopes;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
