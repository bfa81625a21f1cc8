package health.clinicapi.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.PlainText;
import health.clinicapi.content.SafeUrl;

/** The image at the top of an article; alt text is required so it is accessible. */
@Schema(name = "HeroImage")
public record HeroImage(
        @Schema(examples = "https://images.example/botox-consult.jpg", required = true) @NotBlank @Size(max = 2000) @SafeUrl(web = true) String url,
        @Schema(required = true) @NotBlank(message = "is required: describe the image for people who cannot see it") @Size(max = 500) @PlainText String alt,
        @Size(max = 500) @PlainText String caption,
        @Size(max = 200) @PlainText String credit,
        @Valid FocalPoint focalPoint) {

    /** The point of the image to keep when it is cropped, as fractions of width and height from the top left. */
    @Schema(name = "FocalPoint")
    public record FocalPoint(@DecimalMin("0") @DecimalMax("1") double x, @DecimalMin("0") @DecimalMax("1") double y) {
    }
}
