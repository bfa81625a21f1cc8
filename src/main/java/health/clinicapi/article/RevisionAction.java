package health.clinicapi.article;

/** What produced a revision of an article. */
public enum RevisionAction {
    CREATED, UPDATED, SUBMITTED, PUBLISHED, SCHEDULED, UNPUBLISHED, RETURNED_TO_DRAFT, RESTORED
}
