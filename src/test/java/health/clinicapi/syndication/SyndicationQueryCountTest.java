package health.clinicapi.syndication;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A delivered list of own and syndicated articles costs a fixed number of queries, not one per article. */
@QuarkusTest
class SyndicationQueryCountTest {

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
