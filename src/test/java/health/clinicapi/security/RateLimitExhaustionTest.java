package health.clinicapi.security;

import static health.clinicapi.clinic.ClinicFixtures.input;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.security.RateLimitTightProfile.MANAGEMENT_LIMIT;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;

/**
 * What happens when a bucket runs dry. Each test uses its own random, well-formed keys (so its own buckets); they
 * need not be valid keys, because the limit is decided before authentication: assertions are on the rate-limit
 * headers and 429s, never on what the resource would have answered.
 */
@QuarkusTest
@TestProfile(RateLimitTightProfile.class)
class RateLimitExhaustionTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void counts_down_remaining_requests_of_a_key() {
        String key = randomKey();

        for (int i = 1; i <= MANAGEMENT_LIMIT; i++) {
            Response response = manage(key);
            assertThat(response.header(RateLimitFilter.LIMIT)).isEqualTo(Integer.toString(MANAGEMENT_LIMIT));
            assertThat(response.header(RateLimitFilter.REMAINING)).isEqualTo(Integer.toString(MANAGEMENT_LIMIT - i));
            assertThat(response.statusCode()).isNotEqualTo(429);
        }
    }

    @Test
    void returns_429_problem_with_retry_after_when_the_bucket_is_empty() {
        String key = exhaustedKey();

        Response refused = manage(key);

        assertProblem(refused.then(), ProblemType.TOO_MANY_REQUESTS);
        assertThat(refused.header(RateLimitFilter.LIMIT)).isEqualTo(Integer.toString(MANAGEMENT_LIMIT));
        assertThat(refused.header(RateLimitFilter.REMAINING)).isEqualTo("0");
        // 3 tokens an hour: the next one is at most 20 minutes away, a full bucket at most an hour.
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 1200L);
        assertThat(Long.parseLong(refused.header(RateLimitFilter.RESET))).isBetween(retryAfter, 3600L);
        assertThat(refused.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void keeps_a_separate_bucket_per_api_key() {
        exhaustedKey();
        String other = randomKey();

        Response response = manage(other);

        assertThat(response.statusCode()).isNotEqualTo(429);
        assertThat(response.header(RateLimitFilter.REMAINING)).isEqualTo(Integer.toString(MANAGEMENT_LIMIT - 1));
    }

    @Test
    void refuses_before_the_request_reaches_the_resource() {
        String bootstrap = "Bearer cca_testboot_5pYq2tVnWk8RzL3xJd9HfM4bQa7CeGs6";
        for (int i = 0; i < MANAGEMENT_LIMIT; i++) {
            given().header("Authorization", bootstrap).when().get("/v1/manage/clinics");
        }
        String slug = uniqueSlug("limited");

        assertProblem(given().header("Authorization", bootstrap).contentType(ContentType.JSON).body(input(slug))
                .when().post("/v1/manage/clinics").then(), ProblemType.TOO_MANY_REQUESTS);

        assertProblem(given().when().get("/v1/clinics/" + slug).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void counts_requests_without_a_well_formed_key_per_client_address() {
        // The only test in this profile that draws on the address bucket of management.
        Response first = given().header("Authorization", "Bearer not-a-key").when().get("/v1/manage/clinics");
        Response second = given().header("Authorization", "Bearer another-non-key").when().get("/v1/manage/clinics");

        assertThat(Long.parseLong(second.header(RateLimitFilter.REMAINING)))
                .isEqualTo(Long.parseLong(first.header(RateLimitFilter.REMAINING)) - 1);
    }

    @Test
    void leaves_delivery_to_its_own_limit() {
        exhaustedKey();

        Response response = given().when().get("/v1/clinics");

        response.then().statusCode(200);
        assertThat(response.header(RateLimitFilter.LIMIT)).isEqualTo("100000");
    }

    private static String exhaustedKey() {
        String key = randomKey();
        for (int i = 0; i < MANAGEMENT_LIMIT; i++) {
            assertThat(manage(key).statusCode()).isNotEqualTo(429);
        }
        return key;
    }

    private static Response manage(String key) {
        return given().header("Authorization", key).when().get("/v1/manage/clinics");
    }

    /** A well-formed key ({@code cca_<12 letters/digits>_<43 base64url>}) that is almost surely not a real one. */
    private static String randomKey() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            prefix.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "Bearer cca_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
