package health.clinicapi.disclaimer;

import static health.clinicapi.disclaimer.DisclaimerFixtures.clinicPath;
import static health.clinicapi.disclaimer.DisclaimerFixtures.create;
import static health.clinicapi.disclaimer.DisclaimerFixtures.input;
import static health.clinicapi.disclaimer.DisclaimerFixtures.networkPath;
import static health.clinicapi.disclaimer.DisclaimerFixtures.post;
import static health.clinicapi.disclaimer.DisclaimerFixtures.uniqueKey;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditEntry;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class DisclaimerManagementTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_network_disclaimer_with_version_1_location_and_etag() {
        String key = uniqueKey("create");
        Response response = post(null, input(key, "en-US"));

        response.then().statusCode(201).header("ETag", "\"0\"");
        Disclaimer created = response.as(Disclaimer.class);
        assertThat(response.header("Location")).endsWith(networkPath() + "/" + created.id());
        assertThat(created.key()).isEqualTo(key);
        assertThat(created.source()).isEqualTo(DisclaimerSource.NETWORK);
        assertThat(created.latestVersionNumber()).isEqualTo(1);
        assertThat(created.current().number()).isEqualTo(1);
        assertThat(created.current().shortText()).isEqualTo("Short " + key + ".");

        Disclaimer read = Keys.asAdmin().when().get(networkPath() + "/" + created.id()).then().statusCode(200)
                .header("ETag", "\"0\"").extract().as(Disclaimer.class);
        assertThat(read).isEqualTo(created);
    }

    @Test
    void new_version_with_future_effective_date_is_not_current_yet_and_old_versions_stay() {
        Disclaimer created = create(null, input(uniqueKey("future"), "en-US"));
        String path = networkPath() + "/" + created.id();
        Instant future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Response added = Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"")
                .body(new DisclaimerVersionInput("Next title", "Next text.", "Next short.", future))
                .when().post(path + "/versions");

        added.then().statusCode(201).header("ETag", "\"1\"");
        assertThat(added.header("Location")).endsWith(path + "/versions/2");
        assertThat(added.as(DisclaimerVersion.class).effectiveFrom()).isEqualTo(future);
        Disclaimer now = Keys.asAdmin().when().get(path).then().statusCode(200).header("ETag", "\"1\"").extract()
                .as(Disclaimer.class);
        assertThat(now.latestVersionNumber()).isEqualTo(2);
        assertThat(now.current()).isEqualTo(created.current());
        DisclaimerVersion first = Keys.asAdmin().when().get(path + "/versions/1").then().statusCode(200).extract()
                .as(DisclaimerVersion.class);
        assertThat(first).isEqualTo(created.current());
        List<DisclaimerVersion> all = Keys.asAdmin().when().get(path + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("items", DisclaimerVersion.class);
        assertThat(all).extracting(DisclaimerVersion::number).containsExactly(1, 2);
    }

    @Test
    void adding_a_version_needs_the_current_etag() {
        Disclaimer created = create(null, input(uniqueKey("ifmatch"), "en-US"));
        String path = networkPath() + "/" + created.id() + "/versions";
        var body = new DisclaimerVersionInput("T", "Text.", "Short.", null);

        assertProblem(Keys.asAdmin().contentType("application/json").body(body).when().post(path).then(),
                ProblemType.PRECONDITION_REQUIRED);
        Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(body).when().post(path)
                .then().statusCode(201);
        assertProblem(Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(body).when()
                .post(path).then(), ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void versions_page_with_cursor_and_link() {
        Disclaimer created = create(null, input(uniqueKey("pages"), "en-US"));
        String path = networkPath() + "/" + created.id() + "/versions";
        Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"")
                .body(new DisclaimerVersionInput("T2", "Text.", "Short.", null)).when().post(path).then()
                .statusCode(201);

        Response first = Keys.asAdmin().queryParam("limit", 1).when().get(path);
        first.then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        String cursor = first.jsonPath().getString("nextCursor");
        List<DisclaimerVersion> second = Keys.asAdmin().queryParam("limit", 1).queryParam("cursor", cursor).when()
                .get(path).then().statusCode(200).extract().jsonPath().getList("items", DisclaimerVersion.class);
        assertThat(second).extracting(DisclaimerVersion::number).containsExactly(2);
    }

    @Test
    void lists_network_disclaimers_filtered_by_key() {
        String key = uniqueKey("list");
        create(null, input(key, "en-US"));
        create(null, input(key, "es-US"));
        create(null, input(uniqueKey("other"), "en-US"));

        List<Disclaimer> items = Keys.asAdmin().queryParam("key", key).when().get(networkPath()).then()
                .statusCode(200).extract().jsonPath().getList("items", Disclaimer.class);

        assertThat(items).extracting(Disclaimer::locale).containsExactly("en-US", "es-US");
    }

    @Test
    void refuses_duplicate_key_and_locale_with_409() {
        String key = uniqueKey("dup");
        create(null, input(key, "en-US"));

        assertProblem(post(null, input(key, "en-US")).then(), ProblemType.CONFLICT);
    }

    @Test
    void refuses_html_in_text_with_400_and_stores_nothing() {
        String key = uniqueKey("hostile");
        var hostile = new DisclaimerInput(key, DisclaimerKind.OTHER, "en-US", "<b>Bold</b>",
                "Hello <script>alert(1)</script>", "ok", null);

        Problem problem = assertProblem(post(null, hostile).then(), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("text", "title");
        assertThat(problem.errors()).allSatisfy(e -> assertThat(e.message()).startsWith("plain text only"));
        assertThat(Keys.asAdmin().queryParam("key", key).when().get(networkPath()).then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void lists_every_invalid_field() {
        var bad = new DisclaimerInput("Not A Slug", null, "english", "", "x", "y".repeat(201), null);

        Problem problem = assertProblem(post(null, bad).then(), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .contains("key", "kind", "locale", "title", "shortText");
    }

    @Test
    void clinic_override_is_invisible_to_another_clinics_key_and_from_the_network_tree() {
        String a = ClinicFixtures.create(ClinicFixtures.uniqueSlug("dis-a")).slug();
        String b = ClinicFixtures.create(ClinicFixtures.uniqueSlug("dis-b")).slug();
        Disclaimer override = create(a, input(uniqueKey("override"), "en-US"));
        String keyOfB = Keys.create(b, "clinic:admin");

        assertProblem(Keys.as(keyOfB).when().get(clinicPath(a) + "/" + override.id()).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(keyOfB).when().get(clinicPath(a)).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.asAdmin().when().get(clinicPath(b) + "/" + override.id()).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.asAdmin().when().get(networkPath() + "/" + override.id()).then(), ProblemType.NOT_FOUND);
        String keyOfA = Keys.create(a, "clinic:admin");
        Disclaimer read = Keys.as(keyOfA).when().get(clinicPath(a) + "/" + override.id()).then().statusCode(200)
                .extract().as(Disclaimer.class);
        assertThat(read.source()).isEqualTo(DisclaimerSource.CLINIC);
    }

    @Test
    void network_disclaimers_need_catalog_write() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("dis-scope")).slug();
        String clinicKey = Keys.create(clinic, "clinic:admin", "content:write");

        assertProblem(Keys.as(clinicKey).contentType("application/json").body(input(uniqueKey("nope"), "en-US"))
                .when().post(networkPath()).then(), ProblemType.FORBIDDEN);
    }

    @Test
    void deletes_network_default_but_its_clinic_overrides_stay() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("dis-del")).slug();
        String key = uniqueKey("delete");
        Disclaimer network = create(null, input(key, "en-US"));
        Disclaimer override = create(clinic, input(key, "en-US"));

        assertProblem(Keys.asAdmin().when().delete(networkPath() + "/" + network.id()).then(),
                ProblemType.PRECONDITION_REQUIRED);
        Keys.asAdmin().header("If-Match", "\"0\"").when().delete(networkPath() + "/" + network.id()).then()
                .statusCode(204);

        assertProblem(Keys.asAdmin().when().get(networkPath() + "/" + network.id()).then(), ProblemType.NOT_FOUND);
        Keys.asAdmin().when().get(clinicPath(clinic) + "/" + override.id()).then().statusCode(200);
    }

    @Test
    void refuses_to_delete_the_last_network_default_a_rule_names() {
        String key = uniqueKey("ruled");
        Disclaimer network = create(null, input(key, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(uniqueKey("rule"), key, RuleCondition.ALWAYS, 5,
                ContentType.ARTICLE));

        assertProblem(Keys.asAdmin().header("If-Match", "\"0\"").when().delete(networkPath() + "/" + network.id())
                .then(), ProblemType.CONFLICT);
    }

    @Test
    void writes_are_audited_with_the_clinic_of_an_override() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("dis-audit")).slug();
        Disclaimer override = create(clinic, input(uniqueKey("audit"), "en-US"));
        String path = clinicPath(clinic) + "/" + override.id();
        Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"")
                .body(new DisclaimerVersionInput("T2", "Text.", "Short.", null)).when().post(path + "/versions")
                .then().statusCode(201);
        Keys.asAdmin().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);

        List<AuditEntry> entries = Keys.asAdmin().queryParam("clinic", clinic).queryParam("resource", "disclaimer")
                .when().get("/v1/manage/audit-entries").then().statusCode(200).extract().jsonPath()
                .getList("items", AuditEntry.class);

        assertThat(entries).allSatisfy(e -> assertThat(e.resourceId()).isEqualTo(override.id()));
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.UPDATED,
                AuditAction.CREATED);
        assertThat(entries).extracting(AuditEntry::clinicId).doesNotContainNull();
    }
}
