package health.clinicapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.content.BlockText;
import health.clinicapi.event.ContentEvents;
import health.clinicapi.event.EventType;
import health.clinicapi.person.PersonEntity;

/**
 * Owns the rules and transactions of article content: slugs unique per clinic and locale, the clinic's locales,
 * references that exist, a revision and an audit entry for every save. Status changes are {@link ArticleWorkflow}'s.
 */
@ApplicationScoped
public class ArticleService {

    static final String RESOURCE = "article";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditLog audit;
    private final ArticleRevisions revisions;
    private final ContentEvents events;

    public ArticleService(AuditLog audit, ArticleRevisions revisions, ContentEvents events) {
        this.audit = audit;
        this.revisions = revisions;
        this.events = events;
    }

    /**
     * The clinic's article with {@code slug}: in {@code locale} when given; otherwise the only one, or the one in the
     * clinic's default locale, or the first by locale. A 404 problem when there is none.
     */
    static ArticleEntity require(ClinicEntity clinic, String slug, String locale) {
        List<ArticleEntity> found = ArticleEntity.findBySlug(clinic.id, slug);
        return found.stream().filter(a -> locale == null || a.locale.equals(locale))
                .sorted((a, b) -> Boolean.compare(!a.locale.equals(clinic.defaultLocale),
                        !b.locale.equals(clinic.defaultLocale)))
                .findFirst().orElseThrow(() -> ApiException.notFound("article", slug));
    }

    /** The clinic as this transaction's entity (the caller's may come from another session). */
    static ClinicEntity clinic(UUID clinicId) {
        return ClinicEntity.<ClinicEntity>findByIdOptional(clinicId)
                .orElseThrow(() -> ApiException.notFound("clinic", clinicId.toString()));
    }

    @Transactional
    public Article get(UUID clinicId, String slug, String locale) {
        return Article.from(require(clinic(clinicId), slug, locale));
    }

    @Transactional
    public Page<Article> page(UUID clinicId, ArticleFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        Instant beforeTime = after == null ? END_OF_TIME : after.keyAsInstant();
        UUID beforeId = after == null ? new UUID(-1, -1) : after.id();
        List<ArticleEntity> rows = ArticleEntity.page(clinicId, filter, beforeTime, beforeId, limit + 1);
        return Page.of(rows, limit, Article::from, a -> a.updatedAt.toString(), a -> a.id);
    }

    @Transactional
    public Article create(UUID clinicId, ArticleInput input, Actor actor) {
        ClinicEntity clinic = clinic(clinicId);
        String locale = input.locale() == null ? clinic.defaultLocale : input.locale();
        References refs = resolve(clinic, locale, input);
        ArticleEntity article = new ArticleEntity();
        article.clinic = clinic;
        article.status = ArticleStatus.DRAFT;
        article.slug = slugFor(clinic, locale, input, null);
        article.locale = locale;
        article.translationGroup = input.translationGroup() == null ? UUID.randomUUID() : input.translationGroup();
        apply(article, input, refs);
        article.persist();
        Article shown = revisions.record(article, RevisionAction.CREATED, actor);
        audit.record(actor, AuditAction.CREATED, RESOURCE, article.id, article.slug, clinic.id, null, article.version);
        return shown;
    }

    /** Replaces the content; a published article stays published (the change is live and gets a revision). */
    @Transactional
    public Article replace(UUID clinicId, String slug, String locale, String ifMatch, ArticleInput input,
            Actor actor) {
        ClinicEntity clinic = clinic(clinicId);
        ArticleEntity article = require(clinic, slug, locale);
        ETags.requireMatch(ifMatch, article.version);
        String newLocale = input.locale() == null ? article.locale : input.locale();
        References refs = resolve(clinic, newLocale, input);
        long before = article.version;
        String oldSlug = article.slug;
        String oldLocale = article.locale;
        article.slug = slugFor(clinic, newLocale, input, article);
        article.locale = newLocale;
        if (input.translationGroup() != null) {
            article.translationGroup = input.translationGroup();
        }
        apply(article, input, refs);
        Article shown = revisions.record(article, RevisionAction.UPDATED, actor);
        audit.record(actor, AuditAction.UPDATED, RESOURCE, article.id, article.slug, clinic.id, before,
                article.version);
        if (article.status == ArticleStatus.PUBLISHED) {
            if (!oldSlug.equals(article.slug) || !oldLocale.equals(article.locale)) {
                // The page at the old address is gone; readers keyed by slug must drop it.
                events.article(clinic, EventType.ARTICLE_UNPUBLISHED, oldSlug, oldLocale, article.title);
            }
            events.article(clinic, EventType.ARTICLE_UPDATED, article.slug, article.locale, article.title);
        }
        return shown;
    }

