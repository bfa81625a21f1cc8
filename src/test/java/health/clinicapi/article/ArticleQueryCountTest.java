package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerRuleInput;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * Delivered article lists, search results and single articles cost as many SQL statements for many articles (or
 * many related resources of one article) as for few: nothing is queried per item (issue 7, item 6).
 */
@QuarkusTest
class ArticleQueryCountTest {

    private static final int FEW = 2;
    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;
    private static final String EVERY_INCLUDE = "author,reviewer,treatments,indications,disclaimers";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_page_with_every_include_costs_as_many_statements_for_many_articles_as_for_few() {
        String clinic = ClinicFixtures.create(uniqueSlug("aq-list")).slug();
        String key = disclaimer(clinic);
        addArticles(clinic, key, FEW);
        long few = Statements.of(token -> assertThat(list(clinic, token, null)).hasSize(FEW));
        addArticles(clinic, key, MANY - FEW);
        long many = Statements.of(token -> assertThat(list(clinic, token, null)).hasSize(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void search_results_with_every_include_cost_as_many_statements_for_many_matches_as_for_few() {
        String clinic = ClinicFixtures.create(uniqueSlug("aq-search")).slug();
        String key = disclaimer(clinic);
        addArticles(clinic, key, FEW);
        long few = Statements.of(token -> assertThat(list(clinic, token, "sweating")).hasSize(FEW));
        addArticles(clinic, key, MANY - FEW);
        long many = Statements.of(token -> assertThat(list(clinic, token, "sweating")).hasSize(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void an_article_with_every_include_costs_as_many_statements_with_many_related_resources_as_with_one() {
        String prefix = uniqueSlug("aq-one");
        String clinic = ClinicFixtures.create(prefix).slug();
        String key = disclaimer(clinic);
        CatalogFixtures.createPerson(prefix + "-r", true);
        String one = ArticleFixtures.publishedRelatedTo(clinic, prefix + "-r", key, 1);
        String many = ArticleFixtures.publishedRelatedTo(clinic, prefix + "-r", key, MANY);

        long withOne = Statements.of(token -> assertThat(get(clinic, one, token).tags()).hasSize(1));
        long withMany = Statements.of(token -> assertThat(get(clinic, many, token).tags()).hasSize(MANY));

        assertThat(withOne).isPositive();
        assertThat(withMany).isEqualTo(withOne);
    }

    @Test
    void a_page_of_cards_costs_no_more_statements_than_a_page_of_whole_articles_and_leaves_the_body_unread() {
        String clinic = ClinicFixtures.create(uniqueSlug("aq-cards")).slug();
        addArticles(clinic, disclaimer(clinic), FEW);
        long whole = Statements.of(token -> assertThat(given().queryParam("attempt", token).when()
                .get(deliveryPath(clinic)).then().statusCode(200).extract().as(DeliveredArticlePage.class).items())
                .hasSize(FEW).allSatisfy(a -> assertThat(a.body()).isNotEmpty()));
        long cards = Statements.of(token -> assertThat(given().queryParam("attempt", token)
                .queryParam("fields", "slug,title,excerpt").when().get(deliveryPath(clinic)).then().statusCode(200)
                .extract().as(DeliveredArticlePage.class).items()).hasSize(FEW).allSatisfy(a -> {
                    assertThat(a.title()).isNotBlank();
                    assertThat(a.body()).isNull();
                    assertThat(a.translations()).isNull();
                }));

        // Cards skip the translations query (whole articles list every translation for hreflang links).
        assertThat(cards).isPositive().isLessThan(whole);
    }

    @Test
    void the_management_list_costs_as_many_statements_for_many_articles_as_for_few() {
        String clinic = ClinicFixtures.create(uniqueSlug("aq-manage")).slug();
        addArticles(clinic, null, FEW);
        long few = Statements.of(token -> assertThat(managed(clinic)).hasSize(FEW));
        addArticles(clinic, null, MANY - FEW);
        long many = Statements.of(token -> assertThat(managed(clinic)).hasSize(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /**
     * A network disclaimer that articles place with a disclaimer block, and that a rule requires of every article
     * tagged with the clinic's slug.
     */
    private static String disclaimer(String clinic) {
        String key = DisclaimerFixtures.uniqueKey("aq-d");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        DisclaimerFixtures.createRule(new DisclaimerRuleInput(key, key, Set.of(ContentType.ARTICLE), RuleCondition.TAG,
                null, clinic, 10, true));
        return key;
    }

    private static void addArticles(String clinic, String disclaimerKey, int count) {
        for (int i = 0; i < count; i++) {
            ArticleFixtures.publishedWithOwnRelations(clinic, disclaimerKey);
        }
    }

    /** Every delivered article (or every match of {@code q}), everything embedded, the body rendered as HTML. */
    private static List<DeliveredArticle> list(String clinic, String token, String q) {
        var request = given().queryParam("limit", 100).queryParam("include", EVERY_INCLUDE)
                .queryParam("format", "html").queryParam("attempt", token);
        if (q != null) {
            request = request.queryParam("q", q);
        }
        DeliveredArticlePage page = request.when().get(deliveryPath(clinic)).then().statusCode(200).extract()
                .as(DeliveredArticlePage.class);
        assertThat(page.included().people()).hasSameSizeAs(page.items());
        assertThat(page.included().indications()).hasSameSizeAs(page.items());
        assertThat(page.included().disclaimers()).isNotEmpty();
        return page.items();
    }

    /** Every article of the clinic as the management API lists it (never cached). */
    private static List<Article> managed(String clinic) {
        return Keys.asAdmin().queryParam("limit", 100).when().get(ArticleFixtures.path(clinic)).then().statusCode(200)
                .extract().as(ArticlePage.class).items();
    }

    private static DeliveredArticle get(String clinic, String slug, String token) {
        return given().queryParam("include", EVERY_INCLUDE).queryParam("format", "html,plaintext,markdown")
                .queryParam("attempt", token).when().get(deliveryPath(clinic) + "/" + slug).then().statusCode(200)
                .extract().as(DeliveredArticle.class);
    }
}
