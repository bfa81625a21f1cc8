package health.clinicapi.catalog;

import static health.clinicapi.catalog.CatalogFixtures.createIndicationWithParts;
import static health.clinicapi.catalog.CatalogFixtures.createTreatment;
import static health.clinicapi.catalog.CatalogFixtures.treatment;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
@TestHTTPEndpoint(TreatmentManagementResource.class)
class TreatmentManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_treatment_with_201_location_and_version_etag() {
        String slug = uniqueSlug("treatment");

        Response response = admin().contentType(ContentType.JSON).body(treatment(slug)).when().post();

        response.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(response.header("Location")).endsWith("/v1/manage/treatments/" + slug);
        Treatment created = response.as(Treatment.class);
        assertThat(created.brandNames()).containsExactly("Botox", "Botox Cosmetic");
        assertThat(created.category()).isEqualTo(TreatmentCategory.NEUROMODULATOR);
        assertThat(admin().when().get(slug).then().statusCode(200).extract().as(Treatment.class)).isEqualTo(created);
    }

    @Test
    void replaces_treatment_with_if_match_and_refuses_stale_or_missing_one() {
        Treatment created = createTreatment(uniqueSlug("replace"));
        TreatmentInput changed = new TreatmentInput(created.slug(), "Microneedling", null, null,
                TreatmentCategory.MICRONEEDLING, null, null);

        Treatment updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then().statusCode(200).header("ETag", "\"1\"").extract().as(Treatment.class);

        assertThat(updated.brandNames()).isEmpty();
        assertThat(updated.category()).isEqualTo(TreatmentCategory.MICRONEEDLING);
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then(), ProblemType.PRECONDITION_FAILED);
        assertProblem(admin().contentType(ContentType.JSON).body(changed).when().put(created.slug()).then(),
                ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void returns_409_problem_for_a_taken_slug_on_create_and_rename() {
        Treatment first = createTreatment(uniqueSlug("first"));
        Treatment second = createTreatment(uniqueSlug("second"));

        assertProblem(admin().contentType(ContentType.JSON).body(treatment(first.slug())).when().post().then(),
                ProblemType.CONFLICT);
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(treatment(first.slug()))
                .when().put(second.slug()).then(), ProblemType.CONFLICT);
    }

    @Test
    void lists_every_bad_field() {
        TreatmentInput bad = new TreatmentInput("-bad-", " ", null, List.of(""), null, null, null);

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(bad).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("slug", "name",
                "brandNames[0]", "category");
    }

    @Test
    void refuses_an_unknown_category_with_400() {
        String body = "{\"slug\": \"x-unknown-category\", \"name\": \"X\", \"category\": \"MAGIC\"}";

        assertProblem(admin().contentType(ContentType.JSON).body(body).when().post().then(),
                ProblemType.INVALID_VALUE);
    }

    @Test
    void pages_through_treatments_in_slug_order() {
        String tag = uniqueSlug("page");
        createTreatment(tag + "-a");
        createTreatment(tag + "-b");

        TreatmentPage first = admin().queryParam("limit", 1).when().get().then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).extract()
                .as(TreatmentPage.class);
        TreatmentPage second = admin().queryParam("limit", 1).queryParam("cursor", first.nextCursor()).when().get()
                .then().statusCode(200).extract().as(TreatmentPage.class);

        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).slug()).isGreaterThan(first.items().get(0).slug());
        assertProblem(admin().queryParam("limit", 101).when().get().then(), ProblemType.VALIDATION_FAILED);
    }

    @Test
    void deletes_an_unused_treatment_and_refuses_one_an_indication_uses_with_409() {
        Treatment unused = createTreatment(uniqueSlug("unused"));
        String tag = uniqueSlug("used");
        createIndicationWithParts(tag);

        admin().header("If-Match", "\"0\"").when().delete(unused.slug()).then().statusCode(204);
        Problem problem = assertProblem(admin().header("If-Match", "\"0\"").when().delete(tag + "-t").then(),
                ProblemType.CONFLICT);

        assertThat(problem.detail()).contains(tag + "-i");
        admin().when().get(tag + "-t").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return Keys.asAdmin().basePath("/v1/manage/treatments");
    }
}
