package health.clinicapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One attempt to deliver, as logged: never changed once written. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "attempt_number")
    public int number;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "duration_ms")
    public long durationMs;
    @Column(name = "status_code")
    public Integer statusCode;
    public String error;
    @Enumerated(EnumType.STRING)
    public AttemptOutcome outcome;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Attempts of a delivery in order, after attempt {@code afterNumber}. */
    static List<WebhookAttemptEntity> pageAfter(UUID deliveryId, int afterNumber, int limit) {
        return find("deliveryId = ?1 and number > ?2 order by number", deliveryId, afterNumber).range(0, limit - 1)
                .list();
    }
}
