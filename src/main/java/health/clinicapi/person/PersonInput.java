package health.clinicapi.person;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** What a client sends to create or replace a person. Ids, timestamps and versions are the server's. */
@Schema(name = "PersonInput")
public record PersonInput(
        @Schema(examples = "avery-lindqvist", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,

        @Schema(examples = "Avery Lindqvist", required = true) @NotBlank @Size(max = 200) String name,

        @Schema(description = "Short post-nominal credentials.", examples = "[\"MD\", \"FAAD\"]") @Size(max = 10) List<@NotBlank @Size(max = 20, message = "must be a short credential such as MD or RN (at most 20 characters)") String> credentials,

        @Schema(examples = "Board-certified dermatologist") @Size(max = 200) String title,

        @Schema(description = "Plain text, no markup.") @Size(max = 4000) String bio,

        @Valid Photo photo,

        @Schema(examples = "https://people.example/avery-lindqvist") @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String profileUrl,

        @Schema(description = "May sign off the medical review of content.", required = true) @NotNull Boolean medicalReviewer) {
}
