package health.clinicapi.common.idempotency;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import health.clinicapi.clinic.Clinic;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Retrying a POST with the same Idempotency-Key never creates a second resource. */
@QuarkusTest
class IdempotencyTest {

    private static final String CLINICS = "/v1/manage/clinics";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void replays_the_first_response_for_the_same_key_and_body() {
        String key = UUID.randomUUID().toString();
        ClinicInput input = ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem"));

        Response first = post(Keys.ADMIN, key, input);
        Response retry = post(Keys.ADMIN, key, input);

        first.then().statusCode(201);
        assertThat(first.header(Idempotency.REPLAYED)).isNull();
        retry.then().statusCode(201).header(Idempotency.REPLAYED, "true").header("ETag", first.header("ETag"))
                .header("Location", first.header("Location"));
        assertThat(retry.as(Clinic.class)).isEqualTo(first.as(Clinic.class));
        Keys.asAdmin().when().get(CLINICS + "/" + input.slug()).then().statusCode(200);
    }

    @Test
    void refuses_the_same_key_with_a_different_body_with_422_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        ClinicInput first = ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem-a"));
        ClinicInput other = ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem-b"));
        post(Keys.ADMIN, key, first).then().statusCode(201);

        assertProblem(post(Keys.ADMIN, key, other).then(), ProblemType.UNPROCESSABLE);

        assertProblem(Keys.asAdmin().when().get(CLINICS + "/" + other.slug()).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void stores_nothing_for_a_failed_request_so_a_corrected_retry_succeeds() {
        String key = UUID.randomUUID().toString();
        ClinicInput good = ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem-fix"));
        ClinicInput bad = new ClinicInput(good.slug(), good.name(), good.baseUrl(), good.articlePathTemplate(),
                good.locales(), "xx-XX", good.jurisdiction(), good.contact(), good.variables(), good.allowedOrigins());

        assertProblem(post(Keys.ADMIN, key, bad).then(), ProblemType.VALIDATION_FAILED);
        Response retry = post(Keys.ADMIN, key, good);

        retry.then().statusCode(201);
        assertThat(retry.header(Idempotency.REPLAYED)).isNull();
    }

    @Test
    void scopes_keys_to_the_api_key_that_sent_them() {
        String key = UUID.randomUUID().toString();
        String otherAdmin = Keys.create(null, "network:admin");
        post(Keys.ADMIN, key, ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem-1"))).then().statusCode(201);

        Response other = post(otherAdmin, key, ClinicFixtures.input(ClinicFixtures.uniqueSlug("idem-2")));

        other.then().statusCode(201);
        assertThat(other.header(Idempotency.REPLAYED)).isNull();
    }

    @Test
    void refuses_a_malformed_key() {
        var problem = assertProblem(post(Keys.ADMIN, "has spaces in it", ClinicFixtures.input(
                ClinicFixtures.uniqueSlug("idem-bad"))).then(), ProblemType.VALIDATION_FAILED);
        assertThat(problem.errors()).extracting(e -> e.field()).containsExactly("Idempotency-Key");
    }

    private static Response post(String apiKey, String idempotencyKey, ClinicInput body) {
        return Keys.as(apiKey).contentType(ContentType.JSON).header(Idempotency.HEADER, idempotencyKey).body(body)
                .when().post(CLINICS);
    }
}
