package health.clinicapi.disclaimer;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import health.clinicapi.catalog.ClinicIndications;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.IndicationService;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** The disclaimers one indication must carry on one clinic's site, from the rules and the clinic's jurisdiction. */
@Path("/v1/manage/clinics/{clinic}/indications/{indication}/disclaimers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management: disclaimers")
public class IndicationDisclaimerResource {

    private final DisclaimerResolver resolver;
    private final ClinicService clinics;
    private final IndicationService indications;
    private final Caller caller;

    public IndicationDisclaimerResource(DisclaimerResolver resolver, ClinicService clinics,
            IndicationService indications, Caller caller) {
        this.resolver = resolver;
        this.clinics = clinics;
        this.indications = indications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Scope.CLINIC_ADMIN_ROLE, Scope.CONTENT_READ_ROLE})
    @Operation(operationId = "resolveIndicationDisclaimers", summary = "Disclaimers of an indication on a clinic's site", description = "Applies the disclaimer rules to the indication with its regulatory status in the clinic's jurisdiction (a subdivision such as US-WA also uses the country's status); a status missing there counts as not approved.")
    @APIResponse(responseCode = "200", description = "The disclaimers, in display order.", content = @Content(schema = @Schema(implementation = ResolvedDisclaimers.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or indication.")
    public ResolvedDisclaimers resolve(@PathParam("clinic") String clinicSlug,
            @PathParam("indication") String indicationSlug,
            @Parameter(description = "Locale to resolve for; defaults to the clinic's default locale.") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = DisclaimerInput.LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        IndicationEntity indication = indications.require(indicationSlug);
        return new ResolvedDisclaimers(
                resolver.resolve(clinic, ClinicIndications.factsOf(indication, clinic, locale), Instant.now()));
    }
}
