package health.clinicapi.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition of the shared catalog, as the API shows it. */
@Schema(name = "Condition")
public record Condition(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "axillary-hyperhidrosis") String slug,
        String name,
        List<String> synonyms,
        @Schema(examples = "Underarms") String bodyArea,
        @Schema(examples = "L74.510") String icd10,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Condition from(ConditionEntity e) {
        return new Condition(e.id, e.slug, e.name, e.synonyms, e.bodyArea, e.icd10, e.createdAt, e.updatedAt,
                e.version);
    }
}
