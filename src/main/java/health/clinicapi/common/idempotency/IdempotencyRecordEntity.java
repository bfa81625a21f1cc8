package health.clinicapi.common.idempotency;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The stored outcome of one idempotent POST. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecordEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "api_key_id")
    public UUID apiKeyId;
    @Column(name = "idem_key")
    public String key;
    public String operation;
    public String fingerprint;
    public int status;
    public String location;
    public String etag;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;

    static Optional<IdempotencyRecordEntity> find(UUID apiKeyId, String key) {
        return find("apiKeyId = ?1 and key = ?2", apiKeyId, key).firstResultOptional();
    }

    static long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
