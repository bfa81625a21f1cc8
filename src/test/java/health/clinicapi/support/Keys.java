package health.clinicapi.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** API keys for tests: the test profile's bootstrap network-admin key, and fresh keys made through the API. */
public final class Keys {

    /** Configured as {@code %test.clinicapi.security.bootstrap-key}; network:admin. */
    public static final String ADMIN = "cca_testboot_5pYq2tVnWk8RzL3xJd9HfM4bQa7CeGs6";

    private Keys() {
    }

    /** A request authenticated with the network-admin key. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN);
    }

    public static RequestSpecification as(String key) {
        return given().basePath("").auth().oauth2(key);
    }

    /** Creates a key bound to {@code clinic} (null for a network key) with these scopes; returns its secret. */
    public static String create(String clinic, String... scopes) {
        String body = clinic == null
                ? "{\"name\": \"test key\", \"scopes\": %s}".formatted(json(scopes))
                : "{\"name\": \"test key\", \"clinic\": \"%s\", \"scopes\": %s}".formatted(clinic, json(scopes));
        return asAdmin().contentType(ContentType.JSON).body(body).when().post("/v1/manage/api-keys")
                .then().statusCode(201).extract().path("secret");
    }

    private static String json(String... scopes) {
        List<String> quoted = Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList();
        return "[" + String.join(", ", quoted) + "]";
    }
}
