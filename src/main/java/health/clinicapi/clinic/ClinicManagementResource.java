package health.clinicapi.clinic;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.common.http.ETags;
import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Management of clinics: create, read, replace and delete, with optimistic locking through ETags. */
@Path("/v1/manage/clinics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: clinics")
public class ClinicManagementResource {

    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public ClinicManagementResource(ClinicService clinics, Caller caller, Idempotency idempotency) {
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
    @Operation(operationId = "manageListClinics", summary = "List clinics", description = "All clinics of the network, ordered by slug, a page at a time; a clinic key sees only its own clinic.")
    @APIResponse(responseCode = "200", description = "A page of clinics.", content = @Content(schema = @Schema(implementation = ClinicPage.class)))
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = caller.clinicId().map(clinics::pageOf).orElseGet(() -> clinics.page(cursor, limit));
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
    @Operation(operationId = "manageGetClinic", summary = "Read a clinic", description = "The clinic with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The clinic.", headers = @Header(name = "ETag", description = "The clinic's version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Clinic.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response get(@PathParam("slug") String slug) {
        return withETag(Response.ok(), caller.requireClinic(clinics.require(slug))).build();
    }

    @POST
    @RolesAllowed(Scope.NETWORK_ADMIN_ROLE)
    @Operation(operationId = "createClinic", summary = "Create a clinic", description = "Creates a clinic website; its slug must be new.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new clinic.", headers = @Header(name = "Location", description = "URL of the new clinic.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Clinic.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request.")
    public Response create(@Valid @NotNull ClinicInput body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            UriInfo uri) {
        return idempotency.execute(idempotencyKey, caller.keyId(), "POST /v1/manage/clinics", body, () -> {
            ClinicEntity clinic = clinics.create(body, caller.actor());
            var location = uri.getBaseUriBuilder().path(ClinicManagementResource.class).path(clinic.slug).build();
            return withETag(Response.created(location), clinic).build();
        });
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
    @Operation(operationId = "replaceClinic", summary = "Replace a clinic", description = "Replaces every field of the clinic. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The clinic as now stored.", content = @Content(schema = @Schema(implementation = Clinic.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    @APIResponse(responseCode = "409", description = "The new slug is taken.")
    @APIResponse(responseCode = "412", description = "The clinic changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClinicInput body) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(slug));
        return withETag(Response.ok(), clinics.replace(clinic.id, ifMatch, body, caller.actor())).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Scope.NETWORK_ADMIN_ROLE)
    @Operation(operationId = "deleteClinic", summary = "Delete a clinic", description = "Deletes the clinic. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    @APIResponse(responseCode = "409", description = "The clinic still has articles; delete them first.")
    @APIResponse(responseCode = "412", description = "The clinic changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        clinics.delete(clinics.require(slug).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, ClinicEntity clinic) {
        return response.tag(new jakarta.ws.rs.core.EntityTag(Long.toString(clinic.version)))
                .entity(Clinic.from(clinic));
    }
}
