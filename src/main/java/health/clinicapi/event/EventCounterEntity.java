package health.clinicapi.event;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last sequence number of a clinic's changes log; its row lock orders the clinic's writers (README.md). */
@Entity
@Table(name = "content_event_counter")
public class EventCounterEntity extends PanacheEntityBase {

    @Id
    @Column(name = "clinic_id")
    public UUID clinicId;
    @Column(name = "last_sequence")
    public long lastSequence;

    /** The clinic's counter, locked until the current transaction ends (SELECT ... FOR UPDATE); empty if none. */
    static Optional<EventCounterEntity> lock(UUID clinicId) {
        return findByIdOptional(clinicId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The clinic's last sequence number as committed (0 when it has recorded nothing), without locking. */
    static long last(UUID clinicId) {
        return EventCounterEntity.<EventCounterEntity>findByIdOptional(clinicId).map(c -> c.lastSequence).orElse(0L);
    }
}
