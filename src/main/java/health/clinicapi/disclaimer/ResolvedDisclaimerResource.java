package health.clinicapi.disclaimer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Preview for editors: which disclaimers content with given facts must carry on a clinic's site. */
@Path("/v1/manage/clinics/{clinic}/disclaimers/resolved")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management: disclaimers")
public class ResolvedDisclaimerResource {

    private final DisclaimerResolver resolver;
    private final ClinicService clinics;
    private final Caller caller;

    public ResolvedDisclaimerResource(DisclaimerResolver resolver, ClinicService clinics, Caller caller) {
        this.resolver = resolver;
        this.clinics = clinics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Scope.CLINIC_ADMIN_ROLE, Scope.CONTENT_READ_ROLE})
    @Operation(operationId = "previewResolvedDisclaimers", summary = "Preview the disclaimers content must carry", description = "Applies the enabled disclaimer rules to content with these facts on this clinic's site and returns the disclaimers, in display order, with the clinic's overrides, locale fallback and the versions in effect at `at`.")
    @APIResponse(responseCode = "200", description = "The disclaimers, in display order.", content = @Content(schema = @Schema(implementation = ResolvedDisclaimers.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public ResolvedDisclaimers preview(@PathParam("clinic") String slug,
            @Parameter(description = "The kind of content; defaults to ARTICLE.") @QueryParam("type") @DefaultValue("ARTICLE") ContentType type,
            @Parameter(description = "Whether it is health content.") @QueryParam("health") @DefaultValue("true") boolean health,
            @Parameter(description = "Locale to resolve for; defaults to the clinic's default locale.") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = DisclaimerInput.LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,
            @Parameter(description = "Status, in the clinic's jurisdiction, of a referenced indication; repeat for several.") @QueryParam("status") List<RegulatoryStatus> statuses,
            @Parameter(description = "Whether a referenced indication has no status in the clinic's jurisdiction.") @QueryParam("statusMissing") @DefaultValue("false") boolean statusMissing,
            @Parameter(description = "A tag of the content; repeat for several.") @QueryParam("tag") @Size(max = 50) List<@Size(max = 64) String> tags,
            @Parameter(description = "Instant to resolve versions at (ISO-8601); defaults to now.") @QueryParam("at") @Size(max = 40) String at) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(slug));
        Set<RegulatoryStatus> statusSet = statuses == null || statuses.isEmpty()
                ? Set.of()
                : EnumSet.copyOf(statuses);
        var facts = new ContentFacts(type, health, locale, statusSet, statusMissing,
                tags == null ? Set.of() : Set.copyOf(tags));
        return new ResolvedDisclaimers(resolver.resolve(clinic, facts, instant(at)));
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("at", "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
