package health.clinicapi.person;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/** The people list costs as many SQL statements for a page of many people as for a page of few (issue 7, item 6). */
@QuarkusTest
class PersonQueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void costs_as_many_statements_for_many_people_as_for_few() {
        for (int i = 0; i < MANY; i++) {
            CatalogFixtures.createPerson(uniqueSlug("pq"), i % 2 == 0);
        }
        // People are shared by every test, so a page of few and a page of many differ in their limit only.
        long few = Statements.of(token -> assertThat(people(FEW)).isEqualTo(FEW));
        long many = Statements.of(token -> assertThat(people(MANY)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    private static int people(int limit) {
        return Keys.asAdmin().queryParam("limit", limit).when().get("/v1/manage/people").then().statusCode(200)
                .extract().as(PersonPage.class).items().size();
    }
}
