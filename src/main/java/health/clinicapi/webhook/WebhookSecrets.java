package health.clinicapi.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Signing secrets: generated from a CSPRNG in the Standard Webhooks format ({@code whsec_} + base64 of 32 bytes),
 * shown once, and stored encrypted with AES-256-GCM. Unlike API keys they cannot be stored as a hash, since every
 * delivery needs the secret itself to compute its HMAC. The ciphertext is bound to its subscription (the id is the
 * GCM associated data), so a row's secret cannot be moved to another row. The key comes from configuration
 * ({@code clinicapi.webhooks.secret-key}) or, for the embedded default, from a generated owner-only key file; a
 * database dump alone therefore reveals no secret.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);

    private final WebhookConfig config;
    private volatile SecretKey key;

    public WebhookSecrets(WebhookConfig config) {
        this.config = config;
    }

    /** A new secret, {@code whsec_<base64 of 32 random bytes>}. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The HMAC key of a secret: the bytes after {@code whsec_}. */
    static byte[] keyBytes(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    String encrypt(String secret, UUID subscriptionId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subscriptionId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] all = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return FORMAT + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    String decrypt(String stored, UUID subscriptionId) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown secret format of webhook subscription " + subscriptionId);
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(subscriptionId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret of webhook subscription " + subscriptionId
                    + " cannot be decrypted: was clinicapi.webhooks.secret-key changed?", e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadKey(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadKey() {
        byte[] bytes = config.secretKey().map(value -> Base64.getDecoder().decode(value.trim()))
                .orElseGet(this::fileKey);
        if (bytes.length != 32) {
            throw new IllegalStateException("clinicapi.webhooks.secret-key must be base64 of exactly 32 bytes");
        }
        return bytes;
    }

    private byte[] fileKey() {
        Path file = Path.of(config.secretKeyFile());
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                try {
                    Files.createFile(file, PosixFilePermissions
                            .asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                    LOG.warnf("Generated the webhook secret encryption key in %s; set clinicapi.webhooks.secret-key "
                            + "(the same on every replica) in production", file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it first: read theirs below
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the webhook secret key file " + file, e);
        }
    }
}
