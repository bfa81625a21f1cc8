package health.clinicapi.catalog;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import health.clinicapi.common.persistence.JsonConverter;

/** JSON text columns of indications: sub-objects that are always read and written whole, never queried. */
public final class CatalogConverters {

    private CatalogConverters() {
    }

    @Converter
    public static class Onset extends JsonConverter<OnsetRange> {
        public Onset() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Duration extends JsonConverter<DurationRange> {
        public Duration() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Session extends JsonConverter<SessionDetails> {
        public Session() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class References extends JsonConverter<List<Reference>> {
        public References() {
            super(new TypeReference<>() {
            });
        }
    }
}
