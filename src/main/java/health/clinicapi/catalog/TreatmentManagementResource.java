package health.clinicapi.catalog;

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

import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Management of treatments of the shared catalog; network keys with catalog:write only. */
@Path("/v1/manage/treatments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: catalog")
public class TreatmentManagementResource {

    private final TreatmentService treatments;
    private final Caller caller;

    public TreatmentManagementResource(TreatmentService treatments, Caller caller) {
        this.treatments = treatments;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageListTreatments", summary = "List treatments", description = "Treatments of the shared catalog, ordered by slug, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of treatments.", content = @Content(schema = @Schema(implementation = TreatmentPage.class)))
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = treatments.page(cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageGetTreatment", summary = "Read a treatment", description = "The treatment with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The treatment.", headers = @Header(name = "ETag", description = "The treatment's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Treatment.class)))
    @APIResponse(responseCode = "404", description = "No treatment with this slug.")
    public Response get(@PathParam("slug") String slug) {
        return withETag(Response.ok(), treatments.require(slug)).build();
    }

    @POST
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "createTreatment", summary = "Create a treatment", description = "Adds a product or procedure to the shared catalog; the slug must be new.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new treatment.", headers = @Header(name = "Location", description = "URL of the new treatment.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Treatment.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public Response create(@Valid @NotNull TreatmentInput body, UriInfo uri) {
        TreatmentEntity treatment = treatments.create(body, caller.actor());
        var location = uri.getBaseUriBuilder().path(TreatmentManagementResource.class).path(treatment.slug).build();
        return withETag(Response.created(location), treatment).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "replaceTreatment", summary = "Replace a treatment", description = "Replaces every field of the treatment. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The treatment as now stored.", content = @Content(schema = @Schema(implementation = Treatment.class)))
    @APIResponse(responseCode = "404", description = "No treatment with this slug.")
    @APIResponse(responseCode = "409", description = "The new slug is taken.")
    @APIResponse(responseCode = "412", description = "The treatment changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TreatmentInput body) {
        TreatmentEntity treatment = treatments.require(slug);
        return withETag(Response.ok(), treatments.replace(treatment.id, ifMatch, body, caller.actor())).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "deleteTreatment", summary = "Delete a treatment", description = "Deletes the treatment unless an indication uses it. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No treatment with this slug.")
    @APIResponse(responseCode = "409", description = "An indication or an article uses the treatment.")
    @APIResponse(responseCode = "412", description = "The treatment changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        treatments.delete(treatments.require(slug).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, TreatmentEntity treatment) {
        return response.tag(new EntityTag(Long.toString(treatment.version))).entity(Treatment.from(treatment));
    }
}
