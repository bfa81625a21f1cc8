package health.clinicapi.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** A portrait of a person; the alt text is required so every site can render it accessibly. */
@Schema(name = "Photo")
public record Photo(
        @Schema(examples = "https://images.example/people/avery-lindqvist.jpg", required = true) @NotBlank @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url,
        @Schema(description = "Describes the photo for screen readers.", examples = "Dr. Avery Lindqvist smiling in a white coat", required = true) @NotBlank(message = "is required when a photo url is given") @Size(max = 300) String alt) {
}
