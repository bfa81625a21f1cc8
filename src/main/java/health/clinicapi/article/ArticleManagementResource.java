package health.clinicapi.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Management of a clinic's articles: create, read, list, replace and delete, with optimistic locking. */
@Path("/v1/manage/clinics/{clinic}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: articles")
public class ArticleManagementResource {

    static final String LOCALE_DOC = "Which translation when the slug exists in several locales; defaults to the clinic's default locale.";

    private final ArticleService articles;
    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public ArticleManagementResource(ArticleService articles, ClinicService clinics, Caller caller,
            Idempotency idempotency) {
        this.articles = articles;
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "manageListArticles", summary = "List articles", description = "The clinic's articles in every status, most recently changed first, a page at a time, optionally filtered.")
    @APIResponse(responseCode = "200", description = "A page of articles.", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "404", description = "No such clinic.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Only articles in this status.") @QueryParam("status") ArticleStatus status,
            @Parameter(description = "Only articles with this tag.") @QueryParam("tag") @Size(max = 64) String tag,
            @Parameter(description = "Only articles referencing this treatment (slug).") @QueryParam("treatment") @Size(max = 64) String treatment,
            @Parameter(description = "Only articles referencing this indication (slug).") @QueryParam("indication") @Size(max = 64) String indication,
            @Parameter(description = "Only articles by this author (slug).") @QueryParam("author") @Size(max = 64) String author,
            @Parameter(description = "Only articles in this locale.") @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        var page = articles.page(clinic.id, new ArticleFilter(status, tag, treatment, indication, author, locale),
                cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "manageGetArticle", summary = "Read an article", description = "The article in any status with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The article.", headers = @Header(name = "ETag", description = "The article's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return withETag(Response.ok(), articles.get(clinic.id, slug, locale)).build();
    }

    @POST
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "createArticle", summary = "Create an article", description = "Creates a DRAFT article; the slug is generated from the title when absent.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new article.", headers = @Header(name = "Location", description = "URL of the new article.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic.")
    @APIResponse(responseCode = "409", description = "The slug is taken in this locale.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request.")
    public Response create(@PathParam("clinic") String clinicSlug, @Valid @NotNull ArticleInput body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            UriInfo uri) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return idempotency.execute(idempotencyKey, caller.keyId(), "POST /v1/manage/clinics/" + clinic.slug
                + "/articles", body, () -> {
                    Article article = articles.create(clinic.id, body, caller.actor());
                    var location = uri.getBaseUriBuilder().path(ArticleManagementResource.class).path(article.slug())
                            .queryParam("locale", article.locale()).build(clinic.slug);
                    return withETag(Response.created(location), article).build();
                });
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "replaceArticle", summary = "Replace an article", description = "Replaces the content of the article; its status does not change, so a PUBLISHED article stays live with the new content (and a new revision). If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The article as now stored.", content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The new slug is taken in this locale.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleInput body) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        return withETag(Response.ok(), articles.replace(clinic.id, slug, locale, ifMatch, body, caller.actor()))
                .build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Scope.CONTENT_WRITE_ROLE)
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "Deletes a DRAFT or ARCHIVED article with its revisions (the audit log keeps the deletion). If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    @APIResponse(responseCode = "409", description = "The article is in review, scheduled or published.")
    @APIResponse(responseCode = "412", description = "The article changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) String locale,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        articles.delete(clinic.id, slug, locale, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, Article article) {
        return response.tag(new EntityTag(Long.toString(article.version()))).entity(article);
    }
}
