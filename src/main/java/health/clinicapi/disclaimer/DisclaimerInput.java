package health.clinicapi.disclaimer;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.PlainText;

/** What a client sends to create a disclaimer: its identity (key, kind, locale) and the content of version 1. */
@Schema(name = "DisclaimerInput")
public record DisclaimerInput(
        @Schema(examples = "general-medical-advice", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = "must be lower-case letters and digits separated by single hyphens") String key,

        @Schema(required = true) @NotNull DisclaimerKind kind,

        @Schema(examples = "en-US", required = true) @NotBlank @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,

        @Schema(examples = "Educational content", required = true) @NotBlank @Size(max = 200) @PlainText String title,

        @Schema(description = "The full notice, plain text.", required = true) @NotBlank @Size(max = 20000) @PlainText String text,

        @Schema(description = "At most 200 characters, for snippets.", required = true) @NotBlank @Size(max = 200) @PlainText String shortText,

        @Schema(description = "When this content takes effect; defaults to now, may be in the future.") Instant effectiveFrom) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    DisclaimerVersionInput content() {
        return new DisclaimerVersionInput(title, text, shortText, effectiveFrom);
    }
}
