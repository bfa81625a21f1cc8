package health.clinicapi.export;

import static health.clinicapi.export.ExportFixtures.exportPath;
import static health.clinicapi.export.ExportFixtures.importAs;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Export needs content:read; import needs clinic:admin, content:write and content:publish; both only for own clinic. */
@QuarkusTest
class ClinicTransferScopesTest {

    /** A valid document with nothing in it: what is refused here is the caller, never the body. */
    private static final ObjectNode EMPTY = ExportFixtures
            .read("{\"format\": \"clinic-content-export\", \"formatVersion\": 1, \"disclaimers\": [], \"articles\": []}");

    private String clinic;

    @BeforeEach
    void setUp() {
        Api.configure();
        clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("scope")).slug();
    }

    @Test
    void export_needs_a_key_with_content_read_of_the_clinic() {
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("scope-other")).slug();

        assertProblem(given().basePath("").when().get(exportPath(clinic)).then(), ProblemType.UNAUTHORIZED);
        assertProblem(Keys.as(Keys.create(clinic, "clinic:admin", "content:write", "content:publish")).when()
                .get(exportPath(clinic)).then(), ProblemType.FORBIDDEN);
        assertProblem(Keys.as(Keys.create(other, "content:read", "clinic:admin")).when().get(exportPath(clinic))
                .then(), ProblemType.NOT_FOUND);
        var response = Keys.as(Keys.create(clinic, "content:read")).when().get(exportPath(clinic)).then()
                .statusCode(200);
        assertThat(response.extract().header("Content-Disposition"))
                .startsWith("attachment; filename=\"" + clinic + "-").endsWith(".clinic-export.json\"");
    }

    @Test
    void import_needs_clinic_admin_content_write_and_content_publish_of_the_clinic() {
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("scope-other")).slug();

        assertProblem(importAs(given().basePath(""), clinic, EMPTY), ProblemType.UNAUTHORIZED);
        assertProblem(importAs(Keys.as(Keys.create(clinic, "content:read", "content:write", "content:publish")),
                clinic, EMPTY), ProblemType.FORBIDDEN);
        assertProblem(importAs(Keys.as(Keys.create(clinic, "clinic:admin", "content:publish")), clinic, EMPTY),
                ProblemType.FORBIDDEN);
        assertProblem(importAs(Keys.as(Keys.create(clinic, "clinic:admin", "content:write")), clinic, EMPTY),
                ProblemType.FORBIDDEN);
        assertProblem(importAs(Keys.as(Keys.create(other, "clinic:admin", "content:write", "content:publish")),
                clinic, EMPTY), ProblemType.NOT_FOUND);

        ClinicImportResult result = importAs(
                Keys.as(Keys.create(clinic, "clinic:admin", "content:write", "content:publish")), clinic, EMPTY)
                .statusCode(200).extract().as(ClinicImportResult.class);

        assertThat(result).isEqualTo(new ClinicImportResult(clinic, false, 0, 0, 0, 0));
    }
}
