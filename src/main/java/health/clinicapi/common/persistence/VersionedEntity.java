package health.clinicapi.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every editable resource stores the same way: an immutable UUID, creation and update times, and the version
 * that optimistic locking and the management ETag are built on.
 */
@MappedSuperclass
@EntityListeners(ChangeListener.class)
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        // An import brings the times its content already had; everything else is created now.
        if (createdAt == null) {
            createdAt = now();
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /** Now, at the microsecond precision both databases store, so a read-back equals what was returned. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
