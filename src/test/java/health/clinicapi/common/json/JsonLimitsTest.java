package health.clinicapi.common.json;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import health.clinicapi.common.problem.ProblemType;

/** Hostile JSON (deep nesting, huge strings and numbers) is refused with a problem before it costs much. */
@QuarkusTest
class JsonLimitsTest {

    /** Valid in the test profile; management may require a key, and the limits must be what answers. */
    private static final String BOOTSTRAP = "Bearer cca_testboot_5pYq2tVnWk8RzL3xJd9HfM4bQa7CeGs6";

    @Inject
    ObjectMapper json;

    @Test
    void applies_the_configured_limits_to_the_application_object_mapper() {
        StreamReadConstraints constraints = json.getFactory().streamReadConstraints();

        assertThat(constraints.getMaxNestingDepth()).isEqualTo(64);
        assertThat(constraints.getMaxStringLength()).isEqualTo(1_000_000);
        assertThat(constraints.getMaxNumberLength()).isEqualTo(100);
        assertThat(constraints.getMaxDocumentLength()).isEqualTo(1024 * 1024);
    }

    @Test
    void returns_400_problem_for_a_body_nested_1000_levels_deep() {
        String body = "{\"items\": " + "[".repeat(1000) + "]".repeat(1000) + "}";

        assertProblem(echo(body), ProblemType.MALFORMED_JSON);
    }

    @Test
    void returns_400_problem_one_level_past_the_limit_of_64_but_accepts_64() {
        // Jackson's own default is 1000 levels, so this tells our limit from the library's.
        assertProblem(echo("{\"items\": " + "[".repeat(64) + "]".repeat(64) + "}"), ProblemType.MALFORMED_JSON);
        echo("{\"items\": " + "[".repeat(63) + "]".repeat(63) + "}").statusCode(204);
    }

    @Test
    void returns_400_problem_for_a_clinic_nested_1000_levels_deep() {
        String body = "{\"slug\": " + "[".repeat(1000) + "]".repeat(1000) + "}";

        // A typed record stops at the first token of the wrong type (an array where the slug string belongs), two
        // levels down: deep nesting costs nothing there, and the answer is that field's problem.
        assertProblem(post(body), ProblemType.INVALID_VALUE);
    }

    @Test
    void returns_400_problem_for_a_string_longer_than_a_million_characters() {
        String body = "{\"slug\": \"" + "a".repeat(1_000_001) + "\"}";

        assertProblem(post(body), ProblemType.MALFORMED_JSON);
    }

    @Test
    void returns_400_problem_for_a_number_longer_than_100_digits() {
        String body = "{\"slug\": " + "1".repeat(101) + "}";

        assertProblem(post(body), ProblemType.MALFORMED_JSON);
    }

    private static ValidatableResponse post(String body) {
        return given().header("Authorization", BOOTSTRAP).contentType(ContentType.JSON).body(body)
                .when().post("/v1/manage/clinics").then();
    }

    private static ValidatableResponse echo(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(EchoResource.PATH).then();
    }

    /**
     * Exists only in tests: accepts any JSON, as future endpoints with free-form content will, so the parser itself
     * must walk the nesting (a typed record gives up at the first unexpected token).
     */
    @Path(EchoResource.PATH)
    @PermitAll
    public static class EchoResource {

        static final String PATH = "/test-only/json";

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(hidden = true)
        public void accept(JsonNode body) {
            // parsing is the test
        }
    }
}
