package health.clinicapi.event;

import java.util.Map;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import health.clinicapi.common.persistence.JsonConverter;

/** Stores an event's small JSON-ready summary as a JSON object. */
@Converter
public class EventDataConverter extends JsonConverter<Map<String, Object>> {

    public EventDataConverter() {
        super(new TypeReference<>() {
        });
    }
}
