package health.clinicapi.common.persistence;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

/** A list of free-text strings (which may contain commas) as a JSON array; an empty column reads as an empty list. */
@Converter
public class JsonStringListConverter extends JsonConverter<List<String>> {

    public JsonStringListConverter() {
        super(new TypeReference<>() {
        });
    }

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return super.convertToDatabaseColumn(values == null ? List.of() : values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        List<String> values = super.convertToEntityAttribute(column);
        return values == null ? List.of() : values;
    }
}
