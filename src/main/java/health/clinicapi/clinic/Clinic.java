package health.clinicapi.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinic website as the API shows it. */
@Schema(name = "Clinic")
public record Clinic(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(description = "Stable, URL-safe public identifier.", examples = "harbor-aesthetics") String slug,
        @Schema(examples = "Harbor Aesthetics") String name,
        @Schema(description = "The clinic website's origin, without trailing slash.", examples = "https://harbor-aesthetics.example") String baseUrl,
        @Schema(description = "Path of an article page under baseUrl; `{slug}` and optionally `{locale}` are replaced.", examples = "/learn/{slug}") String articlePathTemplate,
        @Schema(description = "BCP 47 language tags the site publishes in.") List<String> locales,
        @Schema(examples = "en-US") String defaultLocale,
        @Schema(description = "Where the clinic practises: ISO 3166-1 alpha-2, optionally with a subdivision.", examples = "US") String jurisdiction,
        Contact contact,
        @Schema(description = "The clinic's own template variables, usable as `{{clinic.<name>}}`.") Map<String, String> variables,
        @Schema(description = "Every `{{clinic.*}}` placeholder and the value it resolves to for this clinic.") Map<String, String> templateVariables,
        @Schema(description = "Browser origins allowed to call the management API for this clinic.") List<String> allowedOrigins,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Clinic from(ClinicEntity e) {
        return new Clinic(e.id, e.slug, e.name, e.baseUrl, e.articlePathTemplate, e.locales, e.defaultLocale,
                e.jurisdiction, Contact.from(e.contact), e.variables, e.templateVariables(), e.allowedOrigins,
                e.createdAt, e.updatedAt, e.version);
    }
}
