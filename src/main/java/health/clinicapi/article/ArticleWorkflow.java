package health.clinicapi.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.ContentEvents;
import health.clinicapi.event.EventType;

/**
 * The article workflow: DRAFT → IN_REVIEW (submit) → PUBLISHED or SCHEDULED (publish) → ARCHIVED (unpublish) →
 * DRAFT (return to draft); restoring a revision also makes a draft. Every transition checks If-Match, stores a
 * revision and an audit entry. An illegal transition is a 409; a publish whose requirements are unmet is a 422
 * listing all of them.
 */
@ApplicationScoped
public class ArticleWorkflow {

    private final AuditLog audit;
    private final ArticleRevisions revisions;
    private final ContentEvents events;

    public ArticleWorkflow(AuditLog audit, ArticleRevisions revisions, ContentEvents events) {
        this.audit = audit;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional
    public Article submit(UUID clinicId, String slug, String locale, String ifMatch, Actor actor) {
        ArticleEntity article = load(clinicId, slug, locale, ifMatch);
        requireStatus(article, "submit", EnumSet.of(ArticleStatus.DRAFT));
        article.status = ArticleStatus.IN_REVIEW;
        return saved(article, RevisionAction.SUBMITTED, actor);
    }

    /** Publishes now, or schedules when {@code publishAt} is in the future. */
    @Transactional
    public Article publish(UUID clinicId, String slug, String locale, String ifMatch, PublishInput options,
            Actor actor) {
        ArticleEntity article = load(clinicId, slug, locale, ifMatch);
        requireStatus(article, "publish", EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW));
        Instant now = now();
        Instant publishAt = options == null ? null : options.publishAt();
        Instant unpublishAt = options == null ? null : options.unpublishAt();
        List<FieldError> unmet = requirements(article, LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (publishAt != null && !publishAt.isAfter(now)) {
            unmet.add(new FieldError("publishAt", "must be in the future to schedule; omit it to publish now"));
        }
        Instant start = publishAt == null ? now : publishAt;
        if (unpublishAt != null && !unpublishAt.isAfter(start)) {
            unmet.add(new FieldError("unpublishAt", "must be after the article goes live (" + start + ")"));
        }
        if (!unmet.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Article '" + slug + "' cannot be published yet: "
                    + unmet.size() + " requirement(s) unmet.", unmet);
        }
        article.unpublishAt = truncate(unpublishAt);
        if (publishAt == null) {
            goLive(article, now);
            Article shown = saved(article, RevisionAction.PUBLISHED, actor);
            events.article(article.clinic, EventType.ARTICLE_PUBLISHED, article.slug, article.locale, article.title);
            return shown;
        }
        article.status = ArticleStatus.SCHEDULED;
        article.publishAt = truncate(publishAt);
        return saved(article, RevisionAction.SCHEDULED, actor);
    }

