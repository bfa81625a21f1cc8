package health.clinicapi.syndication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Allows the origin clinic's articles on the target clinic's site. */
@Schema(name = "SyndicationGrantInput")
public record GrantInput(
        @Schema(description = "Slug of the clinic whose articles may be syndicated.", examples = "harbor-aesthetics", required = true) @NotBlank @Size(max = 64) String origin,
        @Schema(description = "Slug of the clinic that may show them.", examples = "summit-dermatology", required = true) @NotBlank @Size(max = 64) String target) {
}
