package health.clinicapi.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.EventType;

/**
 * Owns subscriptions (valid, SSRF-safe targets; known event types; secrets generated, encrypted, rotated) and the
 * management side of deliveries (the log, manual redeliver). Every write is audited in its transaction.
 */
@ApplicationScoped
public class WebhookService {

    static final String RESOURCE = "webhook";
    static final String DELIVERY_RESOURCE = "webhook-delivery";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");
    private static final UUID MAX_ID = new UUID(-1L, -1L);
    private static final TypeReference<java.util.Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private final AuditLog audit;
    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final ObjectMapper json;

    public WebhookService(AuditLog audit, WebhookTargets targets, WebhookSecrets secrets, WebhookConfig config,
            ObjectMapper json) {
        this.audit = audit;
        this.targets = targets;
        this.secrets = secrets;
        this.config = config;
        this.json = json;
    }

    public WebhookSubscriptionEntity require(UUID clinicId, UUID id) {
        return WebhookSubscriptionEntity.findOfClinic(clinicId, id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No webhook with id '" + id + "'."));
    }

    public Page<Webhook> page(UUID clinicId, String clinic, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        var rows = WebhookSubscriptionEntity.page(clinicId, after == null ? END_OF_TIME : after.keyAsInstant(),
                after == null ? MAX_ID : after.id(), limit + 1);
        return Page.of(rows, limit, s -> Webhook.from(s, clinic), s -> s.createdAt.toString(), s -> s.id);
    }

    /** Creates the subscription; the returned secret is never shown again. */
    @Transactional
    public WebhookWithSecret create(UUID clinicId, String clinic, WebhookInput input, Actor actor) {
        String events = check(input);
        WebhookSubscriptionEntity subscription = new WebhookSubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.clinicId = clinicId;
        apply(subscription, input, events);
        String secret = WebhookSecrets.generate();
        subscription.secret = secrets.encrypt(secret, subscription.id);
        subscription.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, subscription.id, subscription.description, clinicId, null,
                subscription.version);
        return new WebhookWithSecret(Webhook.from(subscription, clinic), secret);
    }

