package health.clinicapi.disclaimer;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.PlainText;

/** The content of a new disclaimer version. Versions are never edited: a change is a new version. */
@Schema(name = "DisclaimerVersionInput")
public record DisclaimerVersionInput(
        @Schema(examples = "Educational content", required = true) @NotBlank @Size(max = 200) @PlainText String title,

        @Schema(description = "The full notice, plain text.", required = true) @NotBlank @Size(max = 20000) @PlainText String text,

        @Schema(description = "At most 200 characters, for snippets.", required = true) @NotBlank @Size(max = 200) @PlainText String shortText,

        @Schema(description = "When this version takes effect; defaults to now, may be in the future.") Instant effectiveFrom) {
}
