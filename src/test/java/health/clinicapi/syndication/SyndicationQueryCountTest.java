package health.clinicapi.syndication;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.DeliveredArticlePage;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * A delivered list of own and syndicated articles costs a fixed number of queries, not one per article; so do the
 * management lists of placements, rules and grants.
 */
@QuarkusTest
class SyndicationQueryCountTest {

    private static final int FEW = 2;
    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;

    @Inject
    EntityManagerFactory factory;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_page_of_own_and_syndicated_articles_needs_as_many_queries_for_twelve_articles_as_for_three() {
        String target = ClinicFixtures.create(uniqueSlug("syn-q-target")).slug();
        String first = ClinicFixtures.create(uniqueSlug("syn-q-a")).slug();
        String second = ClinicFixtures.create(uniqueSlug("syn-q-b")).slug();
        String reviewer = uniqueSlug("syn-q-r");
        CatalogFixtures.createPerson(reviewer, true);
        SyndicationFixtures.grant(first, target);
        SyndicationFixtures.grant(second, target);
        addArticles(target, first, second, reviewer);
        long few = statementsToList(target, 3);

        for (int i = 0; i < 3; i++) {
            addArticles(target, first, second, reviewer);
        }
        long many = statementsToList(target, 12);

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void the_placement_list_costs_as_many_statements_for_many_placements_as_for_few() {
        String target = ClinicFixtures.create(uniqueSlug("syn-q-pt")).slug();
        String reviewer = uniqueSlug("syn-q-pr");
        CatalogFixtures.createPerson(reviewer, true);
        placeFromOrigins(target, reviewer, FEW);
        long few = Statements.of(token -> assertThat(SyndicationFixtures.placements(target)).hasSize(FEW));
        placeFromOrigins(target, reviewer, MANY - FEW);
        long many = Statements.of(token -> assertThat(SyndicationFixtures.placements(target)).hasSize(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void the_rule_and_grant_lists_cost_as_many_statements_for_many_as_for_few() {
        String origin = ClinicFixtures.create(uniqueSlug("syn-q-ro")).slug();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            targets.add(ClinicFixtures.create(uniqueSlug("syn-q-rt")).slug());
            SyndicationFixtures.grant(origin, targets.get(i));
        }
        // Each rule with targets of its own.
        for (int i = 0; i < MANY; i++) {
            SyndicationFixtures.rule(origin, uniqueSlug("tag"), targets.get(i), targets.get((i + 1) % MANY));
        }
        long fewRules = Statements.of(token -> assertThat(rules(origin, FEW)).isEqualTo(FEW));
        long manyRules = Statements.of(token -> assertThat(rules(origin, MANY)).isEqualTo(MANY));
        // Grants are shared by every test, so a page of few and a page of many differ in their limit only.
        long fewGrants = Statements.of(token -> assertThat(grants(FEW)).isEqualTo(FEW));
        long manyGrants = Statements.of(token -> assertThat(grants(MANY)).isEqualTo(MANY));

        assertThat(fewRules).isPositive();
        assertThat(manyRules).isEqualTo(fewRules);
        assertThat(fewGrants).isPositive();
        assertThat(manyGrants).isEqualTo(fewGrants);
    }

    /** Places one published article of each of {@code count} new origins (granted) on the target. */
    private static void placeFromOrigins(String target, String reviewer, int count) {
        for (int i = 0; i < count; i++) {
            String origin = ClinicFixtures.create(uniqueSlug("syn-q-po")).slug();
            SyndicationFixtures.grant(origin, target);
            String slug = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("p"), reviewer))
                    .slug();
            SyndicationFixtures.place(target, origin, slug, null);
        }
    }

    private static int rules(String origin, int limit) {
        return Keys.asAdmin().queryParam("limit", limit).when().get(SyndicationFixtures.rulesPath(origin)).then()
                .statusCode(200).extract().as(SyndicationRulePage.class).items().size();
    }

    private static int grants(int limit) {
        return Keys.asAdmin().queryParam("limit", limit).when().get("/v1/manage/syndication-grants").then()
                .statusCode(200).extract().as(GrantPage.class).items().size();
    }

    /** One own article and one syndicated from each origin. */
    private static void addArticles(String target, String first, String second, String reviewer) {
        ArticleFixtures.published(target, ArticleFixtures.publishable(uniqueSlug("own"), reviewer));
        for (String origin : new String[]{first, second}) {
            String slug = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("syn"), reviewer))
                    .slug();
            SyndicationFixtures.place(target, origin, slug, null);
        }
    }

    /** Statements of one list request (least of three, so nothing running beside it counts). */
    private long statementsToList(String target, int expectedItems) {
        var statistics = factory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statistics.getPrepareStatementCount();
            // A URI of its own each time: a repeated one is a delivery-cache hit with no statement at all.
            DeliveredArticlePage page = given().queryParam("limit", 100).queryParam("format", "html")
                    .queryParam("attempt", expectedItems + "-" + i)
                    .queryParam("include", "author,reviewer,indications,disclaimers").when()
                    .get(deliveryPath(target)).then().statusCode(200).extract().as(DeliveredArticlePage.class);
            assertThat(page.items()).hasSize(expectedItems);
            least = Math.min(least, statistics.getPrepareStatementCount() - before);
        }
        return least;
    }
}
