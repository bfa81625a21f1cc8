package health.clinicapi.catalog;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** What a client sends to create or replace a treatment of the shared catalog. */
@Schema(name = "TreatmentInput")
public record TreatmentInput(
        @Schema(examples = "botox", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,

        @Schema(examples = "Botox", required = true) @NotBlank @Size(max = 200) String name,

        @Schema(description = "International nonproprietary or generic name, for drugs and devices.", examples = "onabotulinumtoxinA") @Size(max = 200) String genericName,

        @Schema(examples = "[\"Botox\", \"Botox Cosmetic\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) String> brandNames,

        @Schema(required = true) @NotNull TreatmentCategory category,

        @Schema(description = "How it works, in a sentence or two of plain text.") @Size(max = 2000) String mechanismSummary,

        @Schema(examples = "AbbVie (Allergan Aesthetics)") @Size(max = 200) String manufacturer) {
}
