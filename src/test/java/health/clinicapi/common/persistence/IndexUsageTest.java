package health.clinicapi.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.support.Api;

/**
 * Every filter and sort of the delivery lists, and the lookups the service repeats most (clinics by slug, the changes
 * feed, the webhook outbox), is served by an index (issue 7, item 6): with sequential scans disabled, each statement
 * reaches the filtered table through an index whose condition names the filtered column, and a sorted page comes in
 * index order (no Sort even with sorting disabled). The statements are those the application issues, in the shape
 * Hibernate gives them; delivered lists are checked on the clinic's own articles, since nothing can serve the
 * disjunction with syndicated ones yet (db/INDEXES.md, known gaps). The data: a network of 10,000 articles seeded in a
 * transaction that is rolled back (db/index-usage-seed.sql). PostgreSQL only: H2's plans say nothing about
 * production. src/main/resources/db/INDEXES.md lists the indexes.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = "QUARKUS_DATASOURCE_DB_KIND", matches = "postgresql")
class IndexUsageTest {

    /** The locale rank of article delivery for an en-US reader (ArticleEntity.localeRank), for {@code alias}. */
    private static final String RANK = """
            case when lower(%1$s.locale) = 'en-us' then 0
            when lower(%1$s.locale) = 'en' or lower(%1$s.locale) like 'en-%%' then 1 else 2 end""";

    /**
     * A delivered page of one clinic's own published articles, the best translation of each for the reader, before
     * filters and order; parameter 1 is the clinic. Articles syndicated onto the clinic are left out (db/INDEXES.md,
     * known gaps).
     */
    private static final String DELIVERY = """
            select a.id from article a left join person au on au.id = a.author_id
            where a.clinic_id = ? and a.status in ('PUBLISHED') and %1$s < 2
            and not exists (select 1 from article b where b.clinic_id = a.clinic_id
              and b.translation_group = a.translation_group and b.id <> a.id and b.status in ('PUBLISHED')
              and (%2$s < %1$s or (%2$s = %1$s and b.locale < a.locale)))
            """.formatted(RANK.formatted("a"), RANK.formatted("b"));

    private static final String NEWEST_FIRST = " order by a.published_at desc, a.id desc limit 21";

    @Inject
    DataSource dataSource;

    private Connection connection;
    private UUID clinic;

    @BeforeAll
    void seed() throws SQLException, IOException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (InputStream in = getClass().getResourceAsStream("/db/index-usage-seed.sql");
                Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            statement.execute("SET LOCAL enable_seqscan = off");
        }
        clinic = single("select id from ix_clinic where k = 1", UUID.class);
    }

    @AfterAll
    void rollBack() throws SQLException {
        if (connection != null) {
            connection.rollback();
            connection.close();
        }
    }

    @Test
    void pages_newest_or_oldest_first_are_read_in_index_order_within_the_clinic() throws SQLException {
        for (String order : List.of(NEWEST_FIRST, " order by a.published_at asc, a.id asc limit 21")) {
            JsonNode plan = ordered(DELIVERY + order, clinic);
            assertIndexOn(plan, "article", "clinic_id");
            assertNoSort(plan);
            // Of each translation group, only the best translation: the other members are found by group.
            assertIndexOn(plan, "article", "translation_group");
        }
    }

    @Test
    void a_page_with_syndicated_articles_reads_only_the_clinic_and_its_origins() throws SQLException {
        // ArticleEntity.deliveryQuery for a clinic with ACTIVE placements: the clinics named first (its own and the
        // origins of its placements), then which of the origins' articles are placed onto it.
        UUID origin = single("select id from ix_clinic where k = 2", UUID.class);
        JsonNode plan = explain(DELIVERY.replace("a.clinic_id = ?", """
                a.clinic_id in (?, ?) and (a.clinic_id = ? or (a.status = 'PUBLISHED' and exists
                (select 1 from syndication_placement p where p.target_clinic_id = ? and p.origin_clinic_id = a.clinic_id
                and p.translation_group = a.translation_group and p.state = 'ACTIVE')))""") + NEWEST_FIRST, origin,
                clinic, clinic, clinic);

        assertIndexOn(plan, "article", "clinic_id");
        assertThat(plan.toString()).as("the clinics' rows are found by the clinic index, not by status alone")
                .contains("ANY");
    }

    @Test
    void pages_in_title_order_are_read_in_index_order_within_the_clinic() throws SQLException {
        for (String direction : List.of("asc", "desc")) {
            JsonNode plan = ordered(DELIVERY + " order by coalesce(a.title, '') %1$s, a.id %1$s limit 21"
                    .formatted(direction), clinic);
            assertIndexOn(plan, "article", "clinic_id");
            assertNoSort(plan);
        }
    }

    @Test
    void the_next_page_after_a_cursor_continues_in_index_order() throws SQLException {
        JsonNode byTime = ordered(DELIVERY + " and (a.published_at < ? or (a.published_at = ? and a.id < ?))"
                + NEWEST_FIRST, clinic, hoursAgo(100), hoursAgo(100), clinic);
        JsonNode byTitle = ordered(DELIVERY + " and (coalesce(a.title, '') > ? or (coalesce(a.title, '') = ?"
                + " and a.id > ?)) order by coalesce(a.title, '') asc, a.id asc limit 21", clinic, "Title 5",
                "Title 5", clinic);

        for (JsonNode plan : List.of(byTime, byTitle)) {
            assertIndexOn(plan, "article", "clinic_id");
            assertNoSort(plan);
        }
    }

    @Test
    void publication_time_ranges_are_index_conditions() throws SQLException {
        JsonNode plan = explain(DELIVERY + " and a.published_at > ? and a.published_at < ?" + NEWEST_FIRST, clinic,
                hoursAgo(200), hoursAgo(100));

        assertIndexOn(plan, "article", "published_at");
    }

    @Test
    void the_locale_is_chosen_within_the_clinics_articles() throws SQLException {
        // The rank of a locale in the reader's chain is an expression no index serves; the clinic bounds what it
        // is computed for, and the default chain (the clinic's default locale) is the same statement.
        JsonNode plan = explain(DELIVERY.replace("'en-us'", "'es-us'").replace("'en'", "'es'").replace("'en-%", "'es-%")
                + NEWEST_FIRST, clinic);

        assertIndexOn(plan, "article", "clinic_id");
    }

    @Test
    void the_tag_filter_finds_the_articles_through_the_tag_index() throws SQLException {
        JsonNode plan = explain(DELIVERY + """
                and exists (select 1 from article x join article_tag g on x.id = g.article_id
                where x.id = a.id and g.tag = ?)""" + NEWEST_FIRST, clinic, "ix-tag-7");

        assertIndexOn(plan, "article_tag", "tag");
    }

    @Test
    void the_treatment_filter_finds_listed_and_indicated_treatments_through_indexes() throws SQLException {
        JsonNode plan = explain(DELIVERY + """
                and (exists (select 1 from article x join article_treatment xt on x.id = xt.article_id
                join treatment t on t.id = xt.treatment_id where x.id = a.id and t.slug = ?)
                or exists (select 1 from article x join article_indication xi on x.id = xi.article_id
                join indication i on i.id = xi.indication_id join treatment t on t.id = i.treatment_id
                where x.id = a.id and t.slug = ?))""" + NEWEST_FIRST, clinic, catalogSlug("treatment", 7),
                catalogSlug("treatment", 7));

        assertIndexOn(plan, "treatment", "slug");
        assertIndexOn(plan, "article_treatment", "treatment_id");
        assertIndexOn(plan, "indication", "treatment_id");
        assertIndexOn(plan, "article_indication", "indication_id");
    }

    @Test
    void the_indication_filter_finds_the_articles_through_indexes() throws SQLException {
        JsonNode plan = explain(DELIVERY + """
                and exists (select 1 from article x join article_indication xi on x.id = xi.article_id
                join indication i on i.id = xi.indication_id where x.id = a.id and i.slug = ?)""" + NEWEST_FIRST,
                clinic, catalogSlug("indication", 9));

        assertIndexOn(plan, "indication", "slug");
        assertIndexOn(plan, "article_indication", "indication_id");
    }

    @Test
    void the_condition_filter_finds_the_articles_through_indexes() throws SQLException {
        JsonNode plan = explain(DELIVERY + """
                and exists (select 1 from article x join article_indication xi on x.id = xi.article_id
                join indication i on i.id = xi.indication_id join condition c on c.id = i.condition_id
                where x.id = a.id and c.slug = ?)""" + NEWEST_FIRST, clinic, catalogSlug("condition", 9));

        assertIndexOn(plan, "condition", "slug");
        assertIndexOn(plan, "indication", "condition_id");
        assertIndexOn(plan, "article_indication", "indication_id");
    }

    @Test
    void the_author_filter_finds_the_author_and_the_clinics_articles_through_indexes() throws SQLException {
        String author = single("select slug from person p join ix_person x on x.id = p.id where x.k = 3",
                String.class);
        JsonNode plan = explain(DELIVERY + " and au.slug = ?" + NEWEST_FIRST, clinic, author);

        assertIndexOn(plan, "person", "slug");
        assertIndexOn(plan, "article", "clinic_id|author_id");
    }

    @Test
    void the_management_list_pages_by_status_locale_and_author_in_index_order() throws SQLException {
        String list = """
                select a.id from article a where a.clinic_id = ?
                and (a.updated_at < ? or (a.updated_at = ? and a.id < ?)) %s
                order by a.updated_at desc, a.id desc limit 21""";
        UUID author = single("select id from ix_person where k = 3", UUID.class);
        var now = hoursAgo(0);

        JsonNode all = ordered(list.formatted(""), clinic, now, now, clinic);
        JsonNode byStatus = ordered(list.formatted("and a.status = ?"), clinic, now, now, clinic, "DRAFT");
        JsonNode byLocale = ordered(list.formatted("and a.locale = ?"), clinic, now, now, clinic, "es-US");
        JsonNode byAuthor = explain(list.formatted("and a.author_id = ?"), clinic, now, now, clinic, author);

        assertIndexOn(all, "article", "clinic_id");
        assertNoSort(all);
        assertIndexOn(byStatus, "article", "status");
        assertNoSort(byStatus);
        assertIndexOn(byLocale, "article", "locale");
        assertNoSort(byLocale);
        assertIndexOn(byAuthor, "article", "author_id");
    }

    @Test
    void full_text_search_reads_the_clinics_own_and_syndicated_articles_through_indexes() throws SQLException {
        // ArticleSearch's statement: own articles and syndicated ones as two branches, each narrowed by an index
        // (the clinic's articles; the clinic's placements, then their articles), the text matched on those rows.
        JsonNode plan = explain("""
                select id, ts_rank(v, q) from (select a.id, a.search_vector v, x.q from article a,
                (select plainto_tsquery('english', ?) || plainto_tsquery('simple', ?) as q) x
                where a.clinic_id = ? and a.status in ('PUBLISHED') and a.search_vector @@ x.q
                union all select a.id, a.search_vector, x.q from syndication_placement p
                join article a on a.clinic_id = p.origin_clinic_id and a.translation_group = p.translation_group,
                (select plainto_tsquery('english', ?) || plainto_tsquery('simple', ?) as q) x
                where p.target_clinic_id = ? and p.state = 'ACTIVE' and a.status = 'PUBLISHED'
                and a.search_vector @@ x.q) m order by 2 desc, id limit 500""", "hyperhidrosis", "hyperhidrosis",
                clinic, "hyperhidrosis", "hyperhidrosis", clinic);

        assertIndexOn(plan, "article", "clinic_id");
        // The seed has no placements, so the plan of their branch says nothing: only the articles' side is judged.
    }

    @Test
    void indication_lists_filter_by_treatment_condition_and_status_through_indexes() throws SQLException {
        String list = """
                select i.id from indication i join treatment t on t.id = i.treatment_id
                join condition c on c.id = i.condition_id where i.slug > ? %s order by i.slug limit 21""";

        JsonNode byTreatment = explain(list.formatted("and t.slug = ?"), "", catalogSlug("treatment", 5));
        JsonNode byCondition = explain(list.formatted("and c.slug = ?"), "", catalogSlug("condition", 5));
        JsonNode byStatus = explain(list.formatted("""
                and exists (select 1 from indication x join indication_regulatory_status s on x.id = s.indication_id
                where x.id = i.id and s.status = ? and s.jurisdiction in ('US'))"""), "", "OFF_LABEL");

        assertIndexOn(byTreatment, "indication", "treatment_id");
        assertIndexOn(byCondition, "indication", "condition_id");
        assertIndexOn(byStatus, "indication_regulatory_status", "status|indication_id");
    }

    @Test
    void clinics_are_listed_and_found_by_slug_through_its_index() throws SQLException {
        JsonNode list = ordered("select c.id from clinic c where c.slug > ? order by c.slug limit 21", "ix-");
        JsonNode one = explain("select c.id from clinic c where c.slug = ?", "ix-" + clinic);

        assertIndexOn(list, "clinic", "slug");
        assertNoSort(list);
        assertIndexOn(one, "clinic", "slug");
    }

    @Test
    void the_changes_feed_reads_a_clinics_events_in_sequence_order() throws SQLException {
        JsonNode plan = ordered("""
                select e.id from content_event e where e.clinic_id = ? and e.sequence_number > ?
                order by e.sequence_number limit 101""", clinic, 100L);

        assertIndexOn(plan, "content_event", "sequence_number");
        assertNoSort(plan);
    }

    @Test
    void the_webhook_worker_finds_pending_deliveries_due_in_order() throws SQLException {
        var now = hoursAgo(0);
        JsonNode plan = ordered("""
                select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                where d.status = 'PENDING' and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until < ?)
                and s.status = 'ACTIVE' order by d.next_attempt_at limit 10""", now, now);

        assertIndexOn(plan, "webhook_delivery", "status");
        assertNoSort(plan);
    }

    @Test
    void articles_placed_on_a_clinic_are_found_by_their_target() throws SQLException {
        JsonNode plan = explain("""
                select p.id from syndication_placement p where p.target_clinic_id = ? and p.state = 'ACTIVE'
                and p.translation_group in (?, ?)""", clinic, UUID.randomUUID(), UUID.randomUUID());

        // The seed has no placements, so the plan of their branch says nothing: only the articles' side is judged.
    }

    /** The plan with sorting disabled as well, so a Sort in it means no index gives that order. */
    private JsonNode ordered(String sql, Object... parameters) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL enable_sort = off");
            try {
                return explain(sql, parameters);
            } finally {
                statement.execute("SET LOCAL enable_sort = on");
            }
        }
    }

    /** The root node of the statement's plan for these parameter values. */
    private JsonNode explain(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return Api.JSON.readTree(rs.getString(1)).get(0).get("Plan");
            } catch (IOException e) {
                throw new IllegalStateException("EXPLAIN (FORMAT JSON) returns JSON", e);
            }
        }
    }

    private <T> T single(String sql, Class<T> type) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1, type);
        }
    }

    /** The slug of the {@code k}th seeded treatment, condition or indication. */
    private String catalogSlug(String table, int k) throws SQLException {
        return single("select slug from %1$s where id = (select %1$s from ix_catalog where k = %2$d)"
                .formatted(table, k), String.class);
    }

    private static OffsetDateTime hoursAgo(int hours) {
        return OffsetDateTime.now().minusHours(hours);
    }

    /**
     * {@code table} is never scanned whole, and is read through an index whose condition names {@code columns} (a
     * regular expression of column names).
     */
    private static void assertIndexOn(JsonNode plan, String table, String columns) {
        Pattern column = Pattern.compile("\\b(" + columns + ")\\b");
        List<String> conditions = new ArrayList<>();
        List<String> seqScans = new ArrayList<>();
        collect(plan, table, conditions, seqScans);
        assertThat(seqScans).as("sequential scans of %s in %s", table, plan.toPrettyString()).isEmpty();
        assertThat(conditions).as("index conditions on %s naming %s in %s", table, columns, plan.toPrettyString())
                .anyMatch(c -> column.matcher(c).find());
    }

    /** There is no Sort node: an index gives the order. */
    private static void assertNoSort(JsonNode plan) {
        List<String> sorts = new ArrayList<>();
        sorts(plan, sorts);
        assertThat(sorts).as("sorts in %s", plan.toPrettyString()).isEmpty();
    }

    private static void collect(JsonNode node, String table, List<String> conditions, List<String> seqScans) {
        String type = node.path("Node Type").asText();
        if (table.equals(node.path("Relation Name").asText())) {
            switch (type) {
                case "Seq Scan" -> seqScans.add(node.toString());
                case "Index Scan", "Index Only Scan" -> conditions.add(node.path("Index Cond").asText());
                case "Bitmap Heap Scan" -> bitmapConditions(node, conditions);
                default -> {
                }
            }
        }
        node.path("Plans").forEach(child -> collect(child, table, conditions, seqScans));
    }

    /** The conditions of the index scans under a bitmap heap scan (through BitmapAnd and BitmapOr). */
    private static void bitmapConditions(JsonNode node, List<String> conditions) {
        node.path("Plans").forEach(child -> {
            if (child.path("Node Type").asText().equals("Bitmap Index Scan")) {
                conditions.add(child.path("Index Cond").asText());
            } else if (child.path("Node Type").asText().startsWith("Bitmap")) {
                bitmapConditions(child, conditions);
            }
        });
    }

    private static void sorts(JsonNode node, List<String> sorts) {
        if (node.path("Node Type").asText().endsWith("Sort")) {
            sorts.add(node.path("Sort Key").toString());
        }
        node.path("Plans").forEach(child -> sorts(child, sorts));
    }
}
