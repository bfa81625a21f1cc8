package health.clinicapi.jsonld;

/**
 * An author or medical reviewer as a schema.org {@code Person}.
 *
 * @param honorificSuffix credentials, e.g. "MD, FAAD"; nullable
 * @param jobTitle nullable
 * @param url nullable
 */
public record PersonLd(String name, String honorificSuffix, String jobTitle, String url) {
}
