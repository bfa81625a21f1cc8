package health.clinicapi.common.validation;

/** Regular expressions shared by the API records of several features, with the messages that explain them. */
public final class Patterns {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens";

    /** Absolute http(s) URL; anything else (javascript:, data:, relative) is refused. */
    public static final String HTTP_URL = "^https?://[^\\s/?#]+([/?#]\\S*)?$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http or https URL";

    public static final String JURISDICTION = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
    public static final String JURISDICTION_MESSAGE = "must be an ISO 3166-1 alpha-2 code, optionally with a subdivision (US, US-CA)";

    private Patterns() {
    }
}
