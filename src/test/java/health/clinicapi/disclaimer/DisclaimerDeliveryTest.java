package health.clinicapi.disclaimer;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;

/** A clinic's site reads its disclaimers publicly: its overrides first, in the reader's locale, the version in effect. */
@QuarkusTest
class DisclaimerDeliveryTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_clinic_sees_its_override_another_clinic_the_network_default() {
        String key = DisclaimerFixtures.uniqueKey("dd");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US", "Network title", null));
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "es-US", "Título de la red", null));
        String own = ClinicFixtures.create(uniqueSlug("dd-own")).slug();
        String plain = ClinicFixtures.create(uniqueSlug("dd-plain")).slug();
        DisclaimerFixtures.create(own, DisclaimerFixtures.input(key, "en-US", "Clinic title", null));
        // A version not yet in effect is not delivered.
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(DisclaimerFixtures.uniqueKey("dd-future"), "en-US",
                "Later", Instant.now().plus(30, ChronoUnit.DAYS)));

        given().when().get("/v1/clinics/" + own + "/disclaimers/" + key).then().statusCode(200)
                .body("title", equalTo("Clinic title")).body("source", equalTo("CLINIC"))
                .header("Surrogate-Key", containsString("disclaimer:" + key))
                .header("Cache-Control", containsString("public"));
        given().when().get("/v1/clinics/" + plain + "/disclaimers/" + key).then().statusCode(200)
                .body("title", equalTo("Network title")).body("source", equalTo("NETWORK"));
        given().when().get("/v1/clinics/" + plain + "/disclaimers/" + key + "?locale=es-MX").then().statusCode(200)
                .body("title", equalTo("Título de la red")).body("locale", equalTo("es-US"));

        JsonPath list = given().when().get("/v1/clinics/" + own + "/disclaimers").then().statusCode(200).extract()
                .jsonPath();
        List<String> keys = list.getList("items.key", String.class);
        assertThat(keys).contains(key).isSorted().doesNotHaveDuplicates();
        assertThat(list.getString("items.find { it.key == '" + key + "' }.title")).isEqualTo("Clinic title");
        assertThat(keys).noneMatch(k -> k.startsWith("dd-future"));

        String etag = given().when().get("/v1/clinics/" + own + "/disclaimers").header("ETag");
        given().header("If-None-Match", etag).when().get("/v1/clinics/" + own + "/disclaimers").then()
                .statusCode(304);
        assertProblem(given().when().get("/v1/clinics/" + own + "/disclaimers/no-such-key").then(),
                ProblemType.NOT_FOUND);
        assertProblem(given().when().get("/v1/clinics/no-such-clinic-q/disclaimers").then(), ProblemType.NOT_FOUND);
    }
}
