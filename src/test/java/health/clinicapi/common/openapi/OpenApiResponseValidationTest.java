package health.clinicapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import health.clinicapi.support.OpenApiContract;
import health.clinicapi.support.OpenApiContract.Verdict;
import health.clinicapi.support.OpenApiResponseFilter;

/**
 * The contract check itself: it must catch a response that drifts from openapi/openapi.yaml, and it must really be
 * checking the suite's responses, or every other test would pass against a document that says nothing.
 */
@QuarkusTest
class OpenApiResponseValidationTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.committed();

    private static final String CLINIC = """
            {"id": "0b6a1b0e-8c7e-4a36-9a68-5c2d1f7b2e10", "slug": "harbor", "name": "Harbor", "locales": ["en-US"],
             "createdAt": "2024-01-01T00:00:00Z", "version": 3}""";

    @Test
    void accepts_a_response_the_document_describes() {
        Verdict verdict = check("GET", "/v1/clinics/harbor", 200, "application/json;charset=UTF-8", CLINIC);

        assertThat(verdict.operation()).isEqualTo("GET /v1/clinics/{slug}");
        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    void reports_each_property_of_the_wrong_type_with_its_json_pointer() {
        Verdict verdict = check("GET", "/v1/clinics/harbor", 200, "application/json",
                CLINIC.replace("\"harbor\"", "5").replace("[\"en-US\"]", "\"en-US\""));

        assertThat(verdict.violations()).hasSize(2).anySatisfy(v -> assertThat(v).startsWith("/slug type:"))
                .anySatisfy(v -> assertThat(v).startsWith("/locales type:"));
        assertThat(verdict.message()).startsWith("GET /v1/clinics/{slug} answered 200 application/json,")
                .contains("/slug type: integer found, string expected");
    }

    @Test
    void reports_a_value_that_breaks_a_format() {
        Verdict verdict = check("GET", "/v1/clinics/harbor", 200, "application/json",
                CLINIC.replace("2024-01-01T00:00:00Z", "yesterday"));

        assertThat(verdict.violations()).singleElement().asString().startsWith("/createdAt format:");
    }

    @Test
    void holds_problem_bodies_to_the_problem_schema() {
        Verdict verdict = check("GET", "/v1/clinics/nowhere", 404, "application/problem+json",
                "{\"type\": \"urn:problem-type:clinic-content-api:not-found\", \"status\": \"404\"}");

        assertThat(verdict.violations()).singleElement().asString().startsWith("/status type:");
    }

    @Test
    void reports_a_status_code_the_operation_does_not_document() {
        Verdict verdict = check("GET", "/v1/clinics/harbor", 418, "application/problem+json", "{}");

        assertThat(verdict.violations()).singleElement().asString().startsWith("status 418 is not documented");
    }

    @Test
    void reports_a_content_type_the_response_does_not_document() {
        Verdict verdict = check("GET", "/v1/clinics/harbor", 200, "text/html", "<p>Harbor</p>");

        assertThat(verdict.violations()).singleElement().asString()
                .startsWith("content type text/html is not documented");
    }

    @Test
    void reports_a_body_where_the_document_describes_none_and_none_where_it_describes_one() {
        assertThat(check("GET", "/v1/clinics/harbor", 304, "application/json", CLINIC).violations())
                .singleElement().asString().contains("the document describes none");
        assertThat(check("GET", "/v1/clinics/harbor", 200, null, "").violations())
                .singleElement().asString().startsWith("the response has no body");
    }

    @Test
    void leaves_responses_of_anything_but_documented_operations_unchecked() {
        assertThat(CONTRACT.check("GET", "/q/health/live", 200, "application/json", "{}")).isEmpty();
        assertThat(CONTRACT.check("PATCH", "/v1/clinics", 405, "application/problem+json", "{}")).isEmpty();
    }

    @Test
    void fails_the_test_when_a_real_response_drifts() {
        OpenApiContract claimsSuccess = OpenApiContract.parse("""
                openapi: 3.1.0
                info: {title: drift, version: "1"}
                paths:
                  /test-only/failure:
                    get:
                      responses:
                        "200":
                          description: Never true.
                          content:
                            application/json:
                              schema: {type: string}
                """);

        assertThatThrownBy(() -> given().filter(new OpenApiResponseFilter(claimsSuccess)).get("/test-only/failure"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("GET /test-only/failure answered 500 application/problem+json")
                .hasMessageContaining("status 500 is not documented; documented: 200");
    }

    @Test
    void checks_every_response_of_a_documented_operation_the_suite_receives() {
        assertThat(RestAssured.filters()).filteredOn(OpenApiResponseFilter.class::isInstance).hasSize(1);
        int before = OpenApiResponseFilter.validated();

        given().get("/v1/clinics").then().statusCode(200);
        given().get("/v1/clinics/no-such-clinic").then().statusCode(404);
        given().get("/v1/manage/clinics").then().statusCode(401);
        given().get("/q/health/live").then().statusCode(200);

        assertThat(OpenApiResponseFilter.validated() - before).as("responses checked; /q/health is not in the document")
                .isEqualTo(3);
    }

    private static Verdict check(String method, String path, int status, String contentType, String body) {
        Optional<Verdict> verdict = CONTRACT.check(method, path, status, contentType, body);
        assertThat(verdict).as(method + " " + path + " is an operation of the document").isPresent();
        return verdict.get();
    }
}
