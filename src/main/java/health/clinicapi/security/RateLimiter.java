package health.clinicapi.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Decides whether a request may proceed and what its {@code RateLimit-*} headers say; kept apart from
 * {@link RateLimitFilter} so the decision is testable without HTTP.
 *
 * <p>
 * Each client has a token bucket of {@code limit} tokens, refilled <em>greedily</em>: a token comes back every
 * {@code period / limit} instead of all of them at the end of a period. Interval refill would map onto the
 * fixed-window wording of the RateLimit headers more literally, but it makes every throttled client wait up to a
 * whole period and then return at once; greedy refill spreads load evenly and keeps {@code Retry-After} short, while
 * the bucket's capacity still caps a burst at {@code limit}.
 */
@Singleton
public class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String BEARER = "bearer ";

    /**
     * The outcome for one request.
     *
     * @param resetSeconds seconds until the bucket is full again, i.e. until {@code remaining} is back at
     *        {@code limit}: the closest a token bucket has to the draft's "quota resets"
     * @param retryAfterSeconds for a refused request, seconds until the next token (at least 1); 0 when allowed
     */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final boolean enabled;
    private final Quota management;
    private final Quota managementPerAddress;
    private final Quota delivery;

    public RateLimiter(RateLimitConfig config) {
        this.enabled = config.enabled();
        if (enabled) {
            this.management = new Quota("management", config.management().limit(), config.management().period(),
                    config.maxBuckets());
            this.managementPerAddress = new Quota("management.address-limit", config.management().addressLimit(),
                    config.management().period(), config.maxBuckets());
            this.delivery = new Quota("delivery", config.delivery().limit(), config.delivery().period(),
                    config.maxBuckets());
        } else {
            this.management = null;
            this.managementPerAddress = null;
            this.delivery = null;
        }
    }

    /**
     * Takes a token for a request to {@code path} from the bucket it belongs to; empty when the path is not limited
     * (outside {@code /v1}, e.g. {@code /q/health}) or limits are off.
     *
     * @param authorization the {@code Authorization} header, may be null
     * @param clientAddress the client's address as resolved by the proxy settings
     */
    public Optional<Decision> decide(String path, String authorization, String clientAddress) {
        if (!enabled || !(path.equals("/v1") || path.startsWith("/v1/"))) {
            return Optional.empty();
        }
        if (path.equals("/v1/manage") || path.startsWith("/v1/manage/")) {
            // The prefix is only a bucket id here, not proof of anything: authentication comes later. Requests that
            // carry no well-formed key share their address's bucket, so garbage headers buy no extra quota, and every
            // address has a ceiling across all the keys it presents, so made-up keys buy none either.
            Decision ceiling = managementPerAddress.consume(clientAddress);
            if (!ceiling.allowed()) {
                return Optional.of(ceiling);
            }
            return Optional.of(management.consume(keyPrefix(authorization).map(prefix -> "key:" + prefix)
                    .orElse("address:" + clientAddress)));
        }
        return Optional.of(delivery.consume(clientAddress));
    }

    private static Optional<String> keyPrefix(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return ApiKeySecrets.prefixOf(authorization.substring(BEARER.length()).trim());
    }

    /** The buckets of one path class. */
    private static final class Quota {

        private final long limit;
        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;

        Quota(String name, long limit, Duration period, int maxBuckets) {
            try {
                this.bandwidth = Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("clinicapi.rate-limit." + name + " is invalid: " + e.getMessage(), e);
            }
            if (maxBuckets < 1) {
                throw new IllegalStateException("clinicapi.rate-limit.max-buckets must be at least 1");
            }
            this.limit = limit;
            // A greedy bucket left alone for one period is full again, so dropping it then loses nothing.
            this.buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(period).build();
        }

        Decision consume(String id) {
            Bucket bucket = buckets.get(id, ignored -> Bucket.builder().addLimit(bandwidth).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            long reset = ceilSeconds(probe.getNanosToWaitForReset());
            if (probe.isConsumed()) {
                return new Decision(true, limit, probe.getRemainingTokens(), reset, 0);
            }
            return new Decision(false, limit, 0, reset, Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
        }

        private static long ceilSeconds(long nanos) {
            return -Math.floorDiv(-nanos, NANOS_PER_SECOND);
        }
    }
}
