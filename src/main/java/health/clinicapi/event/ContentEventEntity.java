package health.clinicapi.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** One entry of a clinic's changes log, as stored; immutable once inserted. */
@Entity
@Immutable
@Table(name = "content_event")
@NamedQuery(name = "ContentEvent.after", query = "from ContentEventEntity where clinicId = :clinic and sequenceNumber > :after order by sequenceNumber")
public class ContentEventEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "clinic_id")
    public UUID clinicId;
    @Column(name = "sequence_number")
    public long sequenceNumber;
    @Column(name = "event_type")
    @Convert(converter = EventTypeConverter.class)
    public EventType type;
    public String resource;
    public String slug;
    public String locale;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Convert(converter = EventDataConverter.class)
    public Map<String, Object> data;

    /** The clinic's entries after sequence {@code after}, in sequence order, at most {@code limit}. */
    static List<ContentEventEntity> after(UUID clinicId, long after, int limit) {
        return find("#ContentEvent.after", Parameters.with("clinic", clinicId).and("after", after))
                .range(0, limit - 1).list();
    }

    /** The event as its observers and the changes feed see it, for the clinic with slug {@code clinic}. */
    ContentEvent toEvent(String clinic) {
        return new ContentEvent(sequenceNumber, clinicId, clinic, type, resource, slug, occurredAt, data);
    }
}
