package health.clinicapi.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Applies {@link JsonLimitsConfig} to the application's {@link ObjectMapper}, which reads every request body. */
@Singleton
public class JsonLimitsCustomizer implements ObjectMapperCustomizer {

    private final JsonLimitsConfig config;

    public JsonLimitsCustomizer(JsonLimitsConfig config) {
        this.config = config;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(config.maxNestingDepth())
                .maxStringLength(config.maxStringLength())
                .maxNumberLength(config.maxNumberLength())
                .maxDocumentLength(config.maxDocumentLength().asLongValue())
                .build());
    }
}
