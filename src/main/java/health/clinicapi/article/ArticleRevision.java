package health.clinicapi.article;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of an article as the API shows it; never changes once written. */
@Schema(name = "ArticleRevision")
public record ArticleRevision(
        @Schema(description = "1 for the first save, then one more for each change.") int number,
        RevisionAction action,
        @Schema(description = "The API key that made the change; absent for the service itself (scheduler, demo) and for revisions brought in by a clinic import.") UUID actorKeyId,
        @Schema(description = "Name of the key, or `system`.") String actorName,
        Instant createdAt,
        @Schema(description = "The article exactly as the API showed it after the change.") Article article) {
}
