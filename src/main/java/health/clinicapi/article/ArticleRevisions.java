package health.clinicapi.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import health.clinicapi.audit.Actor;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * Writes and reads the immutable revisions of articles. Rows are only ever inserted: there is no update or delete
 * here, and the entity is {@code @Immutable}; they go only when their article is deleted.
 */
@ApplicationScoped
public class ArticleRevisions {

    private final ObjectMapper json;
    private final Event<ArticlePublished> published;

    public ArticleRevisions(ObjectMapper json, Event<ArticlePublished> published) {
        this.json = json;
        this.published = published;
    }

    /** Stores the article as it is now (flushed, so version and timestamps are final) as its next revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article record(ArticleEntity article, RevisionAction action, Actor actor) {
        article.flush();
        Article shown = Article.from(article);
        ArticleRevisionEntity revision = new ArticleRevisionEntity();
        revision.id = UUID.randomUUID();
        revision.articleId = article.id;
        revision.number = ArticleRevisionEntity.latestNumber(article.id) + 1;
        revision.action = action;
        revision.snapshot = write(shown);
        revision.actorKeyId = actor.keyId();
        revision.actorName = actor.name();
        revision.createdAt = VersionedEntity.now();
        revision.persistAndFlush();
        if (action == RevisionAction.PUBLISHED) {
            // Both the workflow and the scheduler publish through here.
            published.fire(new ArticlePublished(article.id, article.clinic.id, article.translationGroup));
        }
        return shown;
    }

    /** Stores a revision brought in by a clinic import: number, action, author name and time as exported. */
    @Transactional(Transactional.TxType.MANDATORY)
    void imported(UUID articleId, ExportedArticle.Revision exported, Article snapshot) {
        ArticleRevisionEntity revision = new ArticleRevisionEntity();
        revision.id = UUID.randomUUID();
        revision.articleId = articleId;
        revision.number = exported.number();
        revision.action = exported.action();
        revision.snapshot = write(snapshot);
        revision.actorName = exported.actorName();
        revision.createdAt = ExportedArticle.micros(exported.createdAt());
        revision.persist();
    }

    /** Every revision of the clinic's articles, oldest first, by article id. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<ArticleRevision>> allOfClinic(UUID clinicId) {
        Map<UUID, List<ArticleRevision>> all = new HashMap<>();
        for (ArticleRevisionEntity revision : ArticleRevisionEntity.ofClinic(clinicId)) {
            all.computeIfAbsent(revision.articleId, id -> new ArrayList<>()).add(from(revision));
        }
        return all;
    }

    @Transactional
    Page<ArticleRevision> page(UUID clinicId, String slug, String locale, String cursor, int limit) {
        UUID articleId = ArticleService.require(ArticleService.clinic(clinicId), slug, locale).id;
        Cursor after = Cursor.decode(cursor);
        int before = after == null ? Integer.MAX_VALUE : number(after.key());
        List<ArticleRevisionEntity> rows = ArticleRevisionEntity.page(articleId, before, limit + 1);
        return Page.of(rows, limit, this::from, r -> Integer.toString(r.number), r -> r.id);
    }

    @Transactional
    ArticleRevision get(UUID clinicId, String slug, String locale, int number) {
        UUID articleId = ArticleService.require(ArticleService.clinic(clinicId), slug, locale).id;
        return from(require(articleId, slug, number));
    }

    /** The article as revision {@code number} stored it. */
    @Transactional(Transactional.TxType.MANDATORY)
    Article snapshot(UUID articleId, String slug, int number) {
        return read(require(articleId, slug, number).snapshot);
    }

    private static ArticleRevisionEntity require(UUID articleId, String slug, int number) {
        return ArticleRevisionEntity.findByNumber(articleId, number).orElseThrow(() -> new ApiException(
                ProblemType.NOT_FOUND, "Article '" + slug + "' has no revision " + number + "."));
    }

    private ArticleRevision from(ArticleRevisionEntity r) {
        return new ArticleRevision(r.number, r.action, r.actorKeyId, r.actorName, r.createdAt, read(r.snapshot));
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.INVALID_CURSOR,
                    "The cursor is not one this API issued; pass nextCursor from a previous page unchanged.");
        }
    }

    private String write(Article article) {
        try {
            return json.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
    }

    private Article read(String snapshot) {
        try {
            return json.readValue(snapshot, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision is not an article", e);
        }
    }
}
