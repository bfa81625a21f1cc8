package health.clinicapi.disclaimer;

import java.util.Set;

import health.clinicapi.catalog.RegulatoryStatus;

/**
 * What the resolver needs to know about one piece of content, as plain facts, so articles, indications and snippets
 * can all describe themselves without the resolver knowing their entities.
 *
 * @param type the kind of content
 * @param healthContent whether it is health content (ALWAYS rules apply only to health content)
 * @param locale the locale asked for, BCP 47; null means the clinic's default locale
 * @param indicationStatuses statuses, in the clinic's jurisdiction, of every indication the content references
 * @param someIndicationWithoutStatus whether a referenced indication has no status at all in that jurisdiction
 * @param tags the content's tags
 */
public record ContentFacts(ContentType type, boolean healthContent, String locale,
        Set<RegulatoryStatus> indicationStatuses, boolean someIndicationWithoutStatus, Set<String> tags) {

    public ContentFacts {
        indicationStatuses = indicationStatuses == null ? Set.of() : Set.copyOf(indicationStatuses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** True when the content references an indication that is not APPROVED here, or that has no status here. */
    boolean referencesUnapprovedIndication() {
        return someIndicationWithoutStatus
                || indicationStatuses.stream().anyMatch(status -> status != RegulatoryStatus.APPROVED);
    }
}
