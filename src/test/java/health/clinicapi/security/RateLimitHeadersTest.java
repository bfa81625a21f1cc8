package health.clinicapi.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every /v1 response tells the client where it stands; operational endpoints are never limited. */
@QuarkusTest
class RateLimitHeadersTest {

    private static final String BOOTSTRAP = "Bearer cca_testboot_5pYq2tVnWk8RzL3xJd9HfM4bQa7CeGs6";

    @Test
    void adds_rate_limit_headers_to_delivery_responses() {
        Response response = given().when().get("/v1/clinics");

        response.then().statusCode(200);
        assertRateLimitHeaders(response);
    }

    @Test
    void adds_rate_limit_headers_to_management_responses() {
        Response response = given().header("Authorization", BOOTSTRAP).when().get("/v1/manage/clinics");

        response.then().statusCode(200);
        assertRateLimitHeaders(response);
    }

    @Test
    void adds_rate_limit_headers_to_not_found_problems_under_v1() {
        Response response = given().when().get("/v1/no-such-collection");

        response.then().statusCode(404);
        assertRateLimitHeaders(response);
    }

    @Test
    void does_not_limit_health_checks() {
        Response response = given().when().get("/q/health/live");

        response.then().statusCode(200);
        assertThat(response.headers().hasHeaderWithName(RateLimitFilter.LIMIT)).isFalse();
        assertThat(response.headers().hasHeaderWithName(RateLimitFilter.REMAINING)).isFalse();
    }

    private static void assertRateLimitHeaders(Response response) {
        // The test profile raises both limits to 100000 so the suite never trips them.
        assertThat(response.header(RateLimitFilter.LIMIT)).isEqualTo("100000");
        assertThat(Long.parseLong(response.header(RateLimitFilter.REMAINING))).isBetween(0L, 99_999L);
        assertThat(Long.parseLong(response.header(RateLimitFilter.RESET))).isNotNegative();
        assertThat(response.headers().hasHeaderWithName("Retry-After")).isFalse();
    }
}
