package health.clinicapi.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Keys and their hashes never show up in logs, metrics, error bodies or the OpenAPI document. */
@QuarkusTest
class SecretsDoNotLeakTest {

    private static final Pattern ANY_KEY = Pattern.compile("cca_[A-Za-z0-9]{8,16}_[A-Za-z0-9_-]{32,}");

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                    + " " + (record.getThrown() == null ? "" : record.getThrown().toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Api.configure();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void keys_and_hashes_appear_in_no_log_metric_error_body_or_document() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("leak")).slug();
        String secret = Keys.create(clinic, "clinic:admin");
        String hash = ApiKeySecrets.hash(secret);
        String wrong = secret.substring(0, secret.length() - 3) + "zzz";

        List<String> bodies = List.of(
                Keys.as(secret).when().get("/v1/manage/clinics/" + clinic).then().statusCode(200).extract().asString(),
                Keys.as(wrong).when().get("/v1/manage/clinics/" + clinic).then().statusCode(401).extract().asString(),
                given().queryParam("key", secret).when().get("/v1/clinics").then().statusCode(400).extract()
                        .asString(),
                Keys.as(secret).contentType(ContentType.JSON).body("{\"name\": ").when().post("/v1/manage/api-keys")
                        .then().statusCode(400).extract().asString(),
                Keys.as(secret).when().get("/v1/manage/api-keys").then().statusCode(200).extract().asString(),
                Keys.as(secret).when().get("/v1/manage/audit-entries").then().statusCode(200).extract().asString(),
                given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();

        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(secret, wrong, hash));
        assertThat(ANY_KEY.matcher(openapi).find()).as("a key-shaped example in the OpenAPI document").isFalse();
        assertThat(logLines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(secret, wrong, hash));
    }
}
