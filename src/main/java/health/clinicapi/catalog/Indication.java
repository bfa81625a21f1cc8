package health.clinicapi.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.Block;

/** A treatment used for a condition, the clinical fact sheet of the shared catalog, as the API shows it. */
@Schema(name = "Indication")
public record Indication(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "botox-axillary-hyperhidrosis") String slug,
        @Schema(description = "Slug of the treatment.", examples = "botox") String treatment,
        @Schema(description = "Slug of the condition.", examples = "axillary-hyperhidrosis") String condition,
        List<RegulatoryStatusEntry> regulatoryStatuses,
        EvidenceLevel evidenceLevel,
        String mechanismOfAction,
        List<String> treatedAreas,
        OnsetRange onset,
        DurationRange duration,
        SessionDetails sessionDetails,
        String insuranceNote,
        String summary,
        @Schema(description = "The fact sheet's body as structured blocks.") List<Block> body,
        @Schema(description = "Words in summary and body, for reading-time displays.") int wordCount,
        List<Reference> references,
        LocalDate lastReviewedAt,
        @Schema(description = "Slug of the medical reviewer.") String reviewer,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Indication from(IndicationEntity e) {
        return new Indication(e.id, e.slug, e.treatment.slug, e.condition.slug,
                e.regulatoryStatuses.stream().map(RegulatoryStatusEntry::from).toList(), e.evidenceLevel,
                e.mechanismOfAction, e.treatedAreas, e.onset, e.duration, e.sessionDetails, e.insuranceNote,
                e.summary, e.body, e.wordCount(), e.references, e.lastReviewedAt,
                e.reviewer == null ? null : e.reviewer.slug,
                e.createdAt, e.updatedAt, e.version);
    }
}
