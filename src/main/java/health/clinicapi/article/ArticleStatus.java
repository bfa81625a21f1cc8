package health.clinicapi.article;

/** Where an article is in its workflow; only workflow actions and the scheduler change it. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED
}
