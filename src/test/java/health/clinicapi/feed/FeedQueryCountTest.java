package health.clinicapi.feed;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Statements;

/**
 * Feeds and the sitemap cost as many SQL statements for many articles as for few, each article with an author, an
 * indication and a treatment of its own: nothing is queried per entry (issue 7, item 6). The sitemap reads delivery
 * 100 articles at a time, so beyond 100 it costs one more page of statements per 100 articles and locale.
 */
@QuarkusTest
class FeedQueryCountTest {

    private static final int FEW = 2;
    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed.json", "feed.atom", "feed.rss", "sitemap.xml"})
    void costs_as_many_statements_for_many_articles_as_for_few(String file) {
        String clinic = ClinicFixtures.create(uniqueSlug("fq")).slug();
        addArticles(clinic, FEW);
        long few = Statements.of(token -> assertThat(entries(clinic, file, token)).isEqualTo(FEW));
        addArticles(clinic, MANY - FEW);
        long many = Statements.of(token -> assertThat(entries(clinic, file, token)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    private static void addArticles(String clinic, int count) {
        for (int i = 0; i < count; i++) {
            ArticleFixtures.publishedWithOwnRelations(clinic, null);
        }
    }

    /** How many articles the feed or sitemap lists. */
    private static int entries(String clinic, String file, String token) {
        var request = given().queryParam("attempt", token);
        if (!file.equals("sitemap.xml")) {
            request = request.queryParam("limit", 100);
        }
        Response response = request.when().get("/v1/clinics/" + clinic + "/" + file).then().statusCode(200)
                .extract().response();
        if (file.equals("feed.json")) {
            return response.as(JsonFeed.class).items().size();
        }
        Document xml = FeedFixtures.parse(response.asByteArray());
        return switch (file) {
            case "feed.atom" -> xml.getElementsByTagNameNS(FeedFixtures.ATOM, "entry").getLength();
            case "feed.rss" -> xml.getElementsByTagName("item").getLength();
            default -> xml.getElementsByTagNameNS(FeedFixtures.SITEMAP, "url").getLength();
        };
    }
}
