package health.clinicapi.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product or procedure of the shared catalog, as the API shows it. */
@Schema(name = "Treatment")
public record Treatment(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "botox") String slug,
        @Schema(examples = "Botox") String name,
        @Schema(examples = "onabotulinumtoxinA") String genericName,
        @Schema(examples = "[\"Botox\", \"Botox Cosmetic\"]") List<String> brandNames,
        TreatmentCategory category,
        String mechanismSummary,
        @Schema(examples = "AbbVie (Allergan Aesthetics)") String manufacturer,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Treatment from(TreatmentEntity e) {
        return new Treatment(e.id, e.slug, e.name, e.genericName, e.brandNames, e.category, e.mechanismSummary,
                e.manufacturer, e.createdAt, e.updatedAt, e.version);
    }
}
