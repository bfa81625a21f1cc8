package health.clinicapi.article;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

import io.agroal.api.AgroalDataSource;

import health.clinicapi.content.BlocksConverter;
import health.clinicapi.content.render.TemplateVariables;
import health.clinicapi.syndication.PlacementState;
import health.clinicapi.syndication.SyndicationPlacementEntity;

/**
 * Articles and placements as delivery reads them: one SQL statement per read, straight over JDBC. An article row
 * carries its tags and the ids of its treatments and indications as arrays; its clinic, people and catalog entries
 * come from {@link DeliveryReferences}. What it returns are plain, unmanaged entity instances for the delivery views
 * to read: no Hibernate session, no lazy loading, and, outside a transaction, no BEGIN and COMMIT around a read that
 * is a single statement and so sees one consistent state of the database.
 */
@ApplicationScoped
class ArticleRows {

    private static final String ARTICLE = """
            select a.id, a.clinic_id, a.slug, a.locale, a.translation_group, a.title, a.subtitle, a.excerpt,
            a.hero_image, %s, a.author_id, a.medical_reviewer_id, a.last_reviewed_at, a.health_content, a.seo,
            a.status, a.publish_at, a.unpublish_at, a.published_at, a.word_count, a.reading_minutes, a.created_at,
            a.updated_at, a.version, %s,
            array(select t.tag from article_tag t where t.article_id = a.id) as tags,
            array(select t.treatment_id from article_treatment t where t.article_id = a.id) as treatment_ids,
            array(select i.indication_id from article_indication i where i.article_id = a.id) as indication_ids
            from article a where""";
    private static final String PLACEMENT = """
            select p.id, p.origin_clinic_id, p.target_clinic_id, p.translation_group, p.state, p.title_override,
            p.excerpt_override, p.slug_override, p.hero_override, p.rule_id, p.created_at, p.updated_at, p.version
            from syndication_placement p where p.target_clinic_id = ? and p.state = ? and""";

    private static final BlocksConverter BLOCKS = new BlocksConverter();
    private static final ArticleConverters.Hero HERO = new ArticleConverters.Hero();
    private static final ArticleConverters.SeoFields SEO = new ArticleConverters.SeoFields();

    private final AgroalDataSource dataSource;
    private final DeliveryReferences references;
    private final StatisticsImplementor statistics;

    ArticleRows(AgroalDataSource dataSource, DeliveryReferences references, SessionFactory sessions) {
        this.dataSource = dataSource;
        this.references = references;
        this.statistics = sessions.unwrap(SessionFactoryImplementor.class).getStatistics();
    }

    /**
     * The members in {@code statuses} of every translation group of the clinic that has a member with this slug in
     * {@code statuses}: an article read by slug together with its translations, ordered by locale.
     */
    List<ArticleEntity> groupsWithSlug(DeliveryReferences.Snapshot refs, UUID clinicId, String slug,
            Collection<ArticleStatus> statuses) {
        List<Object> params = new ArrayList<>(List.of(clinicId));
        String sql = articles(false, true) + " a.clinic_id = ? and a.status in " + in(statuses, params)
                + " and a.translation_group in (select b.translation_group from article b where b.clinic_id = ?"
                + " and b.slug = ? and b.status in " + in(List.of(clinicId, slug), statuses, params)
                + ") order by a.locale";
        return articles(refs, sql, params);
    }

