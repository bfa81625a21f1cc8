package health.clinicapi.webhook;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;

import health.clinicapi.common.paging.Page;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Builders for webhook subscriptions made through the management API. */
public final class WebhookFixtures {

    private WebhookFixtures() {
    }

    public static WebhookInput input(String url, String... events) {
        return new WebhookInput(url, Set.of(events), null, null, "Test hook");
    }

    public static WebhookInput debounced(String url, int seconds, String... events) {
        return new WebhookInput(url, Set.of(events), null, seconds, "Debounced test hook");
    }

    public static String path(String clinic) {
        return "/v1/manage/clinics/" + clinic + "/webhooks";
    }

    public static WebhookWithSecret create(String clinic, WebhookInput input) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(input).when().post(path(clinic)).then()
                .statusCode(201).extract().as(WebhookWithSecret.class);
    }

    public static List<WebhookDelivery> deliveries(String clinic, UUID webhook) {
        return Keys.asAdmin().queryParam("limit", 100).when().get(path(clinic) + "/" + webhook + "/deliveries")
                .then().statusCode(200).extract().as(new TypeRef<Page<WebhookDelivery>>() {
                }).items();
    }

    public static List<WebhookAttempt> attempts(String clinic, UUID delivery) {
        return Keys.asAdmin().queryParam("limit", 100)
                .when().get("/v1/manage/clinics/" + clinic + "/webhook-deliveries/" + delivery + "/attempts")
                .then().statusCode(200).extract().as(new TypeRef<Page<WebhookAttempt>>() {
                }).items();
    }

    public static Webhook get(String clinic, UUID webhook) {
        return given().basePath("").auth().oauth2(Keys.ADMIN).when().get(path(clinic) + "/" + webhook).then()
                .statusCode(200).extract().as(Webhook.class);
    }
}
