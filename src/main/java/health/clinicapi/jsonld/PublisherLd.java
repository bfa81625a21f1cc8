package health.clinicapi.jsonld;

/**
 * The clinic that shows the article, as a schema.org {@code MedicalClinic}.
 *
 * @param telephone nullable
 * @param email nullable
 * @param addressLocality nullable
 * @param addressCountry nullable; ISO 3166-1 alpha-2 preferred
 */
public record PublisherLd(String name, String url, String telephone, String email, String addressLocality,
        String addressCountry) {
}
