package health.clinicapi.common.persistence;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a string-to-string map as a JSON object in a text column, keys sorted so equal maps store equal text. */
@Converter
public class StringMapConverter implements AttributeConverter<Map<String, String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values == null ? Map.of() : new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a map of strings always serializes", e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored map column is not a JSON object of strings", e);
        }
    }
}
