package health.clinicapi.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery settings: the worker, retries, HTTP timeouts, SSRF allowances and secret encryption. */
@ConfigMapping(prefix = "clinicapi.webhooks")
public interface WebhookConfig {

    /**
     * How often the delivery worker looks for due deliveries (a duration such as {@code 5s}, or {@code off} to run no
     * worker on this replica); default 5 s.
     */
    @WithDefault("5s")
    String workerInterval();

    /** Deliveries one worker run claims at most; the rest wait for the next run; default 50. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a claimed delivery belongs to the worker that claimed it; when a worker dies mid-delivery, the
     * delivery is due again once this has passed. Must exceed connect plus request timeout; default 2 min.
     */
    @WithDefault("2m")
    Duration lease();

    /** Time allowed to open the connection to a receiver; default 5 s. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time allowed for the receiver's response headers once connected; default 10 s. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Ceiling of the delay before the first retry; each further retry doubles it (full jitter); default 30 s. */
    @WithDefault("30s")
    Duration retryBase();

    /** Largest ceiling a retry delay grows to; default 1 h. */
    @WithDefault("1h")
    Duration retryCap();

    /**
     * How long a delivery is retried, counted from its first due time (or from a manual redeliver); the attempt that
     * would be scheduled beyond it is not, and the delivery is given up (status FAILED, logged); default 3 days.
     */
    @WithDefault("3d")
    Duration retryHorizon();

    /**
     * Hosts (exact names or IP literals, case-insensitive) that target URLs may reach over plain http; every other
     * target must use https. Default none.
     */
    Optional<List<String>> httpAllowedHosts();

    /**
     * Hosts (exact names or IP literals, case-insensitive) exempt from the SSRF address check, so they may be or
     * resolve to loopback, link-local, private or unique-local addresses (e.g. an in-cluster receiver). Default none.
     */
    Optional<List<String>> allowedHosts();

    /**
     * Base64 of the 32-byte AES key that encrypts stored signing secrets ({@code CLINICAPI_WEBHOOKS_SECRET_KEY});
     * no default. Set it (from a secret store, the same on every replica) in production; without it a key is
     * generated into {@link #secretKeyFile()} on first use.
     */
    Optional<String> secretKey();

    /** Where the generated secret-encryption key is kept when {@link #secretKey()} is not set; default {@code data/webhook-secret.key}. */
    @WithDefault("data/webhook-secret.key")
    String secretKeyFile();

    /**
     * How long the previous signing secret stays valid after a rotation; deliveries are signed with both meanwhile,
     * so receivers can switch without dropping any; default 24 h.
     */
    @WithDefault("24h")
    Duration secretRotationGrace();
}
