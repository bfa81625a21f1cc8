package health.clinicapi.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Request ids, standard headers, health and metrics: what operators and proxies rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void echoes_a_sane_request_id_and_generates_one_otherwise() {
        given().header("X-Request-Id", "trace-123.abc").when().get("/v1/clinics")
                .then().statusCode(200).header("X-Request-Id", "trace-123.abc");

        String generated = given().when().get("/v1/clinics").then().extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        // A version 4 (random) UUID, different for each request.
        assertThat(java.util.UUID.fromString(generated).version()).isEqualTo(4);
        assertThat(java.util.UUID.fromString(generated).variant()).isEqualTo(2);
        assertThat(given().when().get("/v1/clinics").then().extract().header("X-Request-Id")).isNotEqualTo(generated);

        String forged = given().header("X-Request-Id", "evil\u0007 id").when().get("/v1/clinics")
                .then().extract().header("X-Request-Id");
        assertThat(forged).matches("[0-9a-f-]{36}");
    }

    @Test
    void puts_request_id_and_security_headers_on_errors_too() {
        given().header("X-Request-Id", "err-1").when().get("/nowhere").then().statusCode(404)
                .header("X-Request-Id", "err-1")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void never_lets_caches_keep_management_responses() {
        given().when().get("/v1/manage/clinics").then().statusCode(401).header("Cache-Control", "no-store");
        health.clinicapi.support.Keys.asAdmin().when().get("/v1/manage/clinics").then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void reports_liveness_and_readiness_including_the_database() {
        given().when().get("/q/health/live").then().statusCode(200);
        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        assertThat(ready.getString("status")).isEqualTo("UP");
        List<Map<String, Object>> checks = ready.getList("checks");
        assertThat(checks).anySatisfy(check -> {
            assertThat((String) check.get("name")).containsIgnoringCase("database");
            assertThat(check.get("status")).isEqualTo("UP");
        });
    }

    @Test
    void exposes_prometheus_metrics_including_http_requests() {
        given().when().get("/v1/clinics").then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("http_server_requests_seconds_count").contains("uri=\"/v1/clinics\"")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void names_requests_in_metrics_by_route_never_by_their_own_path() {
        given().when().get("/v1/clinics/no-such-clinic-metrics/articles/some-slug-metrics").then().statusCode(404);
        given().when().get("/v1/clinics/no-such-clinic-metrics").then().statusCode(404);
        given().when().get("/nowhere-metrics/at-all").then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        // Unknown slugs and unmatched paths must not each become a metric of their own.
        assertThat(metrics).doesNotContain("no-such-clinic-metrics").doesNotContain("nowhere-metrics")
                .contains("uri=\"/v1/clinics/{clinic}/articles/{slug}\"");
    }
}
