package health.clinicapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One outbox row: a payload for one subscription, with its retry state and lease. Changed by conditional updates
 * (claim, record) rather than optimistic locking, so a content change that adds to it never fails on a version.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = "select d.id from WebhookDeliveryEntity d where "
        + "d.status = health.clinicapi.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= ?1 "
        + "and (d.leaseUntil is null or d.leaseUntil < ?1) "
        + "and d.subscription.status = health.clinicapi.webhook.WebhookStatus.ACTIVE order by d.nextAttemptAt")
@NamedQuery(name = "WebhookDelivery.claim", query = "update WebhookDeliveryEntity d set d.leaseUntil = ?1, "
        + "d.leaseToken = ?2 where d.id = ?3 and d.status = health.clinicapi.webhook.DeliveryStatus.PENDING "
        + "and d.nextAttemptAt <= ?4 and (d.leaseUntil is null or d.leaseUntil < ?4)")
@NamedQuery(name = "WebhookDelivery.open", query = "from WebhookDeliveryEntity d where d.subscription.id = ?1 "
        + "and d.status = health.clinicapi.webhook.DeliveryStatus.PENDING and d.attempts = 0 "
        + "and d.leaseUntil is null and d.nextAttemptAt > ?2 order by d.createdAt desc")
@NamedQuery(name = "WebhookDelivery.page", query = "from WebhookDeliveryEntity d where d.subscription.id = ?1 "
        + "and (d.createdAt < ?2 or (d.createdAt = ?2 and d.id < ?3)) order by d.createdAt desc, d.id desc")
public class WebhookDeliveryEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    public WebhookSubscriptionEntity subscription;
    /** Wire name of the latest event in the delivery. */
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "event_sequence")
    public long eventSequence;
    @Column(name = "event_count")
    public int eventCount;
    /** The exact JSON body sent (and signed) on every attempt. */
    public String payload;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Start of the current retry cycle: creation, or the last manual redeliver; the horizon counts from here. */
    @Column(name = "retry_since")
    public Instant retrySince;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "lease_token")
    public UUID leaseToken;
    public int attempts;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Ids of deliveries due at {@code now} to active subscriptions and not leased, most overdue first. */
    static List<UUID> due(Instant now, int limit) {
        return find("#WebhookDelivery.due", now).project(UUID.class).range(0, limit - 1).list();
    }

    /** Leases the delivery to {@code token} until {@code until}, if it is still due and free; true when it did. */
    static boolean claim(UUID id, UUID token, Instant now, Instant until) {
        return update("#WebhookDelivery.claim", until, token, id, now) == 1;
    }

    /**
     * The delivery of a debounced subscription still collecting events at {@code now}, locked so concurrent changes
     * add to it one after the other and a worker cannot claim it halfway.
     */
    static Optional<WebhookDeliveryEntity> openFor(UUID subscriptionId, Instant now) {
        return find("#WebhookDelivery.open", subscriptionId, now).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    static Optional<WebhookDeliveryEntity> findOfClinic(UUID clinicId, UUID id) {
        return find("from WebhookDeliveryEntity d join fetch d.subscription s where d.id = ?1 and s.clinicId = ?2",
                id, clinicId).firstResultOptional();
    }

    static List<WebhookDeliveryEntity> page(UUID subscriptionId, Instant beforeTime, UUID beforeId, int limit) {
        return find("#WebhookDelivery.page", subscriptionId, beforeTime, beforeId).range(0, limit - 1).list();
    }
}
