package health.clinicapi.snippet;

/** What a snippet is made from. */
public enum SnippetSourceType {
    /** A published article: its excerpt, or its plain-text body when it has none. */
    ARTICLE,
    /** A catalog indication: its summary, or its plain-text fact sheet when it has none. */
    INDICATION
}
