package health.clinicapi.clinic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.common.persistence.StringListConverter;
import health.clinicapi.common.persistence.StringMapConverter;
import health.clinicapi.common.persistence.VersionedEntity;

/** A clinic website (tenant) as stored. */
@Entity
@Table(name = "clinic")
@NamedQuery(name = "Clinic.pageAfter", query = "from ClinicEntity c where c.slug > ?1 order by c.slug")
@NamedQuery(name = "Clinic.page", query = "from ClinicEntity c order by c.slug")
public class ClinicEntity extends VersionedEntity {

    /** Default page path when a clinic does not name one. */
    static final String DEFAULT_ARTICLE_PATH = "/articles/{slug}";

    public String slug;
    public String name;
    @Column(name = "base_url")
    public String baseUrl;
    @Column(name = "article_path_template")
    public String articlePathTemplate;
    @Convert(converter = StringListConverter.class)
    public List<String> locales;
    @Column(name = "default_locale")
    public String defaultLocale;
    public String jurisdiction;
    @Embedded
    public ContactDetails contact;
    @Convert(converter = StringMapConverter.class)
    public Map<String, String> variables;
    @Column(name = "allowed_origins")
    @Convert(converter = StringListConverter.class)
    public List<String> allowedOrigins;

    public static Optional<ClinicEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Keyset page ordered by slug: {@code limit + 1} rows after {@code afterSlug} (null for the first page). */
    static List<ClinicEntity> pageAfter(String afterSlug, int limit) {
        var query = afterSlug == null ? find("#Clinic.page") : find("#Clinic.pageAfter", afterSlug);
        return query.range(0, limit - 1).list();
    }

    void apply(ClinicInput in) {
        slug = in.slug();
        name = in.name();
        baseUrl = stripTrailingSlash(in.baseUrl());
        articlePathTemplate = in.articlePathTemplate() == null ? DEFAULT_ARTICLE_PATH : in.articlePathTemplate();
        locales = List.copyOf(in.locales());
        defaultLocale = in.defaultLocale();
        jurisdiction = in.jurisdiction();
        contact = ContactDetails.from(in.contact());
        variables = in.variables() == null ? new TreeMap<>() : new TreeMap<>(in.variables());
        allowedOrigins = in.allowedOrigins() == null ? List.of() : List.copyOf(in.allowedOrigins());
    }

    /**
     * Values for {@code {{clinic.*}}} placeholders in syndicated text: the built-in ones derived from the clinic's
     * fields, then its own variables.
     */
    public Map<String, String> templateVariables() {
        Map<String, String> values = new TreeMap<>();
        values.put("clinic.name", name);
        values.put("clinic.url", baseUrl);
        if (contact != null) {
            putIfPresent(values, "clinic.city", contact.city);
            putIfPresent(values, "clinic.region", contact.region);
            putIfPresent(values, "clinic.phone", contact.phone);
            putIfPresent(values, "clinic.email", contact.email);
        }
        variables.forEach((key, value) -> values.put("clinic." + key, value));
        return values;
    }

    /** The URL of an article's page on this clinic's site: base URL plus the article path template. */
    public String articleUrl(String slug, String locale) {
        return baseUrl + articlePathTemplate.replace("{slug}", slug).replace("{locale}", locale);
    }

    /** Names of built-in variables, which a clinic's own variables may not shadow. */
    static final List<String> BUILT_IN_VARIABLES = List.of("name", "url", "city", "region", "phone", "email");

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
