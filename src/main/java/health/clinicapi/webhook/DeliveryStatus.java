package health.clinicapi.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt, or being attempted now. */
    PENDING,
    /** The receiver acknowledged it with a 2xx. */
    DELIVERED,
    /** Given up: the retry horizon passed, or the receiver answered 410 Gone. */
    FAILED
}