    /** Only drafts and archived articles can be deleted; their revisions go with them, the audit log keeps the fact. */
    @Transactional
    public void delete(UUID clinicId, String slug, String locale, String ifMatch, Actor actor) {
        ClinicEntity clinic = clinic(clinicId);
        ArticleEntity article = require(clinic, slug, locale);
        ETags.requireMatch(ifMatch, article.version);
        if (article.status != ArticleStatus.DRAFT && article.status != ArticleStatus.ARCHIVED) {
            throw ApiException.conflict("Article '" + slug + "' is " + article.status
                    + "; only DRAFT or ARCHIVED articles can be deleted (unpublish it first).");
        }
        article.delete();
        article.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, article.id, article.slug, clinic.id, article.version,
                null);
        if (article.publishedAt != null) {
            // It was live once, so readers of the changes feed may still hold it.
            events.article(clinic, EventType.ARTICLE_DELETED, article.slug, article.locale, article.title);
        }
    }

    record References(Set<TreatmentEntity> treatments, Set<IndicationEntity> indications, PersonEntity author,
            PersonEntity reviewer) {
    }

    /**
     * Looks up what the input refers to and checks the rules that span fields, reporting every broken one together
     * like Bean Validation does.
     */
    static References resolve(ClinicEntity clinic, String locale, ArticleInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (!clinic.locales.contains(locale)) {
            errors.add(new FieldError("locale", "must be one of the clinic's locales " + clinic.locales));
        }
        Set<TreatmentEntity> treatments = new HashSet<>();
        for (String slug : in.treatments() == null ? List.<String>of() : in.treatments()) {
            TreatmentEntity.findBySlug(slug).ifPresentOrElse(treatments::add,
                    () -> errors.add(new FieldError("treatments", "no treatment with slug '" + slug + "'")));
        }
        Set<String> indicationSlugs = new LinkedHashSet<>(in.indications() == null ? List.of() : in.indications());
        indicationSlugs.addAll(BlockText.indicationSlugs(in.body() == null ? List.of() : in.body()));
        Set<IndicationEntity> indications = new HashSet<>();
        for (String slug : indicationSlugs) {
            IndicationEntity.findBySlug(slug).ifPresentOrElse(indications::add,
                    () -> errors.add(new FieldError("indications",
                            "no indication with slug '" + slug + "' (listed or in an indication block)")));
        }
        PersonEntity author = null;
        if (in.author() != null) {
            author = PersonEntity.findBySlug(in.author()).orElse(null);
            if (author == null) {
                errors.add(new FieldError("author", "no person with slug '" + in.author() + "'"));
            }
        }
        PersonEntity reviewer = null;
        if (in.medicalReviewer() != null) {
            reviewer = PersonEntity.findBySlug(in.medicalReviewer()).orElse(null);
            if (reviewer == null) {
                errors.add(new FieldError("medicalReviewer", "no person with slug '" + in.medicalReviewer() + "'"));
            } else if (!reviewer.medicalReviewer) {
                errors.add(new FieldError("medicalReviewer",
                        "'" + in.medicalReviewer() + "' is not a medical reviewer (medicalReviewer is false)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new References(treatments, indications, author, reviewer);
    }

    /** Sets every content field from {@code in}; slug, locale, group and status are the caller's. */
    static void apply(ArticleEntity article, ArticleInput in, References refs) {
        article.title = in.title();
        article.subtitle = in.subtitle();
        article.excerpt = in.excerpt();
        article.heroImage = in.heroImage();
        article.body = in.body() == null ? List.of() : List.copyOf(in.body());
        article.tags = new HashSet<>(in.tags() == null ? List.of() : in.tags());
        article.treatments = new HashSet<>(refs.treatments());
        article.indications = new HashSet<>(refs.indications());
        article.author = refs.author();
        article.medicalReviewer = refs.reviewer();
        article.lastReviewedAt = in.lastReviewedAt();
        article.healthContent = in.healthContent() == null || in.healthContent();
        article.seo = in.seo();
        article.wordCount = BlockText.wordCount(article.body);
        article.readingMinutes = BlockText.readingMinutes(article.wordCount);
        article.searchText = searchText(article);
    }

    /** What search reads besides the title; tags count as words ("botox-cosmetic" as "botox cosmetic"). */
    static String searchText(ArticleEntity article) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{article.subtitle, article.excerpt}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        article.tags.stream().sorted().forEach(tag -> text.append(tag.replace('-', ' ')).append('\n'));
        text.append(BlockText.plainText(article.body)).append('\n');
        // The catalog names of what the article references, so a reader's words for a condition find it even
        // when the text uses another ("excessive underarm sweating" for an axillary hyperhidrosis article).
        article.indications.stream().sorted((a, b) -> a.slug.compareTo(b.slug)).forEach(i -> {
            text.append(i.condition.name).append('\n');
            i.condition.synonyms.forEach(synonym -> text.append(synonym).append('\n'));
            text.append(i.treatment.name).append('\n');
        });
        article.treatments.stream().sorted((a, b) -> a.slug.compareTo(b.slug))
                .forEach(t -> text.append(t.name).append('\n'));
        return text.toString().strip();
    }

    /** The slug asked for (409 when another article of the clinic and locale has it), or one made from the title. */
    private static String slugFor(ClinicEntity clinic, String locale, ArticleInput in, ArticleEntity current) {
        boolean unchanged = current != null && current.locale.equals(locale);
        if (in.slug() != null) {
            boolean same = unchanged && current.slug.equals(in.slug());
            if (!same && ArticleEntity.slugTaken(clinic.id, locale, in.slug())) {
                throw ApiException.conflict("An article with slug '" + in.slug() + "' already exists in locale "
                        + locale + " of this clinic.");
            }
            return in.slug();
        }
        if (unchanged) {
            return current.slug;
        }
        return Slugs.unique(Slugs.of(in.title()), slug -> ArticleEntity.slugTaken(clinic.id, locale, slug));
    }
}
