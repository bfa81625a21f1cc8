package health.clinicapi.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/**
 * The workflow actions of an article, each a POST on a sub-resource with If-Match on the article's ETag, each
 * answering the article as it now is.
 */
@Path("/v1/manage/clinics/{clinic}/articles/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: articles")
public class ArticleWorkflowResource {

    private final ArticleWorkflow workflow;
    private final ClinicService clinics;
    private final Caller caller;

    public ArticleWorkflowResource(ArticleWorkflow workflow, ClinicService clinics, Caller caller) {
        this.workflow = workflow;
        this.clinics = clinics;
        this.caller = caller;
    }

    @POST
    @Path("submit")
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "submitArticle", summary = "Submit an article for review", description = "DRAFT → IN_REVIEW.")
    @APIResponse(responseCode = "200", description = "The article, now IN_REVIEW.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The article is not a DRAFT.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response submit(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return ok(workflow.submit(clinic.id, slug, locale, ifMatch, caller.actor()));
    }

    @POST
    @Path("publish")
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "publishArticle", summary = "Publish or schedule an article", description = "DRAFT or IN_REVIEW → PUBLISHED now, or SCHEDULED when publishAt is in the future. Needs a title, an excerpt and a body; health content also a medical reviewer and a review date not in the future. Every unmet requirement is listed in one 422.")
    @APIResponse(responseCode = "200", description = "The article, now PUBLISHED or SCHEDULED.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The article is already scheduled, published or archived.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "422", description = "Requirements for publishing are unmet; `errors` lists each.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response publish(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false) PublishInput body) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return ok(workflow.publish(clinic.id, slug, locale, ifMatch, body, caller.actor()));
    }

    @POST
    @Path("unpublish")
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "unpublishArticle", summary = "Unpublish an article", description = "PUBLISHED or SCHEDULED → ARCHIVED.")
    @APIResponse(responseCode = "200", description = "The article, now ARCHIVED.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The article is neither published nor scheduled.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response unpublish(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return ok(workflow.unpublish(clinic.id, slug, locale, ifMatch, caller.actor()));
    }

    @POST
    @Path("return-to-draft")
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "returnArticleToDraft", summary = "Return an article to draft", description = "ARCHIVED or IN_REVIEW → DRAFT, to edit it again.")
    @APIResponse(responseCode = "200", description = "The article, now a DRAFT.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The article is neither archived nor in review.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response returnToDraft(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return ok(workflow.returnToDraft(clinic.id, slug, locale, ifMatch, caller.actor()));
    }

    private static Response ok(Article article) {
        return ArticleManagementResource.withETag(Response.ok(), article).build();
    }
}
