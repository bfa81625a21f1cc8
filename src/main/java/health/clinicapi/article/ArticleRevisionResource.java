package health.clinicapi.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** The immutable revisions of an article, and restoring one as a new draft. */
@Path("/v1/manage/clinics/{clinic}/articles/{slug}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: articles")
public class ArticleRevisionResource {

    private final ArticleRevisions revisions;
    private final ArticleWorkflow workflow;
    private final ClinicService clinics;
    private final Caller caller;

    public ArticleRevisionResource(ArticleRevisions revisions, ArticleWorkflow workflow,
            ClinicService clinics, Caller caller) {
        this.revisions = revisions;
        this.workflow = workflow;
        this.clinics = clinics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions", description = "Every revision, newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of revisions.", content = @Content(schema = @Schema(implementation = ArticleRevisionPage.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    public Response list(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        var page = revisions.page(clinic.id, slug, locale, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "getArticleRevision", summary = "Read one revision", description = "The revision exactly as written.")
    @APIResponse(responseCode = "200", description = "The revision.", content = @Content(schema = @Schema(implementation = ArticleRevision.class)))
    @APIResponse(responseCode = "404", description = "No such clinic, article or revision.")
    public ArticleRevision get(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @PathParam("number") @Min(1) int number,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return revisions.get(clinic.id, slug, locale, number);
    }

    @POST
    @Path("{number}/restore")
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "restoreArticleRevision", summary = "Restore a revision", description = "Makes the article a DRAFT with the revision's content (slug and locale stay); a new revision records the restore and older ones never change. Not while the article is scheduled or published. If-Match with the article's ETag is required.")
    @APIResponse(responseCode = "200", description = "The article, now a DRAFT with the restored content.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "400", description = "Something the revision referenced no longer exists.")
    @APIResponse(responseCode = "404", description = "No such clinic, article or revision.")
    @APIResponse(responseCode = "409", description = "The article is scheduled or published.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response restore(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @PathParam("number") @Min(1) int number,
            @Parameter(description = ArticleManagementResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The article's ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        Article article = workflow.restore(clinic.id, slug, locale, number, ifMatch, caller.actor());
        return ArticleManagementResource.withETag(Response.ok(), article).build();
    }
}
