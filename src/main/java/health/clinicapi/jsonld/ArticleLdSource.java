package health.clinicapi.jsonld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the JSON-LD of one article needs, already resolved for the clinic that shows it. Plain data, no entities.
 * Null and blank values are left out of the output; null lists count as empty.
 *
 * @param url canonical URL of the article page; required
 * @param imageUrl nullable
 * @param lastReviewed nullable
 * @param reviewer nullable
 */
public record ArticleLdSource(
        String url,
        String headline, String description, String inLanguage,
        String imageUrl,
        Instant datePublished, Instant dateModified, LocalDate lastReviewed,
        PersonLd author, PersonLd reviewer,
        PublisherLd publisher,
        List<ConditionLd> conditions, List<TreatmentLd> treatments,
        List<String> keywords, Integer wordCount) {
}
