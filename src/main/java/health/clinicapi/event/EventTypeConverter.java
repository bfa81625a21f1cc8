package health.clinicapi.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link EventType} by its wire name, so the log reads the same in SQL as on the wire. */
@Converter
public class EventTypeConverter implements AttributeConverter<EventType, String> {

    @Override
    public String convertToDatabaseColumn(EventType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public EventType convertToEntityAttribute(String column) {
        return column == null
                ? null
                : EventType.fromWireName(column)
                        .orElseThrow(() -> new IllegalStateException("unknown event type in the log: " + column));
    }
}
