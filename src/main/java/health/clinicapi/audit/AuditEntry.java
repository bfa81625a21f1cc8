package health.clinicapi.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One management write as the API shows it. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        @Schema(description = "The API key that made the change; absent for the service itself.") UUID actorKeyId,
        @Schema(description = "The key's name at the time, or `system`.") String actorName,
        @Schema(description = "The clinic the change belongs to; absent for network-wide resources.") UUID clinicId,
        @Schema(examples = "clinic") String resourceType,
        UUID resourceId,
        @Schema(description = "Slug or name of the resource at the time.") String resourceName,
        AuditAction action,
        @Schema(description = "Version before the change; absent on create.") Long versionBefore,
        @Schema(description = "Version after the change; absent on delete and revoke.") Long versionAfter,
        @Schema(description = "X-Request-Id of the request that made the change.") String requestId) {

    static AuditEntry from(AuditEntryEntity e) {
        return new AuditEntry(e.id, e.occurredAt, e.actorKeyId, e.actorName, e.clinicId, e.resourceType,
                e.resourceId, e.resourceName, e.action, e.versionBefore, e.versionAfter, e.requestId);
    }
}
