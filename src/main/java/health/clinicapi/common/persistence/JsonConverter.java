package health.clinicapi.common.persistence;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a value object or list that is always read and written whole as JSON text in a plain VARCHAR column, so the
 * same migration runs on H2 and PostgreSQL. Subclasses name the type; null stays null.
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final TypeReference<T> type;

    protected JsonConverter(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            // Written for the declared type, so polymorphic elements (e.g. blocks) keep their type ids.
            return JSON.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value does not serialize to JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored column is not the expected JSON", e);
        }
    }
}
