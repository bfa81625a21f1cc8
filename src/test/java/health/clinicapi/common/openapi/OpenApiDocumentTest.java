package health.clinicapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The committed OpenAPI document is the contract: this fails whenever the served one differs. After a deliberate
 * API change, regenerate it with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void committed_document_equals_the_served_one() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }

        assertThat(COMMITTED).as("openapi/openapi.yaml is committed").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi/openapi.yaml is out of date; regenerate it with "
                        + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true and review the diff")
                .isEqualTo(served);
    }

    @Test
    void every_error_response_is_a_problem_document() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        assertThat(doc.getString("info.title")).isEqualTo("Clinic Content API");
        assertThat(doc.getList("servers.url")).isNotEmpty();
        assertThat(doc.getList("tags.name")).contains("Delivery: clinics", "Management: clinics");
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/v1/clinics", "/v1/clinics/{slug}", "/v1/manage/clinics",
                "/v1/manage/clinics/{slug}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            var responses = (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("400", "500");
            if (path.startsWith("/v1/manage")) {
                // Every management call can be refused for a missing key or a missing scope.
                assertThat(responses).as(method + " " + path).containsKeys("401", "403");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.get("content").toString()).as(method + " " + path + " " + code)
                            .contains("application/problem+json");
                }
            });
        }));
    }
}
