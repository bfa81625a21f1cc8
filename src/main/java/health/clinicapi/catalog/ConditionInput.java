package health.clinicapi.catalog;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** What a client sends to create or replace a condition of the shared catalog. */
@Schema(name = "ConditionInput")
public record ConditionInput(
        @Schema(examples = "axillary-hyperhidrosis", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,

        @Schema(examples = "Severe underarm sweating (primary axillary hyperhidrosis)", required = true) @NotBlank @Size(max = 200) String name,

        @Schema(description = "Other names patients and clinicians use.", examples = "[\"excessive underarm sweating\"]") @Size(max = 30) List<@NotBlank @Size(max = 100) String> synonyms,

        @Schema(examples = "Underarms") @Size(max = 100) String bodyArea,

        @Schema(description = "ICD-10(-CM) code: a letter, two characters, optionally a dot and up to four more.", examples = "L74.510") @Pattern(regexp = "^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$", message = "must be an ICD-10 code such as L74.510 or G43.709") String icd10) {
}