    @Transactional
    public Article unpublish(UUID clinicId, String slug, String locale, String ifMatch, Actor actor) {
        ArticleEntity article = load(clinicId, slug, locale, ifMatch);
        requireStatus(article, "unpublish", EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED));
        boolean wasLive = article.status == ArticleStatus.PUBLISHED;
        archive(article);
        Article shown = saved(article, RevisionAction.UNPUBLISHED, actor);
        if (wasLive) {
            events.article(article.clinic, EventType.ARTICLE_UNPUBLISHED, article.slug, article.locale, article.title);
        }
        return shown;
    }

    @Transactional
    public Article returnToDraft(UUID clinicId, String slug, String locale, String ifMatch, Actor actor) {
        ArticleEntity article = load(clinicId, slug, locale, ifMatch);
        requireStatus(article, "return to draft", EnumSet.of(ArticleStatus.ARCHIVED, ArticleStatus.IN_REVIEW));
        article.status = ArticleStatus.DRAFT;
        return saved(article, RevisionAction.RETURNED_TO_DRAFT, actor);
    }

    /**
     * Makes the article a draft with the content of revision {@code number}; slug, locale and translation group stay.
     * Not while the article is live or scheduled: unpublish it first, so a restore never changes a live page.
     */
    @Transactional
    public Article restore(UUID clinicId, String slug, String locale, int number, String ifMatch, Actor actor) {
        ClinicEntity clinic = ArticleService.clinic(clinicId);
        ArticleEntity article = ArticleService.require(clinic, slug, locale);
        ETags.requireMatch(ifMatch, article.version);
        requireStatus(article, "restore a revision of",
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED));
        Article old = revisions.snapshot(article.id, slug, number);
        ArticleInput content = new ArticleInput(null, null, null, old.title(), old.subtitle(), old.excerpt(),
                old.heroImage(), old.body(), old.tags(), old.treatments(), old.indications(), old.author(),
                old.medicalReviewer(), old.lastReviewedAt(), old.healthContent(), old.seo());
        ArticleService.apply(article, content, ArticleService.resolve(clinic, article.locale, content));
        article.status = ArticleStatus.DRAFT;
        article.publishAt = null;
        article.unpublishAt = null;
        return saved(article, RevisionAction.RESTORED, actor);
    }

    /**
     * Publishing requires, for every article, a title, an excerpt and a body; for health content also a medical
     * reviewer and a review date that is not in the future. Image alt texts are already required on save.
     */
    static List<FieldError> requirements(ArticleEntity article, LocalDate today) {
        List<FieldError> unmet = new ArrayList<>();
        if (article.title == null || article.title.isBlank()) {
            unmet.add(new FieldError("title", "is required to publish"));
        }
        if (article.excerpt == null || article.excerpt.isBlank()) {
            unmet.add(new FieldError("excerpt", "is required to publish"));
        }
        if (article.body == null || article.body.isEmpty()) {
            unmet.add(new FieldError("body", "needs at least one block to publish"));
        }
        if (article.healthContent) {
            if (article.medicalReviewer == null) {
                unmet.add(new FieldError("medicalReviewer", "is required to publish health content"));
            } else if (!article.medicalReviewer.medicalReviewer) {
                // Checked again here: the person may have stopped being a reviewer since the article was saved.
                unmet.add(new FieldError("medicalReviewer",
                        "'" + article.medicalReviewer.slug + "' is no longer a medical reviewer"));
            }
            if (article.lastReviewedAt == null) {
                unmet.add(new FieldError("lastReviewedAt", "is required to publish health content"));
            } else if (article.lastReviewedAt.isAfter(today)) {
                unmet.add(new FieldError("lastReviewedAt", "must not be in the future"));
            }
        }
        return unmet;
    }

    static void goLive(ArticleEntity article, Instant at) {
        article.status = ArticleStatus.PUBLISHED;
        article.publishAt = null;
        article.publishedAt = truncate(at);
    }

    static void archive(ArticleEntity article) {
        article.status = ArticleStatus.ARCHIVED;
        article.publishAt = null;
        article.unpublishAt = null;
    }

    private ArticleEntity load(UUID clinicId, String slug, String locale, String ifMatch) {
        ClinicEntity clinic = ArticleService.clinic(clinicId);
        ArticleEntity article = ArticleService.require(clinic, slug, locale);
        ETags.requireMatch(ifMatch, article.version);
        return article;
    }

    private Article saved(ArticleEntity article, RevisionAction action, Actor actor) {
        long before = article.version;
        Article shown = revisions.record(article, action, actor);
        audit.record(actor, AuditAction.UPDATED, ArticleService.RESOURCE, article.id, article.slug,
                article.clinic.id, before, article.version);
        return shown;
    }

    private static void requireStatus(ArticleEntity article, String action, Set<ArticleStatus> allowed) {
        if (!allowed.contains(article.status)) {
            throw ApiException.conflict("Cannot " + action + " article '" + article.slug + "' while it is "
                    + article.status + "; allowed from " + allowed + ".");
        }
    }

    private static Instant now() {
        return Instant.now();
    }

    private static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
