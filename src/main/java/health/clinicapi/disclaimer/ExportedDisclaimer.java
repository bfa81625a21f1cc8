package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of a clinic's own disclaimers in a clinic export, with every version. Key, kind and locale carry the
 * constraints of {@link DisclaimerInput}; each version's content is a {@link DisclaimerVersionInput}, so an import
 * validates it exactly as a normal write does.
 */
@Schema(name = "ExportedDisclaimer")
public record ExportedDisclaimer(
        @Schema(examples = "general-medical-advice", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = DisclaimerInput.SLUG, message = "must be lower-case letters and digits separated by single hyphens") String key,

        @Schema(required = true) @NotNull DisclaimerKind kind,

        @Schema(examples = "en-US", required = true) @NotBlank @Size(max = 35) @Pattern(regexp = DisclaimerInput.LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,

        @Schema(required = true) @NotNull Instant createdAt,

        @Schema(required = true) @NotNull Instant updatedAt,

        @Schema(description = "The version (ETag) it had; an import keeps it.") @PositiveOrZero long version,

        @Schema(description = "Every version, oldest first, numbered 1, 2, 3…", required = true) @NotEmpty @Size(max = 1000) List<@NotNull @Valid Version> versions) {

    /** One immutable version: its number, content and when it was written. */
    @Schema(name = "ExportedDisclaimerVersion")
    public record Version(
            @Schema(description = "1 for the first version, then counting up.", required = true) @Min(1) int number,

            @Schema(description = "The content as a client writes it; effectiveFrom defaults to createdAt.", required = true) @Valid @NotNull DisclaimerVersionInput content,

            @Schema(required = true) @NotNull Instant createdAt) {
    }
}
