package health.clinicapi.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A change to a clinic's content, as recorded in the changes log. Fired as a synchronous CDI event inside the
 * transaction that made the change, after its log row is written, so an observer (webhooks) can store its own outbox
 * rows in the same transaction: either the change, its log entry and its deliveries are all stored, or none is.
 *
 * @param sequence position in the changes log, increasing in commit order
 * @param clinicId the clinic whose site is affected
 * @param clinic that clinic's slug
 * @param type what happened
 * @param resource the kind of resource ({@code article}, {@code indication}, {@code disclaimer}, {@code syndication})
 * @param slug the resource's slug (for disclaimers, its key)
 * @param occurredAt when the change was made
 * @param data a small JSON-ready summary (e.g. locale, title, url) for receivers that do not want to fetch
 */
public record ContentEvent(long sequence, UUID clinicId, String clinic, EventType type, String resource, String slug,
        Instant occurredAt, Map<String, Object> data) {
}
