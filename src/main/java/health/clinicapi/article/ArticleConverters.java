package health.clinicapi.article;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import health.clinicapi.common.persistence.JsonConverter;

/** JSON text columns of articles: sub-objects that are always read and written whole, never queried. */
public final class ArticleConverters {

    private ArticleConverters() {
    }

    @Converter
    public static class Hero extends JsonConverter<HeroImage> {
        public Hero() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class SeoFields extends JsonConverter<Seo> {
        public SeoFields() {
            super(new TypeReference<>() {
            });
        }
    }
}
