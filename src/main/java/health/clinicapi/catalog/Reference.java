package health.clinicapi.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** A citation behind an indication's facts. */
@Schema(name = "Reference")
public record Reference(
        @Schema(examples = "BOTOX (onabotulinumtoxinA) prescribing information", required = true) @NotBlank @Size(max = 500) String title,
        @Schema(examples = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/103000s5322lbl.pdf", required = true) @NotBlank @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url,
        @Schema(examples = "U.S. Food and Drug Administration") @Size(max = 200) String publisher,
        @Schema(examples = "2023") @Min(1800) @Max(2100) Integer year) {
}
