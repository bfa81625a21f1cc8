package health.clinicapi.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a treatment session involves; the numbers are optional, the minimum must not exceed the maximum. */
@Schema(name = "SessionDetails")
public record SessionDetails(
        @Schema(examples = "About 10 to 15 small injections per underarm.", required = true) @NotBlank @Size(max = 1000) String description,
        @Schema(examples = "10") @Min(1) @Max(1000) Integer typicalInjectionsMin,
        @Schema(examples = "15") @Min(1) @Max(1000) Integer typicalInjectionsMax,
        @Schema(description = "Typical length of a session in minutes.", examples = "20") @Min(1) @Max(600) Integer sessionMinutes) {
}
