package health.clinicapi.webhook;

import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.syndication.SyndicationFixtures;

/**
 * The whole path with nothing simulated: a write through the management API records its event in the changes log,
 * the webhook outbox stores a delivery in the same transaction, and the worker posts it, signed, to a real receiver.
 */
@QuarkusTest
class WebhookEndToEndTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    WebhookWorker worker;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void publishing_an_article_through_the_api_reaches_the_subscriber_signed() throws Exception {
        String tag = uniqueSlug("e2e");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        String url = RECEIVER.newUrl();
        WebhookWithSecret hook = WebhookFixtures.create(clinic, WebhookFixtures.input(url, "article.published"));

        Article article = ArticleFixtures.published(clinic, publishable(tag + "-a", tag + "-r"));
        worker.runDue(Instant.now());

        List<WebhookReceiver.Received> received = RECEIVER.receivedAt(url);
        assertThat(received).hasSize(1);
        assertThat(WebhookDeliveryTest.signatureVerifies(received.get(0), hook.secret())).isTrue();
        JsonNode payload = Api.JSON.readTree(received.get(0).body());
        assertThat(payload.path("type").asText()).isEqualTo("article.published");
        assertThat(payload.path("data").path("slug").asText()).isEqualTo(article.slug());
    }

    @Test
    void placing_an_article_on_another_clinic_tells_the_targets_subscribers_and_changes_feed() throws Exception {
        String tag = uniqueSlug("e2e-syn");
        String origin = ClinicFixtures.create(tag + "-o").slug();
        String target = ClinicFixtures.create(tag + "-t").slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        SyndicationFixtures.grant(origin, target);
        Article article = ArticleFixtures.published(origin, publishable(tag + "-a", tag + "-r"));
        String url = RECEIVER.newUrl();
        WebhookFixtures.create(target, WebhookFixtures.input(url, "syndication.changed"));

        SyndicationFixtures.place(target, origin, article.slug(), null);
        worker.runDue(Instant.now());

        List<WebhookReceiver.Received> received = RECEIVER.receivedAt(url);
        assertThat(received).hasSize(1);
        JsonNode payload = Api.JSON.readTree(received.get(0).body());
        assertThat(payload.path("type").asText()).isEqualTo("syndication.changed");
        assertThat(payload.path("data").path("slug").asText()).isEqualTo(article.slug());
        List<String> types = given().when().get("/v1/clinics/" + target + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("items.type", String.class);
        assertThat(types).containsExactly("syndication.changed");
    }
}
