package health.clinicapi.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import health.clinicapi.event.ContentEvent;
import health.clinicapi.event.EventType;

/**
 * Fires content events the way the changes log does after integration: synchronously, inside the transaction of the
 * change. On this branch nothing else fires them yet.
 */
@ApplicationScoped
public class ContentEvents {

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    private final Event<ContentEvent> events;

    public ContentEvents(Event<ContentEvent> events) {
        this.events = events;
    }

    /** Fires one event in its own committed transaction. */
    @Transactional
    public ContentEvent fire(UUID clinicId, String clinic, EventType type, String slug) {
        return fireInCurrentTransaction(clinicId, clinic, type, slug);
    }

    /** Fires one event in the caller's transaction, which must exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContentEvent fireInCurrentTransaction(UUID clinicId, String clinic, EventType type, String slug) {
        ContentEvent event = new ContentEvent(SEQUENCE.incrementAndGet(), clinicId, clinic, type, "article", slug,
                Instant.now().truncatedTo(ChronoUnit.MICROS), Map.of("locale", "en-US", "title", "About " + slug));
        events.fire(event);
        return event;
    }
}
