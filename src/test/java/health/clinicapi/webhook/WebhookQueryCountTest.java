package health.clinicapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.Clinic;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.event.EventType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * The webhook lists (subscriptions, a subscription's deliveries, a delivery's attempts) cost as many SQL statements
 * for many items as for few (issue 7, item 6).
 */
@QuarkusTest
class WebhookQueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;
    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    ContentEvents events;
    @Inject
    WebhookWorker worker;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void the_subscription_list_costs_as_many_statements_for_many_webhooks_as_for_few() {
        Clinic clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("whq"));
        subscribe(clinic, FEW);
        long few = Statements.of(token -> assertThat(webhooks(clinic)).isEqualTo(FEW));
        subscribe(clinic, MANY - FEW);
        long many = Statements.of(token -> assertThat(webhooks(clinic)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void the_delivery_list_costs_as_many_statements_for_many_deliveries_as_for_few() {
        Clinic clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("whq-d"));
        UUID webhook = subscribe(clinic, 1).get(0);
        fire(clinic, FEW);
        long few = Statements
                .of(token -> assertThat(WebhookFixtures.deliveries(clinic.slug(), webhook)).hasSize(FEW));
        fire(clinic, MANY - FEW);
        long many = Statements
                .of(token -> assertThat(WebhookFixtures.deliveries(clinic.slug(), webhook)).hasSize(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void the_attempt_list_costs_as_many_statements_for_many_attempts_as_for_one() {
        Clinic clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("whq-a"));
        String url = RECEIVER.newUrl();
        RECEIVER.respondAlways(url, 500);
        UUID webhook = WebhookFixtures.create(clinic.slug(), WebhookFixtures.input(url, "article.published"))
                .webhook().id();
        fire(clinic, 1);
        UUID delivery = WebhookFixtures.deliveries(clinic.slug(), webhook).get(0).id();
        retry(clinic, webhook);
        long one = Statements.of(token -> assertThat(WebhookFixtures.attempts(clinic.slug(), delivery)).hasSize(1));
        for (int i = 1; i < 5; i++) {
            retry(clinic, webhook);
        }
        long five = Statements
                .of(token -> assertThat(WebhookFixtures.attempts(clinic.slug(), delivery)).hasSize(5));

        assertThat(one).isPositive();
        assertThat(five).isEqualTo(one);
    }

    /** Subscriptions to article publications, each with a receiver URL of its own; their ids. */
    private static List<UUID> subscribe(Clinic clinic, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> WebhookFixtures
                        .create(clinic.slug(), WebhookFixtures.input(RECEIVER.newUrl(), "article.published"))
                        .webhook().id())
                .toList();
    }

    private void fire(Clinic clinic, int count) {
        for (int i = 0; i < count; i++) {
            events.fire(clinic.id(), clinic.slug(), EventType.ARTICLE_PUBLISHED, "article-" + i);
        }
    }

    /** Runs the worker when the delivery is next due: one more attempt. */
    private void retry(Clinic clinic, UUID webhook) {
        var delivery = WebhookFixtures.deliveries(clinic.slug(), webhook).get(0);
        worker.runDue(delivery.nextAttemptAt());
    }

    private static int webhooks(Clinic clinic) {
        return Keys.asAdmin().queryParam("limit", 100).when().get(WebhookFixtures.path(clinic.slug())).then()
                .statusCode(200).extract().as(WebhookPage.class).items().size();
    }
}
