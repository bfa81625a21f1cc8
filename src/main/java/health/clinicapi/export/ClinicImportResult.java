package health.clinicapi.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import wrote into a clinic. */
@Schema(name = "ClinicImportResult")
public record ClinicImportResult(
        @Schema(description = "Slug of the clinic imported into.", examples = "harbor-aesthetics") String clinic,
        @Schema(description = "Whether the document carried settings, which replaced the clinic's.") boolean settingsReplaced,
        int articles,
        int articleRevisions,
        int disclaimers,
        int disclaimerVersions) {
}