    @Transactional
    public WebhookSubscriptionEntity replace(UUID clinicId, UUID id, String ifMatch, WebhookInput input,
            Actor actor) {
        WebhookSubscriptionEntity subscription = require(clinicId, id);
        ETags.requireMatch(ifMatch, subscription.version);
        String events = check(input);
        long before = subscription.version;
        apply(subscription, input, events);
        subscription.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, subscription.id, subscription.description, clinicId, before,
                subscription.version);
        return subscription;
    }

    @Transactional
    public void delete(UUID clinicId, UUID id, String ifMatch, Actor actor) {
        WebhookSubscriptionEntity subscription = require(clinicId, id);
        ETags.requireMatch(ifMatch, subscription.version);
        subscription.delete();
        subscription.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, subscription.id, subscription.description, clinicId,
                subscription.version, null);
    }

    /**
     * Replaces the signing secret. The previous one keeps signing (as a second signature) for the configured grace
     * period, so a receiver can switch to the new one without rejecting anything in between.
     */
    @Transactional
    public WebhookWithSecret rotateSecret(UUID clinicId, String clinic, UUID id, String ifMatch, Actor actor) {
        WebhookSubscriptionEntity subscription = require(clinicId, id);
        ETags.requireMatch(ifMatch, subscription.version);
        long before = subscription.version;
        String secret = WebhookSecrets.generate();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretExpiresAt = Instant.now().plus(config.secretRotationGrace())
                .truncatedTo(ChronoUnit.MICROS);
        subscription.secret = secrets.encrypt(secret, subscription.id);
        subscription.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, subscription.id, subscription.description, clinicId, before,
                subscription.version);
        return new WebhookWithSecret(Webhook.from(subscription, clinic), secret);
    }

    public Page<WebhookDelivery> deliveries(UUID clinicId, UUID subscriptionId, String cursor, int limit) {
        require(clinicId, subscriptionId);
        Cursor after = Cursor.decode(cursor);
        var rows = WebhookDeliveryEntity.page(subscriptionId,
                after == null ? END_OF_TIME : after.keyAsInstant(), after == null ? MAX_ID : after.id(), limit + 1);
        return Page.of(rows, limit, this::toApi, d -> d.createdAt.toString(), d -> d.id);
    }

    public WebhookDeliveryEntity requireDelivery(UUID clinicId, UUID id) {
        return WebhookDeliveryEntity.findOfClinic(clinicId, id).orElseThrow(
                () -> new ApiException(ProblemType.NOT_FOUND, "No webhook delivery with id '" + id + "'."));
    }

    public WebhookDelivery toApi(WebhookDeliveryEntity delivery) {
        try {
            return WebhookDelivery.from(delivery, json.readValue(delivery.payload, PAYLOAD));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payloads are always JSON", e);
        }
    }

    public Page<WebhookAttempt> attempts(UUID clinicId, UUID deliveryId, String cursor, int limit) {
        requireDelivery(clinicId, deliveryId);
        Cursor after = Cursor.decode(cursor);
        int afterNumber = 0;
        if (after != null) {
            try {
                afterNumber = Integer.parseInt(after.keyAfterPrefix("n:"));
            } catch (NumberFormatException e) {
                throw new ApiException(ProblemType.INVALID_CURSOR,
                        "The cursor is not one this API issued; pass nextCursor from a previous page unchanged.");
            }
        }
        return Page.of(WebhookAttemptEntity.pageAfter(deliveryId, afterNumber, limit + 1), limit,
                WebhookAttempt::from, a -> "n:" + a.number, a -> a.id);
    }

    /**
     * Makes a delivery due now again, whatever became of it, with the same {@code Webhook-Id} so the receiver can
     * recognise it; its retry horizon starts over. Refused while an attempt is in flight or the subscription is
     * disabled (enable it first).
     */
    @Transactional
    public WebhookDeliveryEntity redeliver(UUID clinicId, UUID id, Actor actor) {
        WebhookDeliveryEntity delivery = requireDelivery(clinicId, id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (delivery.leaseUntil != null && delivery.leaseUntil.isAfter(now)) {
            throw ApiException.conflict("An attempt of this delivery is in progress; try again in a moment.");
        }
        if (!delivery.subscription.isActive()) {
            throw ApiException.conflict("The webhook is disabled; set its status to ACTIVE before redelivering.");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retrySince = now;
        delivery.leaseUntil = null;
        delivery.leaseToken = null;
        delivery.deliveredAt = null;
        audit.record(actor, AuditAction.UPDATED, DELIVERY_RESOURCE, delivery.id, delivery.eventType, clinicId, null,
                null);
        return delivery;
    }

    /** Every rule on the input at once: known event types and a reachable, SSRF-safe URL. Returns the stored types. */
    private String check(WebhookInput input) {
        List<FieldError> errors = new ArrayList<>();
        TreeSet<String> events = new TreeSet<>();
        for (String name : input.events()) {
            if (EventType.fromWireName(name).isPresent()) {
                events.add(name);
            } else {
                errors.add(new FieldError("events", "unknown event type '" + name + "'; known: "
                        + java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList()));
            }
        }
        targets.refusalOnSave(input.url()).ifPresent(reason -> errors.add(new FieldError("url", reason)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return String.join(",", events);
    }

    private static void apply(WebhookSubscriptionEntity subscription, WebhookInput input, String events) {
        subscription.url = input.url();
        subscription.eventTypes = events;
        WebhookStatus status = input.status() == null ? WebhookStatus.ACTIVE : input.status();
        if (status != subscription.status || status == WebhookStatus.ACTIVE) {
            subscription.disabledReason = null;
        }
        subscription.status = status;
        subscription.debounceSeconds = input.debounceSeconds();
        subscription.description = input.description();
    }
}
