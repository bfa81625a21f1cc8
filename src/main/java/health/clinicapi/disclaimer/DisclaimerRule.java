package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.catalog.RegulatoryStatus;

/** A rule that attaches a disclaimer to content, as the API shows it. */
@Schema(name = "DisclaimerRule")
public record DisclaimerRule(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "off-label-indications") String slug,
        @Schema(examples = "off-label-use") String disclaimerKey,
        Set<ContentType> appliesTo,
        RuleCondition condition,
        @Schema(description = "For INDICATION_STATUS_IN: the statuses that trigger the rule.") Set<RegulatoryStatus> statuses,
        @Schema(description = "For TAG: the tag that triggers the rule.") String tag,
        int displayOrder,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    static DisclaimerRule from(DisclaimerRuleEntity r) {
        return new DisclaimerRule(r.id, r.slug, r.disclaimerKey, r.contentTypes(), r.condition, r.statusSet(), r.tag,
                r.displayOrder, r.enabled, r.createdAt, r.updatedAt, r.version);
    }
}
