package health.clinicapi.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import health.clinicapi.event.ContentEvent;

/**
 * Writes the outbox: observes every {@link ContentEvent} synchronously, inside the transaction of the change that
 * fired it, and stores one delivery per active subscription of the clinic that asked for its type. Either the change
 * and its deliveries commit together, or neither does, so no event is lost between the two.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final ObjectMapper json;

    public WebhookOutbox(ObjectMapper json) {
        this.json = json;
    }

    void on(@Observes ContentEvent event) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("ContentEvent must be fired inside the transaction of the change");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (WebhookSubscriptionEntity subscription : WebhookSubscriptionEntity.activeOf(event.clinicId())) {
            if (subscription.eventTypes().contains(event.type())) {
                enqueue(subscription, event, now);
            }
        }
    }

    /**
     * Adds {@code event} to the subscription's delivery that is still collecting (debounce), or stores a new one. A
     * debounced delivery is due when its window, counted from its first event, ends: a steady stream of edits still
     * gets delivered at that pace rather than postponed forever.
     */
    private void enqueue(WebhookSubscriptionEntity subscription, ContentEvent event, Instant now) {
        if (subscription.debounceSeconds != null) {
            var open = WebhookDeliveryEntity.openFor(subscription.id, now);
            if (open.isPresent()) {
                WebhookDeliveryEntity delivery = open.get();
                WebhookPayload merged = read(delivery.payload).with(event);
                delivery.payload = write(merged);
                delivery.eventType = event.type().wireName();
                delivery.eventSequence = event.sequence();
                delivery.eventCount = merged.eventCount();
                return;
            }
        }
        WebhookDeliveryEntity delivery = new WebhookDeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscription = subscription;
        delivery.eventType = event.type().wireName();
        delivery.eventSequence = event.sequence();
        delivery.eventCount = 1;
        delivery.payload = write(WebhookPayload.of(event));
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        Instant due = subscription.debounceSeconds == null ? now : now.plusSeconds(subscription.debounceSeconds);
        delivery.retrySince = due;
        delivery.nextAttemptAt = due;
        delivery.attempts = 0;
        delivery.persist();
    }

    private WebhookPayload read(String payload) {
        try {
            return json.readValue(payload, WebhookPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payloads are always ours", e);
        }
    }

    private String write(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payloads always serialize", e);
        }
    }
}
