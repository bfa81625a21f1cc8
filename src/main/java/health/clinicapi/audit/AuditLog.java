package health.clinicapi.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;

/** Records every management write in the same transaction as the write, and reads the log back. */
@ApplicationScoped
public class AuditLog {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    /** Must run inside the transaction of the change, so the entry and the change commit or fail together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String resourceType, UUID resourceId, String resourceName,
            UUID clinicId, Long versionBefore, Long versionAfter) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = UUID.randomUUID();
        entry.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actorKeyId = actor.keyId();
        entry.actorName = actor.name();
        entry.clinicId = clinicId;
        entry.resourceType = resourceType;
        entry.resourceId = resourceId;
        entry.resourceName = resourceName;
        entry.action = action;
        entry.versionBefore = versionBefore;
        entry.versionAfter = versionAfter;
        Object requestId = MDC.get("requestId");
        entry.requestId = requestId == null ? null : requestId.toString();
        entry.persist();
    }

    public Page<AuditEntry> page(UUID clinicId, String resourceType, UUID keyId, Instant from, Instant to,
            String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        Instant beforeTime = after == null ? END_OF_TIME : after.keyAsInstant();
        UUID beforeId = after == null ? new UUID(0, 0) : after.id();
        var query = new AuditQuery(clinicId, resourceType, keyId, from, to, beforeTime, beforeId);
        List<AuditEntryEntity> rows = AuditEntryEntity.page(query, limit + 1);
        return Page.of(rows, limit, AuditEntry::from, e -> e.occurredAt.toString(), e -> e.id);
    }
}
