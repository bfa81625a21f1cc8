package health.clinicapi.event;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Statements;

/** A page of the changes feed costs as many SQL statements for many events as for few (issue 7, item 6). */
@QuarkusTest
class ChangesQueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_page_costs_as_many_statements_for_many_events_as_for_few() {
        String clinic = ClinicFixtures.create(uniqueSlug("chq")).slug();
        CatalogFixtures.createPerson(clinic + "-r", true);
        // At least one event each: more than a page of MANY after the first.
        for (int i = 0; i <= MANY; i++) {
            ArticleFixtures.published(clinic, ArticleFixtures.publishable(uniqueSlug("chq-a"), clinic + "-r"));
        }
        String since = ChangesFixtures.page(clinic, null, 1).nextToken();

        // Polled from the first event on, so that reading the token is part of what is counted.
        long few = Statements.of(token -> assertThat(poll(clinic, since, token, FEW)).isEqualTo(FEW));
        long many = Statements.of(token -> assertThat(poll(clinic, since, token, MANY)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /** How many changes one poll returns; the feed is never cached, the token only names the attempt. */
    private static int poll(String clinic, String since, String token, int limit) {
        return given().queryParam("since", since).queryParam("limit", limit).queryParam("attempt", token).when()
                .get(ChangesFixtures.path(clinic)).then().statusCode(200).extract().as(ChangesPage.class).items()
                .size();
    }
}
