package health.clinicapi.security;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * The API key list costs as many SQL statements for a page of many keys, each of a clinic of its own, as for a page
 * of few (issue 7, item 6).
 */
@QuarkusTest
class ApiKeyQueryCountTest {

    private static final int FEW = 2;
    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void costs_as_many_statements_for_many_keys_as_for_few() {
        for (int i = 0; i < MANY; i++) {
            Keys.create(ClinicFixtures.create(uniqueSlug("kq")).slug(), "content:read");
        }
        // Newest first: both pages are keys just made, each of its own clinic.
        long few = Statements.of(token -> assertThat(keys(FEW)).isEqualTo(FEW));
        long many = Statements.of(token -> assertThat(keys(MANY)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    private static int keys(int limit) {
        return Keys.asAdmin().queryParam("limit", limit).when().get("/v1/manage/api-keys").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}
