package health.clinicapi.disclaimer;

/** The kinds of delivered content a disclaimer rule can apply to. */
public enum ContentType {
    ARTICLE, INDICATION, SNIPPET
}
