package health.clinicapi.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters and position of an audit log page; null filters match everything. */
record AuditQuery(UUID clinicId, String resourceType, UUID keyId, Instant from, Instant to, Instant beforeTime,
        UUID beforeId) {
}
