package health.clinicapi.webhook;

/** Whether a subscription receives deliveries. */
public enum WebhookStatus {
    /** New events are delivered. */
    ACTIVE,
    /** Nothing is delivered; set by an admin, or by the worker when the receiver answered 410 Gone. */
    DISABLED
}
