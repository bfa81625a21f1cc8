package health.clinicapi.article;

import static health.clinicapi.article.ExportedArticle.micros;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;

/**
 * A clinic's articles out to and in from a clinic export. An import writes new ids but keeps everything else: slugs,
 * locales, translation groups, statuses, times, versions and every revision. It runs in the caller's transaction
 * and checks the whole list before it writes anything.
 */
@ApplicationScoped
public class ArticleTransfer {

    private final ArticleRevisions revisions;
    private final AuditLog audit;

    public ArticleTransfer(ArticleRevisions revisions, AuditLog audit) {
        this.revisions = revisions;
        this.audit = audit;
    }

    /** Every article of the clinic in every status, by slug and locale, each with its revisions oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExportedArticle> export(UUID clinicId) {
        Map<UUID, List<ArticleRevision>> history = revisions.allOfClinic(clinicId);
        // Sorted here rather than by the database: collations differ (PostgreSQL's may ignore hyphens), and a
        // document must list the same content in the same order wherever it is exported.
        return ArticleEntity.ofClinic(clinicId).stream()
                .sorted(Comparator.comparing((ArticleEntity a) -> a.slug).thenComparing(a -> a.locale))
                .map(a -> new ExportedArticle(ExportedArticle.State.of(Article.from(a)),
                        history.getOrDefault(a.id, List.of()).stream().map(ExportedArticle.Revision::of).toList()))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean any(UUID clinicId) {
        return ArticleEntity.countOfClinic(clinicId) > 0;
    }

    /**
     * What the articles at {@code field} of a valid document break of the rules Bean Validation cannot see: identity
     * present, one article per slug and locale, revisions numbered 1, 2, 3…, and a current state the workflow could
     * have produced (so the scheduler handles it as it would have).
     */
    public static List<FieldError> check(List<ExportedArticle> articles, String field) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String at = field + "[" + i + "]";
            ExportedArticle article = articles.get(i);
            ArticleInput current = article.current().content();
            checkIdentity(current, at + ".current.content", errors);
            checkState(article.current(), at + ".current", errors);
            if (current.slug() != null && current.locale() != null) {
                Integer first = seen.putIfAbsent(current.locale() + " " + current.slug(), i);
                if (first != null) {
                    errors.add(new FieldError(at + ".current.content.slug",
                            "repeats the slug and locale of " + field + "[" + first + "]"));
                }
            }
            for (int r = 0; r < article.revisions().size(); r++) {
                ExportedArticle.Revision revision = article.revisions().get(r);
                String revisionAt = at + ".revisions[" + r + "]";
                if (revision.number() != r + 1) {
                    errors.add(new FieldError(revisionAt + ".number",
                            "must be " + (r + 1) + ": revisions are numbered 1, 2, 3… oldest first"));
                }
                checkIdentity(revision.article().content(), revisionAt + ".article.content", errors);
            }
        }
        return errors;
    }

    /**
     * Writes the articles into {@code clinic}, which the caller has locked and found empty. Every reference is
     * looked up first, as a normal write does; the ones that do not resolve here are a 422 listing all of them.
     *
     * @return how many revisions were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int importAll(ClinicEntity clinic, List<ExportedArticle> articles, String field, Actor actor) {
        List<ArticleService.References> references = resolveAll(clinic, articles, field);
        List<ArticleEntity> written = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            written.add(persist(clinic, articles.get(i).current(), references.get(i)));
        }
        // Revisions name their article by id only, so the articles go to the database first.
        ArticleEntity.flush();
        int count = 0;
        for (int i = 0; i < articles.size(); i++) {
            ArticleEntity article = written.get(i);
            for (ExportedArticle.Revision revision : articles.get(i).revisions()) {
                revisions.imported(article.id, revision, revision.article().toArticle(article.id, clinic.slug));
                count++;
            }
            audit.record(actor, AuditAction.IMPORTED, ArticleService.RESOURCE, article.id, article.slug, clinic.id,
                    null, article.version);
        }
        return count;
    }

    private static List<ArticleService.References> resolveAll(ClinicEntity clinic, List<ExportedArticle> articles,
            String field) {
        List<ArticleService.References> references = new ArrayList<>();
        List<FieldError> unresolved = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleInput content = articles.get(i).current().content();
            try {
                references.add(ArticleService.resolve(clinic, content.locale(), content));
            } catch (ApiException e) {
                String at = field + "[" + i + "].current.content.";
                e.errors().forEach(error -> unresolved.add(new FieldError(at + error.field(), error.message())));
            }
        }
        if (!unresolved.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The articles refer to " + unresolved.size()
                    + " thing(s) missing here: treatments, indications and people are network content that must"
                    + " exist before the import, and every locale must be one of the clinic's.", unresolved);
        }
        return references;
    }

    private static ArticleEntity persist(ClinicEntity clinic, ExportedArticle.State state,
            ArticleService.References references) {
        ArticleEntity article = new ArticleEntity();
        article.clinic = clinic;
        article.slug = state.content().slug();
        article.locale = state.content().locale();
        article.translationGroup = state.content().translationGroup();
        ArticleService.apply(article, state.content(), references);
        article.status = state.status();
        article.publishAt = micros(state.publishAt());
        article.unpublishAt = micros(state.unpublishAt());
        article.publishedAt = micros(state.publishedAt());
        article.createdAt = micros(state.createdAt());
        article.updatedAt = micros(state.updatedAt());
        article.version = state.version();
        article.persist();
        return article;
    }

    private static void checkIdentity(ArticleInput content, String at, List<FieldError> errors) {
        if (content.slug() == null) {
            errors.add(new FieldError(at + ".slug", "is required in an export"));
        }
        if (content.locale() == null) {
            errors.add(new FieldError(at + ".locale", "is required in an export"));
        }
        if (content.translationGroup() == null) {
            errors.add(new FieldError(at + ".translationGroup", "is required in an export"));
        }
    }

    private static void checkState(ExportedArticle.State state, String at, List<FieldError> errors) {
        ArticleStatus status = state.status();
        if (status == ArticleStatus.SCHEDULED && state.publishAt() == null) {
            errors.add(new FieldError(at + ".publishAt", "is required for a SCHEDULED article"));
        }
        if (status != ArticleStatus.SCHEDULED && state.publishAt() != null) {
            errors.add(new FieldError(at + ".publishAt", "is only for a SCHEDULED article"));
        }
        if (state.unpublishAt() != null
                && !EnumSet.of(ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED).contains(status)) {
            errors.add(new FieldError(at + ".unpublishAt", "is only for a PUBLISHED or SCHEDULED article"));
        }
        if (status == ArticleStatus.PUBLISHED && state.publishedAt() == null) {
            errors.add(new FieldError(at + ".publishedAt", "is required for a PUBLISHED article"));
        }
    }
}
