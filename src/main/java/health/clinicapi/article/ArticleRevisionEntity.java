package health.clinicapi.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One immutable revision of an article: a snapshot of the article as the API showed it, and who made it. */
@Entity
@Immutable
@Table(name = "article_revision")
@NamedQuery(name = "ArticleRevision.latestNumber", query = "select max(r.number) from ArticleRevisionEntity r where r.articleId = ?1")
@NamedQuery(name = "ArticleRevision.byNumber", query = "from ArticleRevisionEntity r where r.articleId = ?1 and r.number = ?2")
@NamedQuery(name = "ArticleRevision.page", query = "from ArticleRevisionEntity r where r.articleId = ?1 and r.number < ?2 order by r.number desc")
@NamedQuery(name = "ArticleRevision.ofClinic", query = """
        select r from ArticleRevisionEntity r where r.articleId in
        (select a.id from ArticleEntity a where a.clinic.id = ?1) order by r.articleId, r.number""")
public class ArticleRevisionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "revision_number")
    public int number;
    @Enumerated(EnumType.STRING)
    public RevisionAction action;
    /** The {@link Article} as JSON, exactly as written. */
    public String snapshot;
    @Column(name = "actor_key_id")
    public UUID actorKeyId;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "created_at")
    public Instant createdAt;

    static int latestNumber(UUID articleId) {
        Integer latest = find("#ArticleRevision.latestNumber", articleId).project(Integer.class).singleResult();
        return latest == null ? 0 : latest;
    }

    static Optional<ArticleRevisionEntity> findByNumber(UUID articleId, int number) {
        return find("#ArticleRevision.byNumber", articleId, number).firstResultOptional();
    }

    /** Every revision of the clinic's articles, by article and then oldest first. */
    static List<ArticleRevisionEntity> ofClinic(UUID clinicId) {
        return find("#ArticleRevision.ofClinic", clinicId).list();
    }

    /** Keyset page, newest first: {@code limit} revisions numbered below {@code beforeNumber}. */
    static List<ArticleRevisionEntity> page(UUID articleId, int beforeNumber, int limit) {
        return find("#ArticleRevision.page", articleId, beforeNumber).range(0, limit - 1).list();
    }
}
