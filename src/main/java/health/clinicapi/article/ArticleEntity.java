package health.clinicapi.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.BatchSize;

import io.quarkus.panache.common.Parameters;

import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.content.Block;
import health.clinicapi.content.BlocksConverter;
import health.clinicapi.person.PersonEntity;
import health.clinicapi.syndication.PlacementState;

/** An article of one clinic, as stored. */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.bySlug", query = """
        select a from ArticleEntity a join fetch a.clinic left join fetch a.author left join fetch a.medicalReviewer
        where a.clinic.id = ?1 and a.slug = ?2 order by a.locale""")
@NamedQuery(name = "Article.slugTaken", query = "select count(a) from ArticleEntity a where a.clinic.id = ?1 and a.locale = ?2 and a.slug = ?3")
@NamedQuery(name = "Article.ofClinic", query = """
        select a from ArticleEntity a join fetch a.clinic left join fetch a.author left join fetch a.medicalReviewer
        where a.clinic.id = ?1""")
@NamedQuery(name = "Article.countOfClinic", query = "select count(a) from ArticleEntity a where a.clinic.id = ?1")
@NamedQuery(name = "Article.publishedWithTag", query = """
        select a from ArticleEntity a where a.clinic.id = ?1 and a.status = ?2 and ?3 member of a.tags""")
@NamedQuery(name = "Article.slugUsed", query = "select count(a) from ArticleEntity a where a.clinic.id = ?1 and a.slug = ?2")
@NamedQuery(name = "Article.membersOfGroups", query = """
        select a from ArticleEntity a join fetch a.clinic where a.clinic.id in ?1 and a.translationGroup in ?2
        order by a.locale""")
@NamedQuery(name = "Article.duePublications", query = "select a.id from ArticleEntity a where a.status = ?1 and a.publishAt <= ?2 order by a.publishAt")
@NamedQuery(name = "Article.dueUnpublications", query = "select a.id from ArticleEntity a where a.status = ?1 and a.unpublishAt <= ?2 order by a.unpublishAt")
public class ArticleEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id")
    public ClinicEntity clinic;
    public String slug;
    public String locale;
    @Column(name = "translation_group")
    public UUID translationGroup;
    public String title;
    public String subtitle;
    public String excerpt;
    @Column(name = "hero_image")
    @Convert(converter = ArticleConverters.Hero.class)
    public HeroImage heroImage;
    @Convert(converter = BlocksConverter.class)
    public List<Block> body;
    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    public Set<String> tags = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "article_treatment", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "treatment_id"))
    @BatchSize(size = 100)
    public Set<TreatmentEntity> treatments = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "article_indication", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "indication_id"))
    @BatchSize(size = 100)
    public Set<IndicationEntity> indications = new HashSet<>();
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public PersonEntity author;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "medical_reviewer_id")
    public PersonEntity medicalReviewer;
    @Column(name = "last_reviewed_at")
    public LocalDate lastReviewedAt;
    @Column(name = "health_content")
    public boolean healthContent;
    @Convert(converter = ArticleConverters.SeoFields.class)
    public Seo seo;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    @Column(name = "publish_at")
    public Instant publishAt;
    @Column(name = "unpublish_at")
    public Instant unpublishAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "reading_minutes")
    public int readingMinutes;
    /** Subtitle, excerpt, tags and the body's visible text: what full-text search reads besides the title. */
    @Column(name = "search_text")
    public String searchText;
    /**
     * True when delivery read the body as stored and it has no {@code {{placeholder}}}, so there is nothing to resolve
     * in it; false (unknown) for an article loaded any other way.
     */
    @Transient
    public boolean bodyWithoutPlaceholders;

    /**
     * The clinic's articles with this slug, one per locale at most, with clinic, author and reviewer fetched; ordered
     * by locale.
     */
    static List<ArticleEntity> findBySlug(UUID clinicId, String slug) {
        return find("#Article.bySlug", clinicId, slug).list();
    }

    static boolean slugTaken(UUID clinicId, String locale, String slug) {
        return find("#Article.slugTaken", clinicId, locale, slug).project(Long.class).singleResult() > 0;
    }

    /** Every article of the clinic, with clinic, author and reviewer fetched; in no particular order. */
    static List<ArticleEntity> ofClinic(UUID clinicId) {
        return find("#Article.ofClinic", clinicId).list();
    }

    static long countOfClinic(UUID clinicId) {
        return count("#Article.countOfClinic", clinicId);
    }

    static List<UUID> due(String query, ArticleStatus status, Instant now, int limit) {
        return find(query, status, now).project(UUID.class).range(0, limit - 1).list();
    }

    /** Keyset page, newest change first: {@code limit} rows after (time, id) of the previous page's last row. */
    static List<ArticleEntity> page(UUID clinicId, ArticleFilter filter, Instant beforeTime, UUID beforeId,
            int limit) {
        StringBuilder jpql = new StringBuilder("""
                select a from ArticleEntity a join fetch a.clinic left join fetch a.author
                left join fetch a.medicalReviewer where a.clinic.id = :clinic
                and (a.updatedAt < :time or (a.updatedAt = :time and a.id < :id))""");
        Parameters params = Parameters.with("clinic", clinicId).and("time", beforeTime).and("id", beforeId);
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            params.and("status", filter.status());
        }
        if (filter.locale() != null) {
            jpql.append(" and a.locale = :locale");
            params.and("locale", filter.locale());
        }
        if (filter.author() != null) {
            jpql.append(" and a.author.slug = :author");
            params.and("author", filter.author());
        }
        if (filter.tag() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.tags g where x.id = a.id and g = :tag)");
            params.and("tag", filter.tag());
        }
        if (filter.treatment() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.treatments t where x.id = a.id"
                    + " and t.slug = :treatment)");
            params.and("treatment", filter.treatment());
        }
        if (filter.indication() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.indications i where x.id = a.id"
                    + " and i.slug = :indication)");
            params.and("indication", filter.indication());
        }
        return find(jpql + " order by a.updatedAt desc, a.id desc", params).range(0, limit - 1).list();
    }

    /**
     * The ids of a keyset page of delivered articles in {@code sort} order after ({@code afterKey}, {@code afterId}),
     * both null for the first page: the clinic's own and, when published, those of other clinics placed ACTIVE on it.
     * Of each translation group only the member whose locale comes first in the filter's chain is listed; articles in
     * no locale of the chain are left out. Only ids: delivery reads the page's articles in one statement.
     */
    static List<UUID> deliveryPage(UUID clinicId, List<UUID> origins, DeliveryFilter filter, ArticleSort sort,
            Object afterKey, UUID afterId, int limit) {
        Parameters params = Parameters.with("clinic", clinicId);
        StringBuilder jpql = deliveryQuery("select a.id from ArticleEntity a", clinicId, origins, filter, params);
        String after = sort.descending ? "<" : ">";
        if (afterId != null) {
            jpql.append(" and (").append(sort.expression).append(' ').append(after).append(" :afterKey or (")
                    .append(sort.expression).append(" = :afterKey and a.id ").append(after).append(" :afterId))");
            params.and("afterKey", afterKey).and("afterId", afterId);
        }
        String direction = sort.descending ? " desc" : " asc";
        jpql.append(" order by ").append(sort.expression).append(direction).append(", a.id").append(direction);
        var query = getEntityManager().createQuery(jpql.toString(), UUID.class).setMaxResults(limit);
        params.map().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The ids among {@code ids} that the filter lets through, unordered: only ids, so a search can rank and cut its page
     * before loading any article.
     */
    static List<UUID> deliveryMatching(UUID clinicId, List<UUID> origins, DeliveryFilter filter,
            java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Parameters params = Parameters.with("clinic", clinicId);
        String jpql = deliveryQuery("select a.id from ArticleEntity a", clinicId, origins, filter, params)
                .append(" and ").append(anyOf("a.id", "id", ids, params))
                .toString();
        var query = getEntityManager().createQuery(jpql, UUID.class);
        params.map().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The condition of a delivery read; {@code origins} are the clinics with an ACTIVE placement on the clinic (from
     * the delivery references of the current content generation).
     */
    private static StringBuilder deliveryQuery(String select, UUID clinicId, List<UUID> origins,
            DeliveryFilter filter, Parameters params) {
        // The clinic's own articles, and the published ones of other clinics it has an ACTIVE placement of. The
        // clinics are named first, so the clinic index narrows the read to them (an OR alone would make PostgreSQL
        // read every published article of the network); a clinic that shows no syndicated article reads its own.
        // The placement itself is still checked below; the origins only narrow the read. They come from the
        // references of the current content generation, which every placement change moves.
        StringBuilder jpql = new StringBuilder(select).append(" where ")
                .append(anyOf("a.status", "status", filter.statuses(), params));
        if (origins.isEmpty()) {
            jpql.append(" and a.clinic.id = :clinic");
        } else {
            jpql.append("""
                     and %s and (a.clinic.id = :clinic
                    or (a.status = :syndicatedStatus and exists (select 1 from SyndicationPlacementEntity p
                    where p.target.id = :clinic and p.origin.id = a.clinic.id
                    and p.translationGroup = a.translationGroup and p.state = :activePlacement)))"""
                    .formatted(anyOf("a.clinic.id", "clinicIn", clinics(clinicId, origins), params)));
            params.and("syndicatedStatus", ArticleStatus.PUBLISHED)
                    .and("activePlacement", PlacementState.ACTIVE);
        }
        String rankA = localeRank("a", filter.localeChain(), params);
        String rankB = localeRank("b", filter.localeChain(), params);
        int none = filter.localeChain().size();
        jpql.append(" and ").append(rankA).append(" < ").append(none);
        jpql.append(" and not exists (select 1 from ArticleEntity b where b.clinic.id = a.clinic.id")
                .append(" and b.translationGroup = a.translationGroup and b.id <> a.id and ")
                .append(anyOf("b.status", "status", filter.statuses(), params))
                .append(" and (").append(rankB).append(" < ").append(rankA).append(" or (").append(rankB)
                .append(" = ").append(rankA).append(" and b.locale < a.locale)))");
        if (filter.author() != null) {
            jpql.append(" and a.author.slug = :author");
            params.and("author", filter.author());
        }
        if (filter.tag() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.tags g where x.id = a.id and g = :tag)");
            params.and("tag", filter.tag());
        }
        if (filter.treatment() != null) {
            // Listed, or the treatment of a referenced indication: what the delivered `treatments` field shows.
            jpql.append(" and (exists (select 1 from ArticleEntity x join x.treatments t where x.id = a.id"
                    + " and t.slug = :treatment) or exists (select 1 from ArticleEntity x join x.indications i"
                    + " where x.id = a.id and i.treatment.slug = :treatment))");
            params.and("treatment", filter.treatment());
        }
        if (filter.indication() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.indications i where x.id = a.id"
                    + " and i.slug = :indication)");
            params.and("indication", filter.indication());
        }
        if (filter.condition() != null) {
            jpql.append(" and exists (select 1 from ArticleEntity x join x.indications i where x.id = a.id"
                    + " and i.condition.slug = :condition)");
            params.and("condition", filter.condition());
        }
        if (filter.publishedAfter() != null) {
            jpql.append(" and a.publishedAt > :publishedAfter");
            params.and("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            jpql.append(" and a.publishedAt < :publishedBefore");
            params.and("publishedBefore", filter.publishedBefore());
        }
        return jpql;
    }

    private static List<UUID> clinics(UUID clinicId, List<UUID> origins) {
        List<UUID> clinics = new java.util.ArrayList<>(origins);
        clinics.add(clinicId);
        return clinics;
    }

    /**
     * A JPQL condition that {@code expression} equals one of {@code values}, {@code (x = :name0 or x = :name1 …)},
     * with each value bound as a single parameter. Hibernate does not cache the SQL of a query with a parameter that
     * could take a collection, which any parameter inside {@code in (…)} can, and translated these delivery queries
     * again at every execution: about a tenth of a search's CPU. The list is padded to a power of two by repeating its last
     * value, so that few query strings, and few cached translations, exist. Binding the same name twice with the
     * same values is harmless.
     */
    static String anyOf(String expression, String name, java.util.Collection<?> values, Parameters params) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value for " + expression);
        }
        int size = Integer.highestOneBit(values.size());
        size = size == values.size() ? size : size * 2;
        StringBuilder any = new StringBuilder("(");
        Object last = null;
        var each = values.iterator();
        for (int i = 0; i < size; i++) {
            last = each.hasNext() ? each.next() : last;
            params.and(name + i, last);
            any.append(i == 0 ? "" : " or ").append(expression).append(" = :").append(name).append(i);
        }
        return any.append(')').toString();
    }

    /**
     * A JPQL expression for the position of {@code alias}'s locale in the chain (see {@code LocaleChain.rank}): exact
     * match of a step, or a regional variant of a bare-language step; the chain's size when none accepts it.
     */
    private static String localeRank(String alias, List<String> chain, Parameters params) {
        StringBuilder rank = new StringBuilder("case");
        for (int i = 0; i < chain.size(); i++) {
            String step = chain.get(i);
            params.and("l" + i, step);
            rank.append(" when lower(").append(alias).append(".locale) = :l").append(i);
            if (step.indexOf('-') < 0) {
                params.and("lr" + i, step + "-%");
                rank.append(" or lower(").append(alias).append(".locale) like :lr").append(i);
            }
            rank.append(" then ").append(i);
        }
        return rank.append(" else ").append(chain.size()).append(" end").toString();
    }

    /** The clinic's PUBLISHED articles with this slug, in any locale: what another clinic may syndicate. */
    public static List<ArticleEntity> publishedBySlug(UUID clinicId, String slug) {
        return find("#Article.bySlug", clinicId, slug).<ArticleEntity>list().stream()
                .filter(a -> a.status == ArticleStatus.PUBLISHED).toList();
    }

    /** The clinic's PUBLISHED articles carrying {@code tag}, for subscription rules. */
    public static List<ArticleEntity> publishedWithTag(UUID clinicId, String tag) {
        return find("#Article.publishedWithTag", clinicId, ArticleStatus.PUBLISHED, tag).list();
    }

    /** Whether any article of the clinic, in any locale and status, has this slug. */
    public static boolean slugUsed(UUID clinicId, String slug) {
        return find("#Article.slugUsed", clinicId, slug).project(Long.class).singleResult() > 0;
    }

    /** Every article (any status) of these translation groups of these clinics, in locale order: one query per page. */
    public static List<ArticleEntity> membersOfGroups(java.util.Collection<UUID> clinicIds,
            java.util.Collection<UUID> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return find("#Article.membersOfGroups", clinicIds, groups).list();
    }
}
