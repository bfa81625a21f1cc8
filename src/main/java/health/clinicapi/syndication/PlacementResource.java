package health.clinicapi.syndication;

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

/**
 * Placements of other clinics' articles on the clinic of the path (the target): the target decides what it shows,
 * within the grants the network gave it. Reading needs content:read, changing needs content:publish of the target.
 */
@Path("/v1/manage/clinics/{clinic}/syndications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: syndication")
public class PlacementResource {

    private static final String ETAG_DOC = "The ETag last read.";

    private final SyndicationService syndication;
    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public PlacementResource(SyndicationService syndication, ClinicService clinics, Caller caller,
            Idempotency idempotency) {
        this.syndication = syndication;
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "listPlacements", summary = "List syndicated placements", description = "Articles of other clinics placed on this clinic, oldest placement first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of placements.", content = @Content(schema = @Schema(implementation = PlacementPage.class)))
    @APIResponse(responseCode = "404", description = "No such clinic.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Only placements in this state.") @QueryParam("state") PlacementState state,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        ClinicEntity target = caller.requireClinic(clinics.require(clinicSlug));
        var page = syndication.placements(target, state, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @POST
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "createPlacement", summary = "Syndicate an article onto this clinic", description = "Places a published article of the origin clinic (all its translations) on this clinic's site, ACTIVE unless asked PAUSED, with optional overrides. The origin must have granted syndication to this clinic.")
    @APIResponse(responseCode = "201", description = "Placed; Location names the placement.", headers = @Header(name = "Location", description = "URL of the placement.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Placement.class)))
    @APIResponse(responseCode = "404", description = "No such clinic, origin clinic or published origin article.")
    @APIResponse(responseCode = "409", description = "The article is placed here already, or its slug is taken on this clinic.")
    @APIResponse(responseCode = "422", description = "No grant from the origin to this clinic, or the Idempotency-Key was used for a different request.")
    public Response create(@PathParam("clinic") String clinicSlug, @Valid @NotNull PlacementInput body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            UriInfo uri) {
        ClinicEntity target = caller.requireClinic(clinics.require(clinicSlug));
        return idempotency.execute(idempotencyKey, caller.keyId(),
                "POST /v1/manage/clinics/" + target.slug + "/syndications", body, () -> {
                    Placement placement = syndication.place(target, body, caller.actor());
                    var location = uri.getBaseUriBuilder().path(PlacementResource.class)
                            .path(placement.id().toString()).build(target.slug);
                    return SyndicationIds.withETag(Response.created(location), placement.version(), placement)
                            .build();
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "getPlacement", summary = "Read a placement", description = "One placement with its state, overrides (and which fields they cover) and ETag.")
    @APIResponse(responseCode = "200", description = "The placement.", headers = @Header(name = "ETag", description = "The placement's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Placement.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or placement.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("id") String id) {
        ClinicEntity target = caller.requireClinic(clinics.require(clinicSlug));
        Placement placement = syndication.placement(target, SyndicationIds.parse("placement", id));
        return SyndicationIds.withETag(Response.ok(), placement.version(), placement).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "updatePlacement", summary = "Change a placement", description = "Replaces state (ACTIVE, PAUSED, WITHDRAWN) and overrides; overrides left out are removed, so the origin's values show again. A WITHDRAWN placement cannot come back. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The placement as now stored.", headers = @Header(name = "ETag", description = "The placement's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Placement.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or placement.")
    @APIResponse(responseCode = "409", description = "A WITHDRAWN placement cannot become active again, or the slug is taken.")
    @APIResponse(responseCode = "412", description = "The placement changed since the ETag in If-Match.")
    @APIResponse(responseCode = "422", description = "The grant was revoked, so it cannot become ACTIVE.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("clinic") String clinicSlug, @PathParam("id") String id,
            @Parameter(description = ETAG_DOC, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlacementUpdate body) {
        ClinicEntity target = caller.requireClinic(clinics.require(clinicSlug));
        Placement placement = syndication.updatePlacement(target, SyndicationIds.parse("placement", id), ifMatch,
                body, caller.actor());
        return SyndicationIds.withETag(Response.ok(), placement.version(), placement).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "deletePlacement", summary = "Delete a placement", description = "Removes the placement: the article is no longer shown and a rule may place it again on the next publication. To keep it off for good, set it WITHDRAWN instead. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such clinic or placement.")
    @APIResponse(responseCode = "412", description = "The placement changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("clinic") String clinicSlug, @PathParam("id") String id,
            @Parameter(description = ETAG_DOC, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity target = caller.requireClinic(clinics.require(clinicSlug));
        syndication.deletePlacement(target, SyndicationIds.parse("placement", id), ifMatch, caller.actor());
        return Response.noContent().build();
    }
}
