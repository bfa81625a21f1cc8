package health.clinicapi.common.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * Strong entity tags: a version tag for management resources (what {@code If-Match} is checked against) and a
 * content hash for delivery responses.
 */
public final class ETags {

    private ETags() {
    }

    /** The ETag header value of a management resource at {@code version}. */
    public static String ofVersion(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value of exactly these response bytes. */
    public static String ofContent(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Enforces the {@code If-Match} precondition of an update or delete: missing is 428, a list of tags none of
     * which is the current version is 412. {@code *} is refused as missing, since it would defeat lost-update
     * protection.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read, so concurrent edits are never overwritten.");
        }
        String current = ofVersion(currentVersion);
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "The resource is now at ETag " + current + "; fetch it again and reapply your change.");
    }

    /** True when an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks). */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = strip(etag);
        for (String tag : ifNoneMatch.split(",")) {
            if (strip(tag.trim()).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

}
