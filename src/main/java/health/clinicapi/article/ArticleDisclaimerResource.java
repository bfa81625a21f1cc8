package health.clinicapi.article;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
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

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.disclaimer.ResolvedDisclaimers;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** The disclaimers an article must carry on its clinic's site, from the rules and its indications' statuses. */
@Path("/v1/manage/clinics/{clinic}/articles/{slug}/disclaimers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management: articles")
public class ArticleDisclaimerResource {

    private final ArticleDisclaimers disclaimers;
    private final ClinicService clinics;
    private final Caller caller;

    public ArticleDisclaimerResource(ArticleDisclaimers disclaimers, ClinicService clinics, Caller caller) {
        this.disclaimers = disclaimers;
        this.clinics = clinics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Scope.CLINIC_ADMIN_ROLE, Scope.CONTENT_READ_ROLE})
    @Operation(operationId = "resolveArticleDisclaimers", summary = "Disclaimers of an article", description = "Applies the disclaimer rules to the article: whether it is health content, its locale, its tags and the regulatory status of every referenced indication in the clinic's jurisdiction (a status missing there counts as not approved).")
    @APIResponse(responseCode = "200", description = "The disclaimers, in display order.", content = @Content(schema = @Schema(implementation = ResolvedDisclaimers.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    public ResolvedDisclaimers resolve(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return disclaimers.resolve(clinic.id, slug, locale, Instant.now());
    }
}
