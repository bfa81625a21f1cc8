package health.clinicapi.webhook;

/** What one delivery attempt led to. */
public enum AttemptOutcome {
    /** 2xx: delivered. */
    ACKNOWLEDGED,
    /** Failed; another attempt is scheduled. */
    RETRY,
    /** Failed, and the next attempt would fall beyond the retry horizon: the delivery is given up. */
    GAVE_UP,
    /** 410 Gone: the subscription was disabled. */
    DISABLED
}
