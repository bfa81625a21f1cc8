package health.clinicapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import health.clinicapi.event.ContentEvent;

/**
 * The JSON body of a delivery, in the Standard Webhooks shape ({@code type}, {@code timestamp}, {@code data}):
 * {@code data} is the latest event; {@code events} lists every event the delivery carries, oldest first (one
 * without debounce; a burst when debounced, the newest {@value #MAX_EVENTS} kept), and {@code eventCount} counts
 * them all.
 */
record WebhookPayload(String type, Instant timestamp, Event data, int eventCount, List<Event> events) {

    static final int MAX_EVENTS = 100;

    /** One content event as receivers see it. */
    record Event(long sequence, String type, String clinic, String resource, String slug, Instant occurredAt,
            Map<String, Object> details) {

        static Event from(ContentEvent e) {
            return new Event(e.sequence(), e.type().wireName(), e.clinic(), e.resource(), e.slug(), e.occurredAt(),
                    e.data() == null ? Map.of() : e.data());
        }
    }

    static WebhookPayload of(ContentEvent event) {
        Event first = Event.from(event);
        return new WebhookPayload(first.type(), first.occurredAt(), first, 1, List.of(first));
    }

    /** This payload with {@code event} added as the latest. */
    WebhookPayload with(ContentEvent event) {
        Event latest = Event.from(event);
        var all = new java.util.ArrayList<>(events);
        all.add(latest);
        List<Event> kept = all.size() > MAX_EVENTS ? all.subList(all.size() - MAX_EVENTS, all.size()) : all;
        return new WebhookPayload(latest.type(), latest.occurredAt(), latest, eventCount + 1, List.copyOf(kept));
    }
}
