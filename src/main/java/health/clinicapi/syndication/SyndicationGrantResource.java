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

import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Network-level syndication grants: which clinic's articles may appear on which other clinic's site. */
@Path("/v1/manage/syndication-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: syndication")
@RolesAllowed(Scope.NETWORK_ADMIN_ROLE)
public class SyndicationGrantResource {

    private final SyndicationService syndication;
    private final Caller caller;
    private final Idempotency idempotency;

    public SyndicationGrantResource(SyndicationService syndication, Caller caller, Idempotency idempotency) {
        this.syndication = syndication;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listSyndicationGrants", summary = "List syndication grants", description = "Every grant of the network, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of grants.", content = @Content(schema = @Schema(implementation = GrantPage.class)))
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = syndication.grants(cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @POST
    @Operation(operationId = "createSyndicationGrant", summary = "Grant syndication", description = "Allows the origin clinic's articles to be placed on the target clinic's site, by hand or by rules. Needs a network key.")
    @APIResponse(responseCode = "201", description = "Granted; Location names the grant.", headers = @Header(name = "Location", description = "URL of the grant.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Grant.class)))
    @APIResponse(responseCode = "404", description = "No such origin or target clinic.")
    @APIResponse(responseCode = "409", description = "The grant exists already.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request.")
    public Response create(@Valid @NotNull GrantInput body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            UriInfo uri) {
        return idempotency.execute(idempotencyKey, caller.keyId(), "POST /v1/manage/syndication-grants", body, () -> {
            Grant grant = syndication.grant(body, caller.actor());
            var location = uri.getBaseUriBuilder().path(SyndicationGrantResource.class).path(grant.id().toString())
                    .build();
            return SyndicationIds.withETag(Response.created(location), grant.version(), grant).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSyndicationGrant", summary = "Read a syndication grant", description = "One grant with its ETag.")
    @APIResponse(responseCode = "200", description = "The grant.", headers = @Header(name = "ETag", description = "The grant's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Grant.class)))
    @APIResponse(responseCode = "404", description = "No such grant.")
    public Response get(@PathParam("id") String id) {
        Grant grant = syndication.grantById(SyndicationIds.parse("grant", id));
        return SyndicationIds.withETag(Response.ok(), grant.version(), grant).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeSyndicationGrant", summary = "Revoke a syndication grant", description = "Revokes the grant; every placement between the two clinics becomes WITHDRAWN at once. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such grant.")
    @APIResponse(responseCode = "412", description = "The grant changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response revoke(@PathParam("id") String id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        syndication.revokeGrant(SyndicationIds.parse("grant", id), ifMatch, caller.actor());
        return Response.noContent().build();
    }
}
