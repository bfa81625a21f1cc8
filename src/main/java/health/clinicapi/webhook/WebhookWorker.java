package health.clinicapi.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;

/**
 * Delivers the outbox. Each run asks the database what is due (so it catches up after downtime), leases each due
 * delivery with a conditional update (so replicas never send the same delivery at once), POSTs it signed, and
 * records the attempt. A worker that dies mid-delivery leaves its lease behind; once the lease expires the delivery
 * is due again, so nothing is lost (a receiver may then see a message twice: it deduplicates on {@code Webhook-Id}).
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_ERROR = 500;

    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final AuditLog audit;
    private final HttpClient http;
    private final Backoff backoff;
    private volatile DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    public WebhookWorker(WebhookConfig config, WebhookTargets targets, WebhookSecrets secrets, AuditLog audit) {
        this.config = config;
        this.targets = targets;
        this.secrets = secrets;
        this.audit = audit;
        this.backoff = new Backoff(config.retryBase(), config.retryCap());
        // Never follow redirects: a redirect could lead anywhere, including past the SSRF check.
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "webhook-delivery", every = "${clinicapi.webhooks.worker-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runDue(Instant.now());
    }

    /** Claims and delivers everything due at {@code now}; returns how many attempts were made. Tests pass their own now. */
    public int runDue(Instant now) {
        List<Claim> claims = claimDue(now);
        for (Claim claim : claims) {
            deliver(claim, now);
        }
        return claims.size();
    }

    /** A delivery leased to this worker run. */
    public record Claim(UUID deliveryId, UUID token) {
    }

    /** Leases what is due at {@code now}; a delivery leased by another worker whose lease has not expired is skipped. */
    public List<Claim> claimDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> WebhookDeliveryEntity.due(now, config.batchSize()));
        UUID token = UUID.randomUUID();
        Instant until = now.plus(config.lease());
        List<Claim> claims = new ArrayList<>();
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> WebhookDeliveryEntity.claim(id, token, now, until))) {
                claims.add(new Claim(id, token));
            }
        }
        return claims;
    }

    /** What an attempt needs, read in a short transaction so no transaction stays open during the HTTP call. */
    private record Outgoing(UUID subscriptionId, String url, byte[] body, List<String> secrets) {
    }

    /** The result of one HTTP attempt. */
    private record Result(Integer statusCode, String error, long durationMs) {
        boolean acknowledged() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    void deliver(Claim claim, Instant now) {
        Optional<Outgoing> outgoing = QuarkusTransaction.requiringNew().call(() -> load(claim, now));
        if (outgoing.isEmpty()) {
            return; // deleted, or the lease went to another worker
        }
        Result result = send(claim.deliveryId(), outgoing.get(), now);
        QuarkusTransaction.requiringNew().run(() -> record(claim, outgoing.get().subscriptionId(), result, now));
    }

    private Optional<Outgoing> load(Claim claim, Instant now) {
        WebhookDeliveryEntity delivery = WebhookDeliveryEntity.findById(claim.deliveryId());
        if (delivery == null || !claim.token().equals(delivery.leaseToken)) {
            return Optional.empty();
        }
        WebhookSubscriptionEntity subscription = delivery.subscription;
        List<String> signing = new ArrayList<>();
        signing.add(secrets.decrypt(subscription.secret, subscription.id));
        if (subscription.previousSecret != null && subscription.previousSecretExpiresAt != null
                && subscription.previousSecretExpiresAt.isAfter(now)) {
            signing.add(secrets.decrypt(subscription.previousSecret, subscription.id));
        }
        return Optional.of(new Outgoing(subscription.id, subscription.url,
                delivery.payload.getBytes(StandardCharsets.UTF_8), signing));
    }

    private Result send(UUID deliveryId, Outgoing outgoing, Instant now) {
        long started = System.nanoTime();
        Optional<String> refused = targets.refusalOnDelivery(outgoing.url());
        if (refused.isPresent()) {
            return new Result(null, "target refused: url " + refused.get(), 0);
        }
        String id = deliveryId.toString();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url())).timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "clinic-content-api-webhooks/1")
                .header(WebhookSignature.ID, id)
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE,
                        WebhookSignature.header(outgoing.secrets(), id, timestamp, outgoing.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.body())).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The body is never read: closing the stream drops it, so a receiver cannot stall us with a long one.
            response.body().close();
            int status = response.statusCode();
            String error = status / 100 == 2
                    ? null
                    : "HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : "");
            return new Result(status, error, elapsed(started));
        } catch (IOException e) {
            return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", elapsed(started));
        }
    }

    private void record(Claim claim, UUID subscriptionId, Result result, Instant now) {
        WebhookDeliveryEntity delivery = WebhookDeliveryEntity.findById(claim.deliveryId());
        if (delivery == null || !claim.token().equals(delivery.leaseToken)) {
            LOG.warnf("Webhook delivery %s: lease lost before its attempt was recorded", claim.deliveryId());
            return;
        }
        int number = delivery.attempts + 1;
        AttemptOutcome outcome;
        Instant next = null;
        if (result.acknowledged()) {
            outcome = AttemptOutcome.ACKNOWLEDGED;
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
        } else if (result.statusCode() != null && result.statusCode() == 410) {
            outcome = AttemptOutcome.DISABLED;
            delivery.status = DeliveryStatus.FAILED;
            disable(delivery.subscription, now);
        } else {
            Instant candidate = now.plus(backoff.delay(number, random.getAsDouble())).truncatedTo(ChronoUnit.MICROS);
            if (candidate.isAfter(delivery.retrySince.plus(config.retryHorizon()))) {
                outcome = AttemptOutcome.GAVE_UP;
                delivery.status = DeliveryStatus.FAILED;
            } else {
                outcome = AttemptOutcome.RETRY;
                next = candidate;
            }
        }
        delivery.attempts = number;
        delivery.nextAttemptAt = next;
        delivery.leaseUntil = null;
        delivery.leaseToken = null;
        delivery.lastStatusCode = result.statusCode();
        delivery.lastError = truncate(result.error());

        WebhookAttemptEntity attempt = new WebhookAttemptEntity();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.number = number;
        attempt.attemptedAt = now;
        attempt.durationMs = result.durationMs();
        attempt.statusCode = result.statusCode();
        attempt.error = truncate(result.error());
        attempt.outcome = outcome;
        attempt.nextAttemptAt = next;
        attempt.persist();
        log(delivery, subscriptionId, attempt);
    }

    private void disable(WebhookSubscriptionEntity subscription, Instant now) {
        long before = subscription.version;
        subscription.status = WebhookStatus.DISABLED;
        subscription.disabledReason = "The receiver answered 410 Gone at " + now + ".";
        subscription.flush();
        audit.record(Actor.SYSTEM, AuditAction.UPDATED, WebhookService.RESOURCE, subscription.id,
                subscription.description, subscription.clinicId, before, subscription.version);
    }

    /** One line per attempt; never the URL (it may carry a token) or the secret, only ids. */
    private static void log(WebhookDeliveryEntity delivery, UUID subscriptionId, WebhookAttemptEntity attempt) {
        String what = "Webhook delivery %s (subscription %s) attempt %d: %s, status %s, %d ms, error %s, next attempt %s";
        Object[] args = {delivery.id, subscriptionId, attempt.number, attempt.outcome, attempt.statusCode,
                attempt.durationMs, attempt.error, attempt.nextAttemptAt};
        switch (attempt.outcome) {
            case ACKNOWLEDGED -> LOG.infof(what, args);
            case RETRY -> LOG.infof(what, args);
            case GAVE_UP -> LOG.warnf("Giving up: " + what, args);
            case DISABLED -> LOG.warnf("Subscription disabled (410 Gone): " + what, args);
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    /** For tests that need a known jitter; {@code random} returns values in [0, 1). */
    void useRandom(DoubleSupplier random) {
        this.random = random;
    }
}
