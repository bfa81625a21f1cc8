package health.clinicapi.clinic;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or replace a clinic. Ids, timestamps and versions are the server's and cannot be
 * sent (an unknown property is a 400).
 */
@Schema(name = "ClinicInput")
public record ClinicInput(
        @Schema(examples = "harbor-aesthetics", required = true) @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = "must be lower-case letters and digits separated by single hyphens") String slug,

        @Schema(examples = "Harbor Aesthetics", required = true) @NotBlank @Size(max = 200) String name,

        @Schema(examples = "https://harbor-aesthetics.example", required = true) @NotBlank @Size(max = 500) @Pattern(regexp = "^https?://[^\\s/?#]+(/[^\\s?#]*)?$", message = "must be an absolute http or https URL without query or fragment") String baseUrl,

        @Schema(description = "Defaults to `/articles/{slug}`.", examples = "/learn/{slug}") @Size(max = 200) @Pattern(regexp = "^/[^\\s?#]*\\{slug}[^\\s?#]*$", message = "must be a path starting with / that contains {slug}") String articlePathTemplate,

        @Schema(examples = "[\"en-US\", \"es-US\"]", required = true) @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String> locales,

        @Schema(description = "One of `locales`.", examples = "en-US", required = true) @NotBlank @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String defaultLocale,

        @Schema(examples = "US", required = true) @NotBlank @Pattern(regexp = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", message = "must be an ISO 3166-1 alpha-2 code, optionally with a subdivision (US, US-CA)") String jurisdiction,

        @Valid Contact contact,

        @Schema(description = "Extra `{{clinic.<name>}}` variables; names of built-ins (name, url, city, region, phone, email) are reserved.") @Size(max = 50) Map<@Pattern(regexp = "^[a-zA-Z][a-zA-Z0-9_]{0,39}$", message = "must be a letter followed by letters, digits or _ (at most 40)") String, @NotNull @Size(max = 1000) String> variables,

        @Schema(examples = "[\"https://harbor-aesthetics.example\"]") @Size(max = 20) List<@NotNull @Pattern(regexp = "^https?://[^/\\s?#,]+$", message = "must be an origin such as https://example.com (no path)") String> allowedOrigins) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** The input that would write {@code clinic}'s settings as they are (a clinic export carries it). */
    public static ClinicInput from(ClinicEntity clinic) {
        return new ClinicInput(clinic.slug, clinic.name, clinic.baseUrl, clinic.articlePathTemplate, clinic.locales,
                clinic.defaultLocale, clinic.jurisdiction, Contact.from(clinic.contact), clinic.variables,
                clinic.allowedOrigins);
    }
}
