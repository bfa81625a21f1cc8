package health.clinicapi.syndication;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;

/** Every published article of the origin clinic (the path's) with {@code tag} goes to each target clinic. */
@Schema(name = "SyndicationRuleInput")
public record RuleInput(
        @Schema(examples = "neuromodulators", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String tag,
        @Schema(description = "Slugs of the target clinics; each needs a grant from the origin.", examples = "[\"summit-dermatology\"]", required = true) @NotEmpty @Size(max = 100) List<@NotNull @Size(max = 64) String> targets) {
}
