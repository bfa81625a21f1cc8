package health.clinicapi.event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * A reader's position in one clinic's changes log: every event up to {@code after} has been read. Clients see an
 * opaque base64url string; a token of another clinic, or one pointing past the end of the log, is forged.
 */
record ChangesToken(UUID clinicId, long after) {

    private static final String PREFIX = "changes.v1:";

    String encode() {
        String raw = PREFIX + clinicId + ":" + after;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position {@code token} names in the log of {@code clinicId}, which ends at {@code last}; 400 if forged. */
    static ChangesToken decode(String token, UUID clinicId, long last) {
        ChangesToken position;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw forged();
            }
            String rest = raw.substring(PREFIX.length());
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                throw forged();
            }
            position = new ChangesToken(UUID.fromString(rest.substring(0, colon)),
                    Long.parseLong(rest.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            // Also NumberFormatException: not base64, not a UUID, not a number.
            throw forged();
        }
        if (!position.clinicId.equals(clinicId) || position.after < 0 || position.after > last) {
            throw forged();
        }
        return position;
    }

    private static ApiException forged() {
        return new ApiException(ProblemType.INVALID_CURSOR, "The token is not one this clinic's changes feed issued;"
                + " pass nextToken from a previous response unchanged, or leave `since` out to start from the beginning.");
    }
}