    /**
     * The members in {@code statuses} of these translation groups of one clinic, ordered by locale; with their bodies
     * only when {@code blocks} (a null body otherwise).
     */
    List<ArticleEntity> inGroups(DeliveryReferences.Snapshot refs, UUID clinicId, Collection<UUID> groups,
            Collection<ArticleStatus> statuses, boolean blocks) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(clinicId));
        String sql = articles(false, blocks) + " a.clinic_id = ? and a.translation_group in " + in(groups, params)
                + " and a.status in " + in(statuses, params) + " order by a.locale";
        return articles(refs, sql, params);
    }

    /** Every member of these translation groups of these clinics, any status, ordered by locale; no bodies. */
    List<ArticleEntity> membersOfGroups(DeliveryReferences.Snapshot refs, Collection<UUID> clinicIds,
            Collection<UUID> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String sql = articles(false, false) + " a.clinic_id in " + in(clinicIds, params)
                + " and a.translation_group in "
                + in(groups, params) + " order by a.locale";
        return articles(refs, sql, params);
    }

    /**
     * These articles in the order of {@code ids} (those that exist), with their search text and their body only when
     * asked (a null body otherwise: what reads it would fail loudly rather than show an empty article).
     */
    List<ArticleEntity> byIdsInOrder(DeliveryReferences.Snapshot refs, List<UUID> ids, boolean searchText,
            boolean blocks) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        Map<UUID, ArticleEntity> byId = new HashMap<>();
        articles(refs, articles(searchText, blocks) + " a.id in " + in(ids, params), params)
                .forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The target's ACTIVE placements delivered under {@code slug}: the override slug, else the origin's own. */
    List<SyndicationPlacementEntity> activeBySlug(DeliveryReferences.Snapshot refs, UUID targetId, String slug) {
        return placements(refs, PLACEMENT + """
                 (p.slug_override = ? or (p.slug_override is null and exists (select 1 from article a
                where a.clinic_id = p.origin_clinic_id and a.translation_group = p.translation_group
                and a.slug = ?)))""", List.of(targetId, PlacementState.ACTIVE.name(), slug, slug));
    }

    /** The target's ACTIVE placements of these translation groups. */
    List<SyndicationPlacementEntity> activeOfTarget(DeliveryReferences.Snapshot refs, UUID targetId,
            Collection<UUID> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(targetId, PlacementState.ACTIVE.name()));
        return placements(refs, PLACEMENT + " p.translation_group in " + in(groups, params), params);
    }

    /** The article query, with the body (blocks) and the search text, or nulls in their place. */
    private static String articles(boolean searchText, boolean blocks) {
        return ARTICLE.formatted(blocks ? "a.body" : "cast(null as varchar(1)) as body",
                searchText ? "a.search_text" : "cast(null as varchar(1)) as search_text");
    }

    /** {@code (?, ?, …)} for the values, which are appended to {@code params} (enums by name). */
    static String in(Collection<?> values, List<Object> params) {
        StringBuilder sql = new StringBuilder("(");
        for (Object value : values) {
            sql.append(sql.length() == 1 ? "?" : ", ?");
            params.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return sql.append(')').toString();
    }

    private static String in(List<Object> before, Collection<?> values, List<Object> params) {
        params.addAll(before);
        return in(values, params);
    }

    private List<ArticleEntity> articles(DeliveryReferences.Snapshot refs, String sql, List<Object> params) {
        return resolved(refs, query(sql, params, ArticleRows::articleRow), ArticleRow::resolve).stream()
                .map(ArticleRow::article).toList();
    }

    private List<SyndicationPlacementEntity> placements(DeliveryReferences.Snapshot refs, String sql,
            List<Object> params) {
        return resolved(refs, query(sql, params, ArticleRows::placementRow), PlacementRow::resolve).stream()
                .map(PlacementRow::placement).toList();
    }

    /**
     * The rows with their references resolved in {@code refs}; an id it does not know is something created since it
     * was read, so they are resolved again in a newer copy.
     */
    private <T> List<T> resolved(DeliveryReferences.Snapshot refs, List<T> rows,
            BiPredicate<T, DeliveryReferences.Snapshot> resolve) {
        if (!rows.stream().allMatch(r -> resolve.test(r, refs))) {
            DeliveryReferences.Snapshot newer = references.after(refs);
            if (!rows.stream().allMatch(r -> resolve.test(r, newer))) {
                throw new IllegalStateException("a delivered row references an entry that does not exist");
            }
        }
        return rows;
    }

    /** Makes one result from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} with positional {@code params} on the request's connection, one result per row. Plain JDBC:
     * a Hibernate native query works out the Java type of every column of every result set again, and on PostgreSQL
     * threw and caught an exception for each statement while at it (about a tenth of a search's CPU).
     */
    <T> List<T> query(String sql, List<Object> params, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (statistics.isStatisticsEnabled()) {
                // Counted with Hibernate's own, so statement counts (tests, metrics) see every statement sent.
                statistics.prepareStatement();
            }
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            // The problem mapper finds the SQLException in the causes: a database that is away answers 503.
            throw new IllegalStateException("delivery read failed: " + e.getMessage(), e);
        }
    }

    private static ArticleRow articleRow(ResultSet rs) throws SQLException {
        ArticleEntity a = new ArticleEntity();
        a.id = rs.getObject(1, UUID.class);
        a.slug = rs.getString(3);
        a.locale = rs.getString(4);
        a.translationGroup = rs.getObject(5, UUID.class);
        a.title = rs.getString(6);
        a.subtitle = rs.getString(7);
        a.excerpt = rs.getString(8);
        a.heroImage = HERO.convertToEntityAttribute(rs.getString(9));
        String body = rs.getString(10);
        a.body = BLOCKS.convertToEntityAttribute(body);
        // Stored JSON never escapes a brace, so a placeholder shows as written: checking the stored text spares
        // resolving (serializing the blocks to look for one) in the many bodies that have none.
        a.bodyWithoutPlaceholders = body != null && !TemplateVariables.hasPlaceholder(body);
        a.lastReviewedAt = rs.getObject(13, LocalDate.class);
        a.healthContent = rs.getBoolean(14);
        a.seo = SEO.convertToEntityAttribute(rs.getString(15));
        a.status = ArticleStatus.valueOf(rs.getString(16));
        a.publishAt = instant(rs, 17);
        a.unpublishAt = instant(rs, 18);
        a.publishedAt = instant(rs, 19);
        a.wordCount = rs.getInt(20);
        a.readingMinutes = rs.getInt(21);
        a.createdAt = instant(rs, 22);
        a.updatedAt = instant(rs, 23);
        a.version = rs.getLong(24);
        a.searchText = rs.getString(25);
        a.tags = new HashSet<>();
        for (Object tag : elements(rs, 26)) {
            a.tags.add((String) tag);
        }
        return new ArticleRow(a, rs.getObject(2, UUID.class), rs.getObject(11, UUID.class),
                rs.getObject(12, UUID.class), uuids(rs, 27), uuids(rs, 28));
    }

    private static PlacementRow placementRow(ResultSet rs) throws SQLException {
        SyndicationPlacementEntity p = new SyndicationPlacementEntity();
        p.id = rs.getObject(1, UUID.class);
        p.translationGroup = rs.getObject(4, UUID.class);
        p.state = PlacementState.valueOf(rs.getString(5));
        p.titleOverride = rs.getString(6);
        p.excerptOverride = rs.getString(7);
        p.slugOverride = rs.getString(8);
        p.heroOverride = HERO.convertToEntityAttribute(rs.getString(9));
        p.ruleId = rs.getObject(10, UUID.class);
        p.createdAt = instant(rs, 11);
        p.updatedAt = instant(rs, 12);
        p.version = rs.getLong(13);
        return new PlacementRow(p, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object[] elements(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    /** A UUID array column: UUIDs from both drivers (text, should a driver hand the elements over untyped). */
    private static List<UUID> uuids(ResultSet rs, int column) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Object value : elements(rs, column)) {
            ids.add(value instanceof UUID id ? id : UUID.fromString(value.toString()));
        }
        return ids;
    }

    /** An article read, with the ids of what it references until they are resolved. */
    private record ArticleRow(ArticleEntity article, UUID clinic, UUID author, UUID reviewer, List<UUID> treatments,
            List<UUID> indications) {

        /** Points the article at the entries of {@code refs}; false when one of them is not there. */
        boolean resolve(DeliveryReferences.Snapshot refs) {
            article.clinic = refs.clinics().get(clinic);
            article.author = author == null ? null : refs.people().get(author);
            article.medicalReviewer = reviewer == null ? null : refs.people().get(reviewer);
            article.treatments = entries(treatments, refs.treatments());
            article.indications = entries(indications, refs.indications());
            if (article.treatments == null || article.indications == null) {
                return false;
            }
            return article.clinic != null && (author == null) == (article.author == null)
                    && (reviewer == null) == (article.medicalReviewer == null);
        }
    }

    /** The entries with these ids, or null when one of them is not in {@code byId}. */
    private static <T> Set<T> entries(List<UUID> ids, Map<UUID, T> byId) {
        Set<T> found = new HashSet<>();
        for (UUID id : ids) {
            T entry = byId.get(id);
            if (entry == null) {
                return null;
            }
            found.add(entry);
        }
        return found;
    }

    /** A placement read, with the ids of its clinics until they are resolved. */
    private record PlacementRow(SyndicationPlacementEntity placement, UUID origin, UUID target) {

        boolean resolve(DeliveryReferences.Snapshot refs) {
            placement.origin = refs.clinics().get(origin);
            placement.target = refs.clinics().get(target);
            return placement.origin != null && placement.target != null;
        }
    }
}
