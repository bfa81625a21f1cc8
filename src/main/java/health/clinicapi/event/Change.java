package health.clinicapi.event;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a clinic's changes feed. */
public record Change(
        @Schema(description = "Position in the clinic's changes log; increases by one per event, in commit order.") long sequence,
        @Schema(description = "What happened.", enumeration = {
                "article.published", "article.updated",
                "article.unpublished", "article.deleted", "indication.updated", "disclaimer.updated",
                "syndication.changed"}) String type,
        @Schema(description = "The kind of resource.", enumeration = {"article", "indication", "disclaimer",
                "syndication"}) String resource,
        @Schema(description = "The resource's slug (a disclaimer's key).") String slug,
        @Schema(description = "The locale of the changed content; absent for indications.") String locale,
        @Schema(description = "When the change was made.") Instant occurredAt,
        @Schema(description = "Where the current state is delivered; a 404 there means it is gone from the site.") String url){

    static Change from(ContentEventEntity row, String clinicSlug, String baseUrl) {
        return new Change(row.sequenceNumber, row.type.wireName(), row.resource, row.slug, row.locale,
                row.occurredAt, baseUrl + ChangeUrls.path(clinicSlug, row.resource, row.slug, row.locale));
    }
}
