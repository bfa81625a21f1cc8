package health.clinicapi.syndication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** Places a published article of the origin clinic (all its translations) on the target clinic of the path. */
@Schema(name = "PlacementInput")
public record PlacementInput(
        @Schema(description = "Slug of the origin clinic; it must have granted syndication to the target.", examples = "harbor-aesthetics", required = true) @NotBlank @Size(max = 64) String origin,
        @Schema(description = "Slug of the origin's published article (any of its translations).", examples = "what-botox-treats", required = true) @NotBlank @Size(max = 80) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String article,
        @Schema(description = "ACTIVE (default) or PAUSED.") PlacementState state,
        @Valid PlacementOverrides overrides) {
}
