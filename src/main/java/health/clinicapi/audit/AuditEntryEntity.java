package health.clinicapi.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** One management write, as stored; immutable once inserted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_key_id")
    public UUID actorKeyId;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "clinic_id")
    public UUID clinicId;
    @Column(name = "resource_type")
    public String resourceType;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "resource_name")
    public String resourceName;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    @Column(name = "version_before")
    public Long versionBefore;
    @Column(name = "version_after")
    public Long versionAfter;
    @Column(name = "request_id")
    public String requestId;

    /** Newest first, after the cursor position, with optional filters (null means any). */
    static List<AuditEntryEntity> page(AuditQuery q, int limit) {
        StringBuilder where = new StringBuilder("(occurredAt < :time or (occurredAt = :time and id < :id))");
        Parameters params = Parameters.with("time", q.beforeTime()).and("id", q.beforeId());
        if (q.clinicId() != null) {
            where.append(" and clinicId = :clinic");
            params.and("clinic", q.clinicId());
        }
        if (q.resourceType() != null) {
            where.append(" and resourceType = :type");
            params.and("type", q.resourceType());
        }
        if (q.keyId() != null) {
            where.append(" and actorKeyId = :key");
            params.and("key", q.keyId());
        }
        if (q.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", q.to());
        }
        return find(where + " order by occurredAt desc, id desc", params).range(0, limit - 1).list();
    }
}
