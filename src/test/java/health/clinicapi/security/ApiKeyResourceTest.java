package health.clinicapi.security;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class ApiKeyResourceTest {

    private static final String KEYS = "/v1/manage/api-keys";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shows_the_secret_once_and_stores_only_its_hash() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("keys")).slug();
        String raw = Keys.asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"site build\", \"clinic\": \"" + clinic + "\", \"scopes\": [\"content:read\"]}")
                .when().post(KEYS).then().statusCode(201).header("Cache-Control", "no-store").extract().asString();
        NewApiKey created = read(raw, NewApiKey.class);

        assertThat(created.secret()).startsWith("cca_" + created.key().prefix() + "_").hasSize(4 + 12 + 1 + 43);
        assertThat(created.key().clinic()).isEqualTo(clinic);
        assertThat(created.key().scopes()).containsExactly(Scope.CONTENT_READ);
        assertThat(created.key().status()).isEqualTo(ApiKey.Status.ACTIVE);

        String single = Keys.asAdmin().when().get(KEYS + "/" + created.key().id()).then().statusCode(200).extract()
                .asString();
        String list = Keys.asAdmin().queryParam("clinic", clinic).when().get(KEYS).then().statusCode(200).extract()
                .asString();
        String hash = ApiKeySecrets.hash(created.secret());
        assertThat(List.of(single, list)).allSatisfy(body -> assertThat(body)
                .contains(created.key().prefix()).doesNotContain(created.secret()).doesNotContain(hash)
                .doesNotContain("secret"));
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> ApiKeyEntity.<ApiKeyEntity>findById(created.key().id()).secretHash);
        assertThat(stored).isEqualTo(hash).doesNotContain(created.secret());
    }

    @Test
    void authenticates_with_a_new_key_and_records_last_use() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("use")).slug();
        String key = Keys.create(clinic, "clinic:admin");

        Keys.as(key).when().get("/v1/manage/clinics/" + clinic).then().statusCode(200);

        ApiKey seen = read(Keys.as(key).queryParam("clinic", clinic).when().get(KEYS).then().statusCode(200)
                .extract().jsonPath().prettify(), KeyPage.class).items().get(0);
        assertThat(seen.lastUsedAt()).isNotNull();
    }

    @Test
    void answers_every_authentication_failure_with_the_same_401_problem() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("fail")).slug();
        String revoked = Keys.create(clinic, "clinic:admin");
        Keys.asAdmin().when().delete(KEYS + "/" + idOf(revoked)).then().statusCode(204);
        String expired = Keys.create(clinic, "clinic:admin");
        expire(idOf(expired));
        String wrongSecret = Keys.ADMIN.substring(0, Keys.ADMIN.length() - 4) + "AAAA";
        String unknown = ApiKeySecrets.generate();

        List<Problem> problems = new java.util.ArrayList<>();
        for (var request : List.of(given(), given().header("Authorization", "Bearer"),
                given().header("Authorization", "Basic dXNlcjpwYXNz"), given().auth().oauth2("not-a-key"),
                given().auth().oauth2(unknown), given().auth().oauth2(wrongSecret), given().auth().oauth2(revoked),
                given().auth().oauth2(expired))) {
            var response = request.when().get("/v1/manage/clinics/" + clinic).then()
                    .header("WWW-Authenticate", "Bearer realm=\"clinic-content-api\"");
            problems.add(assertProblem(response, ProblemType.UNAUTHORIZED));
        }

        assertThat(problems).allSatisfy(p -> assertThat(p).isEqualTo(problems.get(0)));
    }

    @Test
    void revoking_is_immediate_and_idempotent() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("revoke")).slug();
        String key = Keys.create(clinic, "clinic:admin");
        Keys.as(key).when().get("/v1/manage/clinics/" + clinic).then().statusCode(200);

        Keys.as(key).when().delete(KEYS + "/" + idOf(key)).then().statusCode(204);
        Keys.asAdmin().when().delete(KEYS + "/" + idOf(key)).then().statusCode(204);

        assertProblem(Keys.as(key).when().get("/v1/manage/clinics/" + clinic).then(), ProblemType.UNAUTHORIZED);
        ApiKey after = read(Keys.asAdmin().when().get(KEYS + "/" + idOf(key)).then().statusCode(200).extract()
                .asString(), ApiKey.class);
        assertThat(after.status()).isEqualTo(ApiKey.Status.REVOKED);
        assertThat(after.revokedAt()).isNotNull();
    }

    @Test
    void refuses_keys_in_the_query_string_even_on_public_paths() {
        for (String path : List.of("/v1/clinics", "/v1/manage/clinics")) {
            for (String parameter : List.of("api_key", "token", "anything")) {
                Problem problem = assertProblem(given().queryParam(parameter, Keys.ADMIN).when().get(path).then(),
                        ProblemType.BAD_REQUEST);
                assertThat(problem.detail()).contains("Authorization: Bearer");
            }
        }
    }

    @Test
    void a_clinic_admin_cannot_escalate() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("esc")).slug();
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("esc-other")).slug();
        String admin = Keys.create(clinic, "clinic:admin", "content:read");

        assertProblem(post(admin, "{\"name\": \"x\", \"clinic\": \"" + clinic + "\", \"scopes\": [\"content:write\"]}"),
                ProblemType.FORBIDDEN);
        assertProblem(post(admin, "{\"name\": \"x\", \"scopes\": [\"content:read\"]}"), ProblemType.FORBIDDEN);
        assertProblem(post(admin, "{\"name\": \"x\", \"clinic\": \"" + other + "\", \"scopes\": [\"content:read\"]}"),
                ProblemType.NOT_FOUND);
        post(admin, "{\"name\": \"x\", \"clinic\": \"" + clinic + "\", \"scopes\": [\"content:read\"]}")
                .statusCode(201);
    }

    @Test
    void network_admin_is_only_for_network_keys_and_scopes_must_be_known() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("na")).slug();

        for (String networkOnly : List.of("network:admin", "catalog:write")) {
            Problem problem = assertProblem(post(Keys.ADMIN,
                    "{\"name\": \"x\", \"clinic\": \"" + clinic + "\", \"scopes\": [\"" + networkOnly + "\"]}"),
                    ProblemType.VALIDATION_FAILED);
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("scopes");
        }

        Problem unknown = assertProblem(post(Keys.ADMIN, "{\"name\": \"x\", \"scopes\": [\"root\"]}"),
                ProblemType.INVALID_VALUE);
        assertThat(unknown.errors().get(0).message()).contains("unknown scope 'root'");

        Problem past = assertProblem(post(Keys.ADMIN,
                "{\"name\": \"x\", \"scopes\": [\"content:read\"], \"expiresAt\": \"2020-01-01T00:00:00Z\"}"),
                ProblemType.VALIDATION_FAILED);
        assertThat(past.errors()).extracting(Problem.FieldError::field).containsExactly("expiresAt");
    }

    @Test
    void a_clinic_key_sees_only_its_own_clinics_keys() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("own")).slug();
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("own-other")).slug();
        String mine = Keys.create(clinic, "clinic:admin");
        String theirs = Keys.create(other, "content:read");

        KeyPage page = read(Keys.as(mine).when().get(KEYS).then().statusCode(200).extract().asString(),
                KeyPage.class);

        assertThat(page.items()).isNotEmpty().allSatisfy(k -> assertThat(k.clinic()).isEqualTo(clinic));
        assertProblem(Keys.as(mine).when().get(KEYS + "/" + idOf(theirs)).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(mine).when().delete(KEYS + "/" + idOf(theirs)).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(mine).queryParam("clinic", other).when().get(KEYS).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void compares_secrets_in_constant_time_even_for_unknown_prefixes() {
        String key = ApiKeySecrets.generate();
        String hash = ApiKeySecrets.hash(key);

        assertThat(ApiKeySecrets.matches(key, hash)).isTrue();
        assertThat(ApiKeySecrets.matches(key, ApiKeySecrets.hash(ApiKeySecrets.generate()))).isFalse();
        // An unknown prefix still goes through a full comparison against a decoy, and never matches.
        assertThat(ApiKeySecrets.matches(key, null)).isFalse();
        assertThat(ApiKeySecrets.prefixOf(key)).hasValue(key.substring(4, 16));
        assertThat(ApiKeySecrets.prefixOf("cca_short_x")).isEmpty();
        assertThat(ApiKeySecrets.prefixOf(null)).isEmpty();
    }

    record KeyPage(List<ApiKey> items, String nextCursor) {
    }

    private static io.restassured.response.ValidatableResponse post(String key, String body) {
        return Keys.as(key).contentType(ContentType.JSON).body(body).when().post(KEYS).then();
    }

    private static UUID idOf(String key) {
        String prefix = ApiKeySecrets.prefixOf(key).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> ApiKeyEntity.findByPrefix(prefix).orElseThrow().id);
    }

    private static void expire(UUID id) {
        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
        QuarkusTransaction.requiringNew().run(() -> ApiKeyEntity.update("expiresAt = ?1 where id = ?2", past, id));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Api.JSON.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
