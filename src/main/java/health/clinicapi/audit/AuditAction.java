package health.clinicapi.audit;

/** What a management write did. */
public enum AuditAction {
    CREATED, UPDATED, DELETED, REVOKED
}
