package health.clinicapi.syndication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.article.HeroImage;
import health.clinicapi.common.validation.Patterns;
import health.clinicapi.content.PlainText;

/**
 * What the target shows instead of the origin's own values; null keeps the origin's (and follows its edits). Title and
 * excerpt may use {@code {{clinic.*}}} variables like the origin text.
 */
@Schema(name = "PlacementOverrides")
public record PlacementOverrides(
        @Schema(examples = "Botox for migraine at {{clinic.name}}") @Size(min = 1, max = 300) @PlainText String title,
        @Size(min = 1, max = 1000) @PlainText String excerpt,
        @Schema(description = "The slug on the target site, for every locale of the article; must not clash with the target's own articles or other placements.", examples = "botox-migraine") @Size(max = 80) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @Valid HeroImage heroImage) {

    static final PlacementOverrides NONE = new PlacementOverrides(null, null, null, null);
}
