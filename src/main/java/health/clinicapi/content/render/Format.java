package health.clinicapi.content.render;

/** A text format blocks render to; as a query value ({@code format=}) it is the lower-case name. */
public enum Format {
    /** A safe HTML fragment: every text escaped, only http, https, mailto and tel links. */
    HTML,
    /** Text without any markup, for search snippets, e-mail and SMS. */
    PLAINTEXT,
    /** CommonMark in which text can never turn into markup. */
    MARKDOWN;

    /** The format named by {@code value}, in any case; an {@link IllegalArgumentException} for anything else. */
    public static Format parse(String value) {
        if (value != null) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "': expected one of html, plaintext, markdown");
    }
}
