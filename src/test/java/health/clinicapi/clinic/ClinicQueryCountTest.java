package health.clinicapi.clinic;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/** The clinic lists cost as many SQL statements for a page of many clinics as for a page of few (issue 7, item 6). */
@QuarkusTest
class ClinicQueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/clinics", "/v1/manage/clinics"})
    void costs_as_many_statements_for_many_clinics_as_for_few(String path) {
        for (int i = 0; i < MANY; i++) {
            ClinicFixtures.create(uniqueSlug("cl-q"));
        }
        // Clinics are shared by every test, so a page of few and a page of many differ in their limit only.
        long few = Statements.of(token -> assertThat(clinics(path, token, FEW)).isEqualTo(FEW));
        long many = Statements.of(token -> assertThat(clinics(path, token, MANY)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /** How many clinics a page of {@code limit} has; the token keeps delivery's cache out of the way. */
    private static int clinics(String path, String token, int limit) {
        RequestSpecification request = path.startsWith("/v1/manage") ? Keys.asAdmin() : given();
        return request.queryParam("limit", limit).queryParam("attempt", token).when().get(path).then()
                .statusCode(200).extract().as(ClinicPage.class).items().size();
    }
}
