package health.clinicapi.webhook;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.Clinic;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.EventType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * The outbox and its worker against a real HTTP receiver on 127.0.0.1. Events are fired the way the changes log
 * fires them (synchronously, in the change's transaction); the worker is driven with the test's own clock.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    ContentEvents events;
    @Inject
    WebhookWorker worker;
    @Inject
    WebhookConfig config;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private record Setup(Clinic clinic, String url, WebhookWithSecret webhook) {
    }

    private static Setup subscribe(WebhookInput input) {
        Clinic clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("hooks"));
        return new Setup(clinic, input.url(), WebhookFixtures.create(clinic.slug(), input));
    }

    private static Setup subscribe(String... events) {
        return subscribe(WebhookFixtures.input(RECEIVER.newUrl(), events));
    }

    private void publish(Setup setup, String slug) {
        events.fire(setup.clinic().id(), setup.clinic().slug(), EventType.ARTICLE_PUBLISHED, slug);
    }

    private WebhookDelivery onlyDelivery(Setup setup) {
        List<WebhookDelivery> deliveries = WebhookFixtures.deliveries(setup.clinic().slug(),
                setup.webhook().webhook().id());
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    private static String slugOf(WebhookDelivery delivery) {
        return Api.JSON.valueToTree(delivery.payload()).path("data").path("slug").asText();
    }

    /** The receiver's side of the Standard Webhooks check, written independently of the server's code. */
    static boolean signatureVerifies(WebhookReceiver.Received request, String secret) throws Exception {
        String signed = request.header("Webhook-Id") + "." + request.header("Webhook-Timestamp") + "."
                + new String(request.body(), StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(request.header("Webhook-Signature").split(" ")).contains(expected);
    }

    @Test
    void delivers_a_signed_payload_the_receiver_verifies_with_the_secret_shown_at_creation() throws Exception {
        Setup setup = subscribe("article.published");
        publish(setup, "signed-article");
        Instant now = Instant.now();

        worker.runDue(now);

        List<WebhookReceiver.Received> received = RECEIVER.receivedAt(setup.url());
        assertThat(received).hasSize(1);
        WebhookReceiver.Received request = received.get(0);
        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(request.header("Webhook-Id")).isEqualTo(delivery.id().toString());
        assertThat(request.header("Webhook-Timestamp")).isEqualTo(Long.toString(now.getEpochSecond()));
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(signatureVerifies(request, setup.webhook().secret())).isTrue();
        assertThat(signatureVerifies(request, WebhookSecrets.generate())).isFalse();

        JsonNode body = Api.JSON.readTree(request.body());
        assertThat(body.path("type").asText()).isEqualTo("article.published");
        assertThat(body.path("data").path("slug").asText()).isEqualTo("signed-article");
        assertThat(body.path("data").path("clinic").asText()).isEqualTo(setup.clinic().slug());
        assertThat(body.path("eventCount").asInt()).isEqualTo(1);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat((JsonNode) Api.JSON.valueToTree(delivery.payload())).isEqualTo(body);
        assertThat(WebhookFixtures.attempts(setup.clinic().slug(), delivery.id())).singleElement()
                .satisfies(a -> {
                    assertThat(a.outcome()).isEqualTo(AttemptOutcome.ACKNOWLEDGED);
                    assertThat(a.statusCode()).isEqualTo(204);
                });
    }

    @Test
    void delivers_only_the_subscribed_event_types() {
        Setup setup = subscribe("article.unpublished");

        publish(setup, "not-subscribed");
        events.fire(setup.clinic().id(), setup.clinic().slug(), EventType.ARTICLE_UNPUBLISHED, "subscribed");

        assertThat(onlyDelivery(setup).eventType()).isEqualTo("article.unpublished");
    }

    @Test
    void signs_with_both_secrets_during_the_grace_period_after_a_rotation() throws Exception {
        Setup setup = subscribe("article.published");
        WebhookWithSecret rotated = Keys.asAdmin().header("If-Match", "\"" + setup.webhook().webhook().version() + "\"")
                .when()
                .post(WebhookFixtures.path(setup.clinic().slug()) + "/" + setup.webhook().webhook().id() + "/secret")
                .then().statusCode(200).extract().as(WebhookWithSecret.class);
        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(setup.webhook().secret());
        assertThat(rotated.webhook().previousSecretExpiresAt()).isAfter(Instant.now());
        publish(setup, "rotated");

        worker.runDue(Instant.now());

        WebhookReceiver.Received request = RECEIVER.receivedAt(setup.url()).get(0);
        assertThat(request.header("Webhook-Signature").split(" ")).hasSize(2);
        assertThat(signatureVerifies(request, rotated.secret())).isTrue();
        assertThat(signatureVerifies(request, setup.webhook().secret())).isTrue();
    }

    @Test
    void retries_failures_with_exponential_backoff_and_full_jitter() {
        Setup setup = subscribe("article.published");
        RECEIVER.respondAlways(setup.url(), 500);
        publish(setup, "flaky");
        worker.useRandom(() -> 0.5);
        try {
            for (int i = 0; i < 5; i++) {
                worker.runDue(onlyDelivery(setup).nextAttemptAt());
            }
        } finally {
            worker.useRandom(() -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
        }

        List<WebhookAttempt> attempts = WebhookFixtures.attempts(setup.clinic().slug(), onlyDelivery(setup).id());
        assertThat(attempts).hasSize(5);
        Backoff backoff = new Backoff(config.retryBase(), config.retryCap());
        for (WebhookAttempt attempt : attempts) {
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.RETRY);
            assertThat(attempt.statusCode()).isEqualTo(500);
            // Half the ceiling, since the jitter drew 0.5; the ceiling doubles with every failure: 30 s, 60 s, 120 s...
            Duration waited = Duration.between(attempt.attemptedAt(), attempt.nextAttemptAt());
            assertThat(waited).isEqualTo(config.retryBase().multipliedBy(1L << (attempt.number() - 1)).dividedBy(2));
            assertThat(waited).isEqualTo(backoff.ceiling(attempt.number()).dividedBy(2));
        }
        assertThat(RECEIVER.receivedAt(setup.url())).hasSize(5);
        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isEqualTo(5);
        assertThat(delivery.lastStatusCode()).isEqualTo(500);
    }

    @Test
    void gives_up_once_the_next_attempt_would_fall_beyond_the_horizon() {
        Setup setup = subscribe("article.published");
        RECEIVER.respondAlways(setup.url(), 503);
        publish(setup, "doomed");
        Instant created = onlyDelivery(setup).createdAt();

        worker.runDue(created.plusSeconds(1));
        assertThat(onlyDelivery(setup).status()).isEqualTo(DeliveryStatus.PENDING);
        worker.runDue(created.plus(config.retryHorizon()).plusSeconds(1));
        worker.runDue(created.plus(config.retryHorizon()).plus(Duration.ofDays(1)));

        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(WebhookFixtures.attempts(setup.clinic().slug(), delivery.id())).extracting(WebhookAttempt::outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.GAVE_UP);
        assertThat(RECEIVER.receivedAt(setup.url())).hasSize(2);
    }

    @Test
    void disables_the_subscription_when_the_receiver_answers_410_gone() {
        Setup setup = subscribe("article.published");
        RECEIVER.respond(setup.url(), 410);
        publish(setup, "gone");

        worker.runDue(Instant.now());

        Webhook webhook = WebhookFixtures.get(setup.clinic().slug(), setup.webhook().webhook().id());
        assertThat(webhook.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThat(webhook.disabledReason()).contains("410");
        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(WebhookFixtures.attempts(setup.clinic().slug(), delivery.id())).extracting(WebhookAttempt::outcome)
                .containsExactly(AttemptOutcome.DISABLED);
        publish(setup, "after-gone");
        assertThat(WebhookFixtures.deliveries(setup.clinic().slug(), webhook.id())).hasSize(1);
        assertProblem(Keys.asAdmin().when()
                .post("/v1/manage/clinics/" + setup.clinic().slug() + "/webhook-deliveries/" + delivery.id()
                        + "/redeliver")
                .then(), ProblemType.CONFLICT);
    }

    @Test
    void an_expired_lease_of_a_crashed_worker_is_delivered_again() {
        Setup setup = subscribe("article.published");
        publish(setup, "crash");
        Instant now = Instant.now();
        WebhookDelivery stored = onlyDelivery(setup);

        // A worker claims the delivery, then dies before sending it.
        assertThat(worker.claimDue(now)).extracting(WebhookWorker.Claim::deliveryId).contains(stored.id());
        worker.runDue(now.plusSeconds(1));
        assertThat(RECEIVER.receivedAt(setup.url())).isEmpty();

        worker.runDue(now.plus(config.lease()).plusSeconds(1));

        assertThat(RECEIVER.receivedAt(setup.url())).hasSize(1);
        assertThat(RECEIVER.receivedAt(setup.url()).get(0).header("Webhook-Id")).isEqualTo(stored.id().toString());
        assertThat(onlyDelivery(setup).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void stores_deliveries_in_the_transaction_of_the_change_so_a_rollback_stores_none_and_a_commit_survives() {
        Setup setup = subscribe("article.published");

        QuarkusTransaction.begin();
        events.fireInCurrentTransaction(setup.clinic().id(), setup.clinic().slug(), EventType.ARTICLE_PUBLISHED,
                "rolled-back");
        QuarkusTransaction.rollback();
        assertThat(WebhookFixtures.deliveries(setup.clinic().slug(), setup.webhook().webhook().id())).isEmpty();

        // Committed with the change, before any worker ran: after a crash and restart the row is all it takes.
        publish(setup, "committed");
        assertThat(onlyDelivery(setup).status()).isEqualTo(DeliveryStatus.PENDING);
        worker.runDue(Instant.now());

        assertThat(RECEIVER.receivedAt(setup.url())).hasSize(1);
        assertThat(slugOf(onlyDelivery(setup))).isEqualTo("committed");
    }

    @Test
    void debounce_coalesces_a_burst_into_one_delivery_sent_after_the_window() throws Exception {
        Setup setup = subscribe(WebhookFixtures.debounced(RECEIVER.newUrl(), 300, "article.published",
                "article.updated"));
        publish(setup, "burst-1");
        events.fire(setup.clinic().id(), setup.clinic().slug(), EventType.ARTICLE_UPDATED, "burst-2");
        publish(setup, "burst-3");

        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(delivery.eventCount()).isEqualTo(3);
        assertThat(delivery.nextAttemptAt()).isEqualTo(delivery.createdAt().plusSeconds(300));
        worker.runDue(delivery.createdAt().plusSeconds(299));
        assertThat(RECEIVER.receivedAt(setup.url())).isEmpty();

        worker.runDue(delivery.createdAt().plusSeconds(301));

        List<WebhookReceiver.Received> received = RECEIVER.receivedAt(setup.url());
        assertThat(received).hasSize(1);
        JsonNode body = Api.JSON.readTree(received.get(0).body());
        assertThat(body.path("eventCount").asInt()).isEqualTo(3);
        assertThat(body.path("data").path("slug").asText()).isEqualTo("burst-3");
        assertThat(body.path("events").findValuesAsText("slug")).containsExactly("burst-1", "burst-2", "burst-3");
        assertThat(signatureVerifies(received.get(0), setup.webhook().secret())).isTrue();

        publish(setup, "after-window");
        assertThat(WebhookFixtures.deliveries(setup.clinic().slug(), setup.webhook().webhook().id())).hasSize(2);
    }

    @Test
    void redelivers_a_delivery_on_request_with_the_same_webhook_id() {
        Setup setup = subscribe("article.published");
        publish(setup, "again");
        worker.runDue(Instant.now());
        WebhookDelivery delivered = onlyDelivery(setup);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);

        WebhookDelivery pending = Keys.asAdmin().header("Idempotency-Key", "redeliver-" + delivered.id())
                .when().post("/v1/manage/clinics/" + setup.clinic().slug() + "/webhook-deliveries/" + delivered.id()
                        + "/redeliver")
                .then().statusCode(202).extract().as(WebhookDelivery.class);
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        worker.runDue(Instant.now());

        assertThat(RECEIVER.receivedAt(setup.url())).extracting(r -> r.header("Webhook-Id"))
                .containsExactly(delivered.id().toString(), delivered.id().toString());
        assertThat(WebhookFixtures.attempts(setup.clinic().slug(), delivered.id())).extracting(WebhookAttempt::number)
                .containsExactly(1, 2);
        assertThat(onlyDelivery(setup).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void checks_the_target_again_at_delivery_time() {
        Setup setup = subscribe(WebhookFixtures.input("https://hooks.unresolvable.invalid/receive",
                "article.published"));
        publish(setup, "nowhere");

        worker.runDue(Instant.now());

        WebhookDelivery delivery = onlyDelivery(setup);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.lastStatusCode()).isNull();
        assertThat(delivery.lastError()).contains("does not resolve");
    }

    @Test
    void pages_the_delivery_log_and_attempts_with_cursors() {
        Setup setup = subscribe("article.published");
        publish(setup, "log-1");
        publish(setup, "log-2");
        publish(setup, "log-3");
        String path = WebhookFixtures.path(setup.clinic().slug()) + "/" + setup.webhook().webhook().id()
                + "/deliveries";

        var first = Keys.asAdmin().queryParam("limit", 2).when().get(path).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract().as(WebhookDeliveryPage.class);
        var second = Keys.asAdmin().queryParam("limit", 2).queryParam("cursor", first.nextCursor()).when().get(path)
                .then().statusCode(200).extract().as(WebhookDeliveryPage.class);

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextCursor()).isNull();
        assertThat(java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(WebhookDeliveryTest::slugOf)).containsExactly("log-3", "log-2", "log-1");
    }
}
