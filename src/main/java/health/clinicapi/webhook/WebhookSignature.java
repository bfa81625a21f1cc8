package health.clinicapi.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification defines them: {@code v1,<base64 HMAC-SHA256>} over
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, keyed with the secret's bytes after {@code whsec_}. Several
 * signatures (during a secret rotation) are separated by spaces; a receiver accepts the message when any matches.
 */
public final class WebhookSignature {

    public static final String ID = "Webhook-Id";
    public static final String TIMESTAMP = "Webhook-Timestamp";
    public static final String SIGNATURE = "Webhook-Signature";

    private WebhookSignature() {
    }

    /** The {@code Webhook-Signature} header value for these secrets (current first). */
    public static String header(List<String> secrets, String id, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, id, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    /** Base64 HMAC-SHA256 of {@code id.timestamp.body} with {@code secret} ({@code whsec_...}). */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookSecrets.keyBytes(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
