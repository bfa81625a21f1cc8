package health.clinicapi.audit;

/** What a management write did. */
public enum AuditAction {
    CREATED, UPDATED, DELETED, REVOKED,
    /** Created by a clinic import, with the version and times it had where it was exported. */
    IMPORTED
}
