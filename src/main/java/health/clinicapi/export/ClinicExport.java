package health.clinicapi.export;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.article.ExportedArticle;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.disclaimer.ExportedDisclaimer;

/**
 * One clinic's content as a JSON document, to back it up or move it. It holds what the clinic owns: its settings,
 * its own disclaimers and its articles. Network content it uses is referenced by slug and not exported.
 */
@Schema(name = "ClinicExport", description = "One clinic's content: settings, its own disclaimers with every version, and every article in every status with every revision. "
        + "Ids, API keys and the audit log stay in the installation. Network content is referenced by slug and not exported: treatments, conditions and indications (the shared catalog), people (authors, medical reviewers), network default disclaimers and disclaimer rules. "
        + "Importing needs all of it to exist in the target installation.")
public record ClinicExport(
        @Schema(description = "Always `" + ClinicExport.FORMAT
                + "`.", examples = ClinicExport.FORMAT, required = true) String format,

        @Schema(description = "Version of this format; this server reads and writes 1. An import refuses any other with a 422.", examples = "1", required = true) int formatVersion,

        @Schema(description = "When the export was made; an import ignores it.") Instant exportedAt,

        @Schema(description = "The clinic's settings as a ClinicInput; `slug` is the clinic exported from. Optional on import: when present it replaces the target clinic's settings except its slug, when absent they stay.") @Valid ClinicInput clinic,

        @Schema(description = "The clinic's own disclaimers (overrides of network defaults) by key and locale.", required = true) @NotNull @Size(max = 1000) List<@NotNull @Valid ExportedDisclaimer> disclaimers,

        @Schema(description = "Every article in every status by slug and locale. Treatments, indications, authors and medical reviewers are referenced by slug.", required = true) @NotNull @Size(max = 10_000) List<@NotNull @Valid ExportedArticle> articles) {

    /** The value of {@code format}: tells a clinic export from any other JSON. */
    public static final String FORMAT = "clinic-content-export";
    /** The one version of the format this server reads and writes. */
    public static final int FORMAT_VERSION = 1;
}
