package health.clinicapi.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Events after a position in a clinic's changes log, and the position after them. */
public record ChangesPage(
        @Schema(description = "The events after `since`, oldest first.") List<Change> items,
        @Schema(description = "Pass as `since` in the next poll; the same position when nothing new happened.", required = true) String nextToken,
        @Schema(description = "True when more events follow at once: poll again without waiting.", required = true) boolean hasMore) {
}
