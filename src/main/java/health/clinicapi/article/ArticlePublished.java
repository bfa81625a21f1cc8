package health.clinicapi.article;

import java.util.UUID;

/**
 * Fired as a synchronous CDI event inside the transaction that published an article (by hand or by the scheduler), so
 * an observer (syndication rules) changes its own rows in the same transaction.
 */
public record ArticlePublished(UUID articleId, UUID clinicId, UUID translationGroup) {
}
