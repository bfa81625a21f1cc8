package health.clinicapi.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Options of the publish action; an empty body (or none) publishes now with no end. */
@Schema(name = "PublishInput")
public record PublishInput(
        @Schema(description = "A future instant schedules the article (status SCHEDULED) instead of publishing now.", examples = "2030-01-15T08:00:00Z") Instant publishAt,
        @Schema(description = "When to archive it again automatically; after publishAt (or now).", examples = "2030-06-30T23:59:59Z") Instant unpublishAt) {
}
