package health.clinicapi.common.problem;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Every failure that can reach a client comes out as the same RFC 9457 shape. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String CLINICS = "/v1/manage/clinics";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void returns_400_problem_for_malformed_json_with_its_position() {
        Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body("{\"slug\": \"a\",").when()
                .post(CLINICS).then(), ProblemType.MALFORMED_JSON);
        assertThat(problem.detail()).contains("line 1");
        assertThat(problem.instance()).isEqualTo(CLINICS);
    }

    @Test
    void returns_400_problem_for_a_body_that_is_not_an_object() {
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body("[1, 2]").when().post(CLINICS).then(),
                ProblemType.MALFORMED_JSON);
    }

    @Test
    void returns_400_problem_for_an_empty_body() {
        Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON).when().post(CLINICS).then(),
                ProblemType.VALIDATION_FAILED);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void returns_400_problem_naming_an_unknown_property() {
        Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body("{\"slug\": \"x\", \"isAdmin\": true}").when().post(CLINICS).then(),
                ProblemType.UNKNOWN_PROPERTY);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("isAdmin");
    }

    @Test
    void returns_400_problem_for_a_value_of_the_wrong_json_type() {
        Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body("{\"slug\": \"x\", \"locales\": \"en\"}").when().post(CLINICS).then(),
                ProblemType.INVALID_VALUE);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("locales");
    }

    @Test
    void returns_415_problem_for_a_body_that_is_not_json() {
        assertProblem(Keys.asAdmin().contentType("text/plain").body("slug=x").when().post(CLINICS).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void returns_404_problem_for_an_unknown_path_inside_and_outside_the_api() {
        assertProblem(given().when().get("/v1/no-such-thing").then(), ProblemType.NOT_FOUND);
        assertProblem(given().when().get("/definitely/not/here").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void returns_405_problem_with_allow_header_for_a_wrong_method() {
        var response = Keys.asAdmin().contentType(ContentType.JSON).body("{}").when().patch("/v1/clinics").then();
        assertProblem(response, ProblemType.METHOD_NOT_ALLOWED);
        response.header("Allow", "GET, HEAD, OPTIONS");

        var onItem = Keys.asAdmin().when().post(CLINICS + "/some-clinic").then();
        assertProblem(onItem, ProblemType.METHOD_NOT_ALLOWED);
        onItem.header("Allow", "DELETE, GET, HEAD, OPTIONS, PUT");
    }

    @Test
    void returns_413_problem_for_a_body_over_the_limit_and_stores_nothing() {
        String slug = ClinicFixtures.uniqueSlug("huge");
        String body = "{\"slug\": \"" + slug + "\", \"name\": \"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(body).when().post(CLINICS).then(),
                ProblemType.PAYLOAD_TOO_LARGE);
        assertProblem(Keys.asAdmin().when().get(CLINICS + "/" + slug).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void returns_503_problem_with_retry_after_when_the_service_asks_to_come_back_later() {
        var response = given().when().get("/test-only/failure/busy").then();
        assertProblem(response, ProblemType.SERVICE_UNAVAILABLE);
        response.header("Retry-After", "2");
    }

    @Test
    void returns_500_problem_with_error_id_and_no_internals() {
        var response = given().when().get("/test-only/failure").then();
        Problem problem = assertProblem(response, ProblemType.INTERNAL_ERROR);

        assertThat(problem.errorId()).matches("[0-9a-f-]{36}");
        String raw = response.extract().asString();
        assertThat(raw).doesNotContain("jdbc", "SELECT", "IllegalStateException", "health.clinicapi", "at ");
    }
}
