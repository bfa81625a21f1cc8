package health.clinicapi.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * Position in a keyset-paginated list: the sort key and id of the last item returned. Clients see it as an opaque
 * base64url string and must not build one themselves.
 */
public record Cursor(String key, UUID id) {

    private static final char SEPARATOR = '\n';

    public String encode() {
        String raw = key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key as an instant, for lists ordered by time; a key that is not one is a forged cursor. */
    public Instant keyAsInstant() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw forged();
        }
    }

    /**
     * The sort key without its {@code prefix}, for lists that name their sort in the key so a cursor of one order
     * cannot be replayed against another; a key without the prefix is a forged cursor.
     */
    public String keyAfterPrefix(String prefix) {
        if (!key.startsWith(prefix)) {
            throw forged();
        }
        return key.substring(prefix.length());
    }

    /** {@link #keyAfterPrefix} as an instant. */
    public Instant instantAfterPrefix(String prefix) {
        try {
            return Instant.parse(keyAfterPrefix(prefix));
        } catch (DateTimeParseException e) {
            throw forged();
        }
    }

    private static ApiException forged() {
        return new ApiException(ProblemType.INVALID_CURSOR,
                "The cursor is not one this API issued; pass nextCursor from a previous page unchanged.");
    }

    /** The cursor a client sent, or null for the first page; a tampered or foreign cursor is a 400 problem. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int at = raw.lastIndexOf(SEPARATOR);
            if (at < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new Cursor(raw.substring(0, at), UUID.fromString(raw.substring(at + 1)));
        } catch (IllegalArgumentException e) {
            throw forged();
        }
    }
}
