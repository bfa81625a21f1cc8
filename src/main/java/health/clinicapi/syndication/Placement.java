package health.clinicapi.syndication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An origin article placed on a target clinic's site, with its per-target state and overrides. */
@Schema(name = "Placement")
public record Placement(UUID id,
        @Schema(description = "Slug of the origin clinic.", examples = "harbor-aesthetics") String origin,
        @Schema(description = "Slug of the target clinic.", examples = "summit-dermatology") String target,
        @Schema(description = "The origin article's slug (in the origin's default locale when it has that translation); null when the origin has deleted it.", examples = "what-botox-treats") String article,
        @Schema(description = "The origin article's translation group: every translation is placed.") UUID translationGroup,
        PlacementState state,
        PlacementOverrides overrides,
        @Schema(description = "Names of the overridden fields (title, excerpt, slug, heroImage).") List<String> overridden,
        @Schema(description = "Id of the subscription rule that created it; null when placed by hand.") UUID rule,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send as If-Match (the ETag) to change or delete it.") long version) {

    static Placement from(SyndicationPlacementEntity p, String article) {
        return new Placement(p.id, p.origin.slug, p.target.slug, article, p.translationGroup, p.state,
                new PlacementOverrides(p.titleOverride, p.excerptOverride, p.slugOverride, p.heroOverride),
                p.overridden(), p.ruleId, p.createdAt, p.updatedAt, p.version);
    }
}
