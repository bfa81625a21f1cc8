package health.clinicapi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format, generation and checking of API key secrets.
 *
 * <p>
 * A key reads {@code cca_<prefix>_<secret>}: the prefix is public (shown in lists, logs of key management and the
 * audit log, so a leaked key can be identified), the secret is 32 bytes from a CSPRNG. Only SHA-256 of the whole key
 * is stored: with 256 bits of entropy a slow password hash adds nothing but latency on every request.
 */
public final class ApiKeySecrets {

    public static final String MARKER = "cca_";
    private static final Pattern FORMAT = Pattern.compile("^cca_([A-Za-z0-9]{8,16})_([A-Za-z0-9_-]{32,64})$");
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            .toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when a prefix is unknown, so unknown and wrong keys take the same path. */
    private static final String DECOY_HASH = hash(MARKER + "decoydecoyde_" + "x".repeat(43));

    private ApiKeySecrets() {
    }

    /** A new key with a 12-character prefix and a 43-character secret. */
    public static String generate() {
        StringBuilder prefix = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            prefix.append(ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return MARKER + prefix + "_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The public prefix of a well-formed key, or empty for anything else. */
    public static Optional<String> prefixOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Hex SHA-256 of the whole key: what is stored. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code presented} hashes to {@code storedHash}, compared in constant time; a null stored hash (unknown
     * prefix) is compared against a decoy so the work done does not reveal whether the prefix exists.
     */
    public static boolean matches(String presented, String storedHash) {
        byte[] actual = hash(presented).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = (storedHash == null ? DECOY_HASH : storedHash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected) && storedHash != null;
    }
}
