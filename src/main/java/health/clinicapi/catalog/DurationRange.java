package health.clinicapi.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many months an effect typically lasts; minMonths must not exceed maxMonths. */
@Schema(name = "DurationRange")
public record DurationRange(
        @Schema(examples = "3", required = true) @NotNull @Min(0) @Max(120) Integer minMonths,
        @Schema(examples = "4", required = true) @NotNull @Min(0) @Max(120) Integer maxMonths) {
}
