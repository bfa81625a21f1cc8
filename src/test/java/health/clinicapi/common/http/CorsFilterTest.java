package health.clinicapi.common.http;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;

/**
 * Which browsers may call the API cross-origin (any for delivery, the configured admin origin for management) and
 * which methods are refused before routing.
 */
@QuarkusTest
class CorsFilterTest {

    /** Listed in {@code %test.clinicapi.cors.management-origins}. */
    private static final String ADMIN = "https://admin.example";
    private static final String BOOTSTRAP = "Bearer cca_testboot_5pYq2tVnWk8RzL3xJd9HfM4bQa7CeGs6";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void answers_delivery_preflight_from_any_origin_with_204_and_only_safe_headers() {
        Response response = given().header("Origin", "https://some-clinic.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match, x-request-id, x-evil")
                .when().options("/v1/clinics");

        response.then().statusCode(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(response.header("Access-Control-Allow-Headers")).isEqualTo("If-None-Match, X-Request-Id");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(response.headers().hasHeaderWithName("Access-Control-Allow-Credentials")).isFalse();
        assertThat(response.headers().hasHeaderWithName("RateLimit-Limit")).as("preflights cost no tokens")
                .isFalse();
    }

    @Test
    void lets_any_origin_read_delivery_responses_and_their_headers() {
        Response response = given().header("Origin", "https://some-clinic.example").when().get("/v1/clinics");

        response.then().statusCode(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Expose-Headers").split(", ")).contains("ETag", "Link",
                "Last-Modified", "X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                "Retry-After", "Content-Language");
        assertThat(response.headers().hasHeaderWithName("Access-Control-Allow-Credentials")).isFalse();
    }

    @Test
    void marks_delivery_responses_cross_origin_readable_even_without_an_origin() {
        // A CDN may cache the answer to a request without Origin and serve it to a browser that sent one.
        given().when().get("/v1/clinics").then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void answers_management_preflight_from_a_configured_origin() {
        Response response = given().header("Origin", ADMIN).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .when().options("/v1/manage/clinics/some-clinic");

        response.then().statusCode(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
        assertThat(response.headers().getValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertThat(response.header("Access-Control-Allow-Methods").split(", ")).contains("GET", "POST", "PUT",
                "PATCH", "DELETE");
        assertThat(response.header("Access-Control-Allow-Headers").split(", ")).contains("Authorization",
                "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "X-Request-Id");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(response.headers().hasHeaderWithName("Access-Control-Allow-Credentials")).isFalse();
    }

    @Test
    void echoes_a_configured_origin_on_management_responses() {
        Response response = given().header("Origin", ADMIN).header("Authorization", BOOTSTRAP)
                .when().get("/v1/manage/clinics");

        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
        assertThat(response.header("Access-Control-Expose-Headers").split(", ")).contains("ETag", "Location",
                "RateLimit-Remaining", "Retry-After");
        assertThat(response.headers().getValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }

    @Test
    void refuses_management_preflight_from_another_origin_with_403_problem() {
        var response = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/v1/manage/clinics/some-clinic").then();

        assertProblem(response, ProblemType.FORBIDDEN);
        assertThat(response.extract().headers().hasHeaderWithName("Access-Control-Allow-Origin")).isFalse();
    }

    @Test
    void gives_no_cors_headers_to_management_requests_from_another_origin() {
        Response response = given().header("Origin", "https://evil.example").header("Authorization", BOOTSTRAP)
                .when().get("/v1/manage/clinics");

        assertThat(response.headers().hasHeaderWithName("Access-Control-Allow-Origin")).isFalse();
        assertThat(response.headers().hasHeaderWithName("Access-Control-Expose-Headers")).isFalse();
    }

    @Test
    void returns_405_problem_for_trace_on_delivery_with_allow_header() {
        var response = given().when().request("TRACE", "/v1/clinics").then();

        assertProblem(response, ProblemType.METHOD_NOT_ALLOWED);
        response.header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void returns_405_problem_for_trace_on_management_with_the_resource_methods() {
        var response = given().header("Authorization", BOOTSTRAP).when().request("TRACE", "/v1/manage/clinics")
                .then();

        assertProblem(response, ProblemType.METHOD_NOT_ALLOWED);
        assertThat(response.extract().header("Allow").split(", ")).contains("GET", "POST");
    }

    @Test
    void returns_405_problem_for_trace_everywhere_else() {
        for (String path : new String[]{"/q/health/live", "/nowhere"}) {
            var response = given().when().request("TRACE", path).then();

            assertProblem(response, ProblemType.METHOD_NOT_ALLOWED);
            assertThat(response.extract().header("Allow")).isNotBlank();
        }
    }
}
