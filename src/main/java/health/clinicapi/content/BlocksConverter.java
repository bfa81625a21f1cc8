package health.clinicapi.content;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import health.clinicapi.common.persistence.JsonConverter;

/** Stores a body of blocks as JSON text, with each block's {@code type}; shared by articles and indications. */
@Converter
public class BlocksConverter extends JsonConverter<List<Block>> {

    public BlocksConverter() {
        super(new TypeReference<>() {
        });
    }
}
