package health.clinicapi.catalog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** The regulatory status of one product for an indication in one jurisdiction. */
@Schema(name = "RegulatoryStatusEntry")
public record RegulatoryStatusEntry(
        @Schema(description = "ISO 3166-1 alpha-2, optionally with a subdivision.", examples = "US", required = true) @NotBlank @Pattern(regexp = Patterns.JURISDICTION, message = Patterns.JURISDICTION_MESSAGE) String jurisdiction,
        @Schema(examples = "Botox Cosmetic", required = true) @NotBlank @Size(max = 100) String product,
        @Schema(required = true) @NotNull RegulatoryStatus status,
        @Schema(description = "Year of approval; required when status is APPROVED, not allowed otherwise.", examples = "2002") @Min(value = 1900, message = "must be 1900 or later") Integer approvalYear,
        @Size(max = 1000) String note,
        @Schema(examples = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/103000s5322lbl.pdf") @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String referenceUrl) {

    static RegulatoryStatusEntry from(RegulatoryStatusRow row) {
        return new RegulatoryStatusEntry(row.jurisdiction, row.product, row.status, row.approvalYear, row.note,
                row.referenceUrl);
    }
}
