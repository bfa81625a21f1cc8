package health.clinicapi.snippet;

/**
 * A requested length cannot hold the disclaimers that must travel with the content (and a first word of it). The
 * disclaimers are never cut, so the answer is a 422 problem carrying {@code minimumLength}.
 */
class SnippetTooShortException extends RuntimeException {

    private final int maxLength;
    private final int minimumLength;

    SnippetTooShortException(int maxLength, int minimumLength) {
        super("maxLength " + maxLength
                + " cannot hold the required disclaimers and the start of the text: the minimum is "
                + minimumLength + " characters.", null, false, false);
        this.maxLength = maxLength;
        this.minimumLength = minimumLength;
    }

    int maxLength() {
        return maxLength;
    }

    int minimumLength() {
        return minimumLength;
    }
}
