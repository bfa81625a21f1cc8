package health.clinicapi.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.common.validation.Patterns;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Management of indications (treatment × condition fact sheets) of the shared catalog; network keys with catalog:write only. */
@Path("/v1/manage/indications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: catalog")
public class IndicationManagementResource {

    private final IndicationService indications;
    private final Caller caller;

    public IndicationManagementResource(IndicationService indications, Caller caller) {
        this.indications = indications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageListIndications", summary = "List indications", description = "Indications of the shared catalog, ordered by slug, a page at a time, optionally filtered by treatment, condition and regulatory status.")
    @APIResponse(responseCode = "200", description = "A page of indications.", content = @Content(schema = @Schema(implementation = IndicationPage.class)))
    public Response list(
            @Parameter(description = "Slug of a treatment.") @QueryParam("treatment") @Size(max = 64) String treatment,
            @Parameter(description = "Slug of a condition.") @QueryParam("condition") @Size(max = 64) String condition,
            @Parameter(description = "Only indications with this status for some product (in `jurisdiction` when given).") @QueryParam("status") RegulatoryStatus status,
            @Parameter(description = "ISO 3166-1 alpha-2, optionally with a subdivision; a subdivision also matches its country's statuses.", example = "US-WA") @QueryParam("jurisdiction") @Pattern(regexp = Patterns.JURISDICTION, message = Patterns.JURISDICTION_MESSAGE) String jurisdiction,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = indications.page(new IndicationFilter(treatment, condition, status, jurisdiction), cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageGetIndication", summary = "Read an indication", description = "The indication with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The indication.", headers = @Header(name = "ETag", description = "The indication's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Indication.class)))
    @APIResponse(responseCode = "404", description = "No indication with this slug.")
    public Response get(@PathParam("slug") String slug) {
        return withETag(Response.ok(), indications.require(slug)).build();
    }

    @POST
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "createIndication", summary = "Create an indication", description = "Adds the fact sheet of a treatment used for a condition. Treatment, condition and reviewer must exist; one indication per treatment and condition.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new indication.", headers = @Header(name = "Location", description = "URL of the new indication.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Indication.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken, or an indication for this treatment and condition exists.")
    public Response create(@Valid @NotNull IndicationInput body, UriInfo uri) {
        IndicationEntity indication = indications.create(body, caller.actor());
        var location = uri.getBaseUriBuilder().path(IndicationManagementResource.class).path(indication.slug).build();
        return withETag(Response.created(location), indication).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "replaceIndication", summary = "Replace an indication", description = "Replaces every field of the indication. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The indication as now stored.", content = @Content(schema = @Schema(implementation = Indication.class)))
    @APIResponse(responseCode = "404", description = "No indication with this slug.")
    @APIResponse(responseCode = "409", description = "The new slug is taken, or another indication covers this treatment and condition.")
    @APIResponse(responseCode = "412", description = "The indication changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndicationInput body) {
        IndicationEntity indication = indications.require(slug);
        return withETag(Response.ok(), indications.replace(indication.id, ifMatch, body, caller.actor())).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "deleteIndication", summary = "Delete an indication", description = "Deletes the indication and its regulatory statuses. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No indication with this slug.")
    @APIResponse(responseCode = "409", description = "An article references the indication.")
    @APIResponse(responseCode = "412", description = "The indication changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        indications.delete(indications.require(slug).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, IndicationEntity indication) {
        return response.tag(new EntityTag(Long.toString(indication.version))).entity(Indication.from(indication));
    }
}
