package health.clinicapi.catalog;

import static health.clinicapi.catalog.CatalogFixtures.condition;
import static health.clinicapi.catalog.CatalogFixtures.createCondition;
import static health.clinicapi.catalog.CatalogFixtures.createIndicationWithParts;
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
@TestHTTPEndpoint(ConditionManagementResource.class)
class ConditionManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_condition_with_synonyms_and_icd10() {
        String slug = uniqueSlug("condition");

        Response response = admin().contentType(ContentType.JSON).body(condition(slug)).when().post();

        response.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(response.header("Location")).endsWith("/v1/manage/conditions/" + slug);
        Condition created = response.as(Condition.class);
        assertThat(created.synonyms()).containsExactly("excessive sweating, underarms");
        assertThat(created.icd10()).isEqualTo("L74.510");
        assertThat(admin().when().get(slug).then().statusCode(200).extract().as(Condition.class)).isEqualTo(created);
    }

    @Test
    void replaces_condition_with_if_match_and_refuses_stale_one() {
        Condition created = createCondition(uniqueSlug("replace"));
        ConditionInput changed = new ConditionInput(created.slug(), "Chronic migraine", List.of("migraine"), "Head",
                "G43.709");

        Condition updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then().statusCode(200).header("ETag", "\"1\"").extract().as(Condition.class);

        assertThat(updated.icd10()).isEqualTo("G43.709");
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then(), ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void refuses_a_malformed_icd10_code() {
        for (String code : List.of("L74510", "174.5", "L7", "L74.51000", "l74.510")) {
            Problem problem = assertProblem(admin().contentType(ContentType.JSON)
                    .body(new ConditionInput(uniqueSlug("icd"), "X", null, null, code)).when().post().then(),
                    ProblemType.VALIDATION_FAILED);
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("icd10");
        }
    }

    @Test
    void returns_409_problem_for_a_taken_slug() {
        Condition created = createCondition(uniqueSlug("taken"));

        assertProblem(admin().contentType(ContentType.JSON).body(condition(created.slug())).when().post().then(),
                ProblemType.CONFLICT);
    }

    @Test
    void deletes_an_unused_condition_and_refuses_one_an_indication_uses_with_409() {
        Condition unused = createCondition(uniqueSlug("unused"));
        String tag = uniqueSlug("used");
        createIndicationWithParts(tag);

        admin().header("If-Match", "\"0\"").when().delete(unused.slug()).then().statusCode(204);
        Problem problem = assertProblem(admin().header("If-Match", "\"0\"").when().delete(tag + "-c").then(),
                ProblemType.CONFLICT);

        assertThat(problem.detail()).contains(tag + "-i");
        assertProblem(admin().when().get(unused.slug()).then(), ProblemType.NOT_FOUND);
    }

    private static RequestSpecification admin() {
        return Keys.asAdmin().basePath("/v1/manage/conditions");
    }
}
