package health.clinicapi.webhook;

import java.time.Duration;

/**
 * Exponential backoff with full jitter: after the n-th failed attempt the next waits a uniformly random time in
 * [0, min(cap, base * 2^(n-1))]. The randomness spreads the retries of many deliveries that failed together (a
 * receiver that was down) instead of hitting it again in lockstep.
 */
record Backoff(Duration base, Duration cap) {

    /** The ceiling of the delay after {@code failedAttempts} failures (1 or more). */
    Duration ceiling(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /** The delay after {@code failedAttempts} failures, for a uniform {@code random} in [0, 1). */
    Duration delay(int failedAttempts, double random) {
        return Duration.ofMillis((long) (ceiling(failedAttempts).toMillis() * random));
    }
}
