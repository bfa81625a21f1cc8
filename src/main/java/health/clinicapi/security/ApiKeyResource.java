package health.clinicapi.security;

import java.util.UUID;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.common.paging.PageResponses;

/**
 * Create, list and revoke API keys. The secret appears in the creation response only. Key creation deliberately
 * takes no Idempotency-Key: replaying the response would mean storing the secret, and a key created by a lost
 * response is harmless (listed by prefix, revocable).
 */
@Path("/v1/manage/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: API keys")
@RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final Caller caller;

    public ApiKeyResource(ApiKeyService keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key", description = "Issues a key with at most the caller's own scopes. The response is the only place the secret ever appears.")
    @APIResponse(responseCode = "201", description = "Created; `secret` is shown this once.", content = @Content(schema = @Schema(implementation = NewApiKey.class)))
    @APIResponse(responseCode = "403", description = "The caller cannot grant these scopes or create network keys.")
    @APIResponse(responseCode = "404", description = "Unknown clinic.")
    public Response create(@Valid @NotNull ApiKeyInput body, UriInfo uri) {
        NewApiKey created = keys.create(body, caller);
        var location = uri.getBaseUriBuilder().path(ApiKeyResource.class).path(created.key().id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Keys without secrets, newest first. A clinic key sees its own clinic's keys.")
    @APIResponse(responseCode = "200", description = "A page of keys.", content = @Content(schema = @Schema(implementation = ApiKeyPage.class)))
    @APIResponse(responseCode = "404", description = "Unknown clinic.")
    public Response list(
            @Parameter(description = "Only keys of this clinic (slug).") @QueryParam("clinic") @Size(max = 64) String clinic,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = keys.page(clinic, cursor, limit, caller);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Read an API key", description = "One key, without its secret.")
    @APIResponse(responseCode = "200", description = "The key.", content = @Content(schema = @Schema(implementation = ApiKey.class)))
    @APIResponse(responseCode = "404", description = "No such key visible to the caller.")
    public ApiKey get(@PathParam("id") UUID id) {
        return ApiKey.from(keys.require(id, caller));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "The key stops working at once and for good. Idempotent; no If-Match needed, so a leaked key can be revoked without reading it first.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such key visible to the caller.")
    public Response revoke(@PathParam("id") UUID id) {
        keys.revoke(id, caller);
        return Response.noContent().build();
    }

    /** OpenAPI shape of a page of keys. */
    @Schema(name = "ApiKeyPage")
    record ApiKeyPage(java.util.List<ApiKey> items, String nextCursor) {
    }
}
