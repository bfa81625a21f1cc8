package health.clinicapi.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;
import health.clinicapi.content.Block;

/**
 * What a client sends to create or replace an indication. Treatment, condition and reviewer are slugs of existing
 * resources; the reviewer must be a medical reviewer.
 */
@Schema(name = "IndicationInput")
public record IndicationInput(
        @Schema(examples = "botox-axillary-hyperhidrosis", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,

        @Schema(description = "Slug of the treatment.", examples = "botox", required = true) @NotBlank @Size(max = 64) String treatment,

        @Schema(description = "Slug of the condition.", examples = "axillary-hyperhidrosis", required = true) @NotBlank @Size(max = 64) String condition,

        @Schema(description = "Status per jurisdiction and product; a (jurisdiction, product) pair appears once.", required = true) @NotEmpty(message = "must list at least one jurisdiction and product") @Size(max = 50) List<@NotNull @Valid RegulatoryStatusEntry> regulatoryStatuses,

        @Schema(required = true) @NotNull EvidenceLevel evidenceLevel,

        @Size(max = 4000) String mechanismOfAction,

        @Schema(examples = "[\"armpits\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) String> treatedAreas,

        @Valid OnsetRange onset,

        @Valid DurationRange duration,

        @Valid SessionDetails sessionDetails,

        @Size(max = 2000) String insuranceNote,

        @Schema(required = true) @NotBlank @Size(max = 2000) String summary,

        @Schema(description = "Sources of the facts; at least one.", required = true) @NotEmpty(message = "must cite at least one source") @Size(max = 20) List<@NotNull @Valid Reference> references,

        @Schema(description = "When the medical reviewer last checked the facts; together with reviewer.", examples = "2025-01-15") LocalDate lastReviewedAt,

        @Schema(description = "Slug of a person who is a medical reviewer; together with lastReviewedAt.", examples = "avery-lindqvist") @Size(max = 64) String reviewer,

        @Schema(description = "The fact sheet's body as structured blocks; defaults to none.") @Size(max = 500) List<@NotNull @Valid Block> body) {
}
