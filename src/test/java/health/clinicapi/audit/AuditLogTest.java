package health.clinicapi.audit;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.clinic.Clinic;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class AuditLogTest {

    private static final String AUDIT = "/v1/manage/audit-entries";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void records_who_changed_what_with_versions_and_request_id() {
        Instant start = Instant.now().minusSeconds(1);
        Clinic clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("audited"));
        String key = Keys.create(clinic.slug(), "clinic:admin");
        UUID keyId = keyIdOf(key, clinic.slug());
        Keys.as(key).contentType(ContentType.JSON).header("If-Match", "\"0\"").header("X-Request-Id", "audit-req-1")
                .body(ClinicFixtures.input(clinic.slug())).when().put("/v1/manage/clinics/" + clinic.slug())
                .then().statusCode(200);
        Keys.asAdmin().header("If-Match", "\"1\"").when().delete("/v1/manage/clinics/" + clinic.slug())
                .then().statusCode(204);

        List<AuditEntry> entries = page(Keys.asAdmin().queryParam("resource", "clinic")
                .queryParam("from", start.toString()).queryParam("limit", 100)).stream()
                .filter(e -> e.resourceId().equals(clinic.id())).toList();

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETED, AuditAction.UPDATED, AuditAction.CREATED);
        AuditEntry update = entries.get(1);
        assertThat(update.actorKeyId()).isEqualTo(keyId);
        assertThat(update.actorName()).isEqualTo("test key");
        assertThat(update.clinicId()).isEqualTo(clinic.id());
        assertThat(update.versionBefore()).isZero();
        assertThat(update.versionAfter()).isEqualTo(1);
        assertThat(update.requestId()).isEqualTo("audit-req-1");
        assertThat(entries.get(0).versionBefore()).isEqualTo(1);
        assertThat(entries.get(0).versionAfter()).isNull();
        assertThat(entries.get(2).versionBefore()).isNull();
    }

    @Test
    void filters_by_key_and_keeps_a_clinic_key_to_its_own_clinic() {
        Clinic mine = ClinicFixtures.create(ClinicFixtures.uniqueSlug("aud-mine"));
        Clinic other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("aud-other"));
        String key = Keys.create(mine.slug(), "clinic:admin");
        UUID keyId = keyIdOf(key, mine.slug());
        Keys.as(key).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(ClinicFixtures.input(mine.slug())).when().put("/v1/manage/clinics/" + mine.slug())
                .then().statusCode(200);

        List<AuditEntry> byKey = page(Keys.asAdmin().queryParam("key", keyId.toString()));
        assertThat(byKey).singleElement().satisfies(e -> assertThat(e.resourceId()).isEqualTo(mine.id()));

        List<AuditEntry> seenByClinic = page(Keys.as(key).queryParam("limit", 100));
        assertThat(seenByClinic).isNotEmpty().allSatisfy(e -> assertThat(e.clinicId()).isEqualTo(mine.id()));
        assertProblem(Keys.as(key).queryParam("clinic", other.slug()).when().get(AUDIT).then(),
                ProblemType.NOT_FOUND);
    }

    @Test
    void cannot_be_changed_through_the_api() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body("{}").when().request(method, AUDIT).then(),
                    ProblemType.METHOD_NOT_ALLOWED);
        }
    }

    @Test
    void refuses_malformed_filters_with_400() {
        assertProblem(Keys.asAdmin().queryParam("from", "yesterday").when().get(AUDIT).then(),
                ProblemType.VALIDATION_FAILED);
        assertProblem(Keys.asAdmin().queryParam("key", "not-a-uuid").when().get(AUDIT).then(),
                ProblemType.VALIDATION_FAILED);
        assertProblem(Keys.asAdmin().queryParam("cursor", "Zm9vCmJhcg").when().get(AUDIT).then(),
                ProblemType.INVALID_CURSOR);
    }

    record EntryPage(List<AuditEntry> items, String nextCursor) {
    }

    private static List<AuditEntry> page(io.restassured.specification.RequestSpecification request) {
        return request.when().get(AUDIT).then().statusCode(200).extract().as(EntryPage.class).items();
    }

    private static UUID keyIdOf(String key, String clinic) {
        String prefix = key.substring(4, 16);
        return Keys.asAdmin().queryParam("clinic", clinic).when().get("/v1/manage/api-keys").then().statusCode(200)
                .extract().jsonPath().getList("items", java.util.Map.class).stream()
                .filter(k -> prefix.equals(k.get("prefix"))).map(k -> UUID.fromString((String) k.get("id")))
                .findFirst().orElseThrow();
    }
}
