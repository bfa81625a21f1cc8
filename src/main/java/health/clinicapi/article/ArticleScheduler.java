package health.clinicapi.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.event.ContentEvents;
import health.clinicapi.event.EventType;

/**
 * Publishes scheduled articles whose time has come and archives published ones whose end has come. It asks the
 * database what is due rather than keeping timers, so it catches up after downtime; each article changes in its own
 * transaction guarded by the article's version, so when several replicas run the job only one applies a change and
 * the others roll back.
 */
@ApplicationScoped
public class ArticleScheduler {

    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class);
    /** Articles handled per query; the rest wait for the next run. */
    private static final int BATCH = 100;

    private final AuditLog audit;
    private final ArticleRevisions revisions;
    private final ContentEvents events;

    public ArticleScheduler(AuditLog audit, ArticleRevisions revisions, ContentEvents events) {
        this.audit = audit;
        this.revisions = revisions;
        this.events = events;
    }

    @Scheduled(identity = "article-publication", every = "${clinicapi.articles.scheduler-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runDue(Instant.now());
    }

    /** Applies everything due at {@code now}; returns how many articles changed. Tests call it with their own now. */
    public int runDue(Instant now) {
        int changed = 0;
        List<UUID> publications = QuarkusTransaction.requiringNew().call(() -> ArticleEntity
                .due("#Article.duePublications", ArticleStatus.SCHEDULED, now, BATCH));
        for (UUID id : publications) {
            changed += apply(id, now, true);
        }
        List<UUID> unpublications = QuarkusTransaction.requiringNew().call(() -> ArticleEntity
                .due("#Article.dueUnpublications", ArticleStatus.PUBLISHED, now, BATCH));
        for (UUID id : unpublications) {
            changed += apply(id, now, false);
        }
        return changed;
    }

    private int apply(UUID id, Instant now, boolean publish) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ArticleEntity article = ArticleEntity.findById(id);
                if (article == null || !isDue(article, now, publish)) {
                    return 0; // another replica got there first
                }
                long before = article.version;
                if (publish) {
                    // The scheduled time, not the catch-up time, so feeds keep their order after downtime.
                    ArticleWorkflow.goLive(article, article.publishAt);
                } else {
                    ArticleWorkflow.archive(article);
                }
                revisions.record(article, publish ? RevisionAction.PUBLISHED : RevisionAction.UNPUBLISHED,
                        Actor.SYSTEM);
                audit.record(Actor.SYSTEM, AuditAction.UPDATED, ArticleService.RESOURCE, article.id, article.slug,
                        article.clinic.id, before, article.version);
                events.article(article.clinic,
                        publish ? EventType.ARTICLE_PUBLISHED : EventType.ARTICLE_UNPUBLISHED, article.slug,
                        article.locale, article.title);
                return 1;
            });
        } catch (RuntimeException e) {
            if (!concurrentChange(e)) {
                throw e;
            }
            LOG.debugf("Article %s was changed concurrently; left to whoever changed it", id);
            return 0;
        }
    }

    private static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A stale version, or the revision number another replica took first.
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDue(ArticleEntity article, Instant now, boolean publish) {
        return publish
                ? article.status == ArticleStatus.SCHEDULED && article.publishAt != null
                        && !article.publishAt.isAfter(now)
                : article.status == ArticleStatus.PUBLISHED && article.unpublishAt != null
                        && !article.unpublishAt.isAfter(now);
    }
}
