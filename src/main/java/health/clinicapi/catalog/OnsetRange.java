package health.clinicapi.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many days after treatment an effect typically begins; minDays must not exceed maxDays. */
@Schema(name = "OnsetRange")
public record OnsetRange(
        @Schema(examples = "2", required = true) @NotNull @Min(0) @Max(365) Integer minDays,
        @Schema(examples = "14", required = true) @NotNull @Min(0) @Max(365) Integer maxDays) {
}
