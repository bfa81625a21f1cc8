package health.clinicapi.webhook;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.event.EventType;

/** A webhook subscription as stored; the secrets only encrypted (see {@link WebhookSecrets}). */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = "WebhookSubscription.page", query = "from WebhookSubscriptionEntity s where s.clinicId = ?1 "
        + "and (s.createdAt < ?2 or (s.createdAt = ?2 and s.id < ?3)) order by s.createdAt desc, s.id desc")
@NamedQuery(name = "WebhookSubscription.active", query = "from WebhookSubscriptionEntity s where s.clinicId = ?1 "
        + "and s.status = health.clinicapi.webhook.WebhookStatus.ACTIVE order by s.id")
public class WebhookSubscriptionEntity extends VersionedEntity {

    @Column(name = "clinic_id")
    public UUID clinicId;
    public String url;
    /** Wire names of the subscribed event types, comma-separated. */
    @Column(name = "event_types")
    public String eventTypes;
    @Enumerated(EnumType.STRING)
    public WebhookStatus status;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "debounce_seconds")
    public Integer debounceSeconds;
    public String description;
    /** The signing secret, encrypted. */
    public String secret;
    /** The secret before the last rotation, encrypted; still signs until {@link #previousSecretExpiresAt}. */
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    static Optional<WebhookSubscriptionEntity> findOfClinic(UUID clinicId, UUID id) {
        return find("clinicId = ?1 and id = ?2", clinicId, id).firstResultOptional();
    }

    /** Keyset page, newest first. */
    static List<WebhookSubscriptionEntity> page(UUID clinicId, Instant beforeTime, UUID beforeId, int limit) {
        return find("#WebhookSubscription.page", clinicId, beforeTime, beforeId).range(0, limit - 1).list();
    }

    static List<WebhookSubscriptionEntity> activeOf(UUID clinicId) {
        return list("#WebhookSubscription.active", clinicId);
    }

    Set<EventType> eventTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : eventTypes.split(",")) {
            EventType.fromWireName(name).ifPresent(types::add);
        }
        return types;
    }

    boolean isActive() {
        return status == WebhookStatus.ACTIVE;
    }
}
