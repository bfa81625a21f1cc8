package health.clinicapi.disclaimer;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.catalog.RegulatoryStatus;

/** What a client sends to create or replace a disclaimer rule. */
@Schema(name = "DisclaimerRuleInput")
public record DisclaimerRuleInput(
        @Schema(examples = "off-label-indications", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = DisclaimerInput.SLUG, message = "must be lower-case letters and digits separated by single hyphens") String slug,

        @Schema(description = "Key of the disclaimer to attach; a network default with this key must exist.", examples = "off-label-use", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = DisclaimerInput.SLUG, message = "must be lower-case letters and digits separated by single hyphens") String disclaimerKey,

        @Schema(description = "The content types the rule applies to.", required = true) @NotEmpty(message = "must name at least one content type") Set<@NotNull ContentType> appliesTo,

        @Schema(required = true) @NotNull RuleCondition condition,

        @Schema(description = "For INDICATION_STATUS_IN only: the statuses that trigger the rule.") Set<@NotNull RegulatoryStatus> statuses,

        @Schema(description = "For TAG only: the tag that triggers the rule.", examples = "botox") @Size(max = 64) @Pattern(regexp = DisclaimerInput.SLUG, message = "must be lower-case letters and digits separated by single hyphens") String tag,

        @Schema(description = "Position among the content's disclaimers, lowest first; ties are ordered by key.", examples = "10", required = true) @NotNull @Min(0) @Max(100000) Integer displayOrder,

        @Schema(description = "Disabled rules are kept but never applied; defaults to true.") Boolean enabled) {
}
