package health.clinicapi.syndication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new state and overrides of a placement, replacing the old ones whole. */
@Schema(name = "PlacementUpdate")
public record PlacementUpdate(
        @Schema(required = true) @NotNull PlacementState state,
        @Schema(description = "Absent or null fields: no override, the origin's value is shown.") @Valid PlacementOverrides overrides) {
}
