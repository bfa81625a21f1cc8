package health.clinicapi.syndication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription rule: the origin's published articles with the tag are placed on each target. */
@Schema(name = "SyndicationRule")
public record SyndicationRule(UUID id,
        @Schema(description = "Slug of the origin clinic.", examples = "harbor-aesthetics") String origin,
        @Schema(examples = "neuromodulators") String tag,
        @Schema(description = "Slugs of the target clinics, sorted.") List<String> targets,
        Instant createdAt,
        @Schema(description = "Send as If-Match (the ETag) to delete it.") long version) {

    static SyndicationRule from(SyndicationRuleEntity r) {
        return new SyndicationRule(r.id, r.origin.slug, r.tag, r.targets.stream().map(c -> c.slug).sorted().toList(),
                r.createdAt, r.version);
    }
}
