package health.clinicapi.webhook;

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
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/**
 * A clinic's webhook subscriptions; clinic:admin of that clinic. Creating one and rotating its secret take no
 * Idempotency-Key, like API keys: replaying the response would mean storing the secret, and a subscription created
 * by a lost response is harmless (listed, deletable).
 */
@Path("/v1/manage/clinics/{clinic}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
@Tag(name = "Management: webhooks")
public class WebhookResource {

    private final WebhookService webhooks;
    private final ClinicService clinics;
    private final Caller caller;

    public WebhookResource(WebhookService webhooks, ClinicService clinics, Caller caller) {
        this.webhooks = webhooks;
        this.clinics = clinics;
        this.caller = caller;
    }

    /** The clinic named in the path, if this key may act on it; another clinic's key gets a 404. */
    private ClinicEntity clinic(String slug) {
        return caller.requireClinic(clinics.require(slug));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List a clinic's webhooks", description = "Subscriptions newest first, a page at a time; never their secrets.")
    @APIResponse(responseCode = "200", description = "A page of webhooks.", content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response list(@PathParam("clinic") String slug,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = webhooks.page(clinic(slug).id, slug, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook", description = "The subscription with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The webhook.", headers = @Header(name = "ETag", description = "The webhook's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no webhook of this clinic with this id.")
    public Response get(@PathParam("clinic") String slug, @PathParam("id") UUID id) {
        return withETag(Response.ok(), webhooks.require(clinic(slug).id, id), slug).build();
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Create a webhook", description = "Subscribes a URL to event types of the clinic. The response is the only place the signing secret ever appears.")
    @APIResponse(responseCode = "201", description = "Created; `secret` is shown this once.", headers = {
            @Header(name = "Location", description = "URL of the new webhook.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The webhook's version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: an unknown event type, or a URL that is not https or points to a loopback, link-local or private address.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response create(@PathParam("clinic") String slug, @Valid @NotNull WebhookInput body, UriInfo uri) {
        WebhookWithSecret created = webhooks.create(clinic(slug).id, slug, body, caller.actor());
        var location = uri.getBaseUriBuilder().path(WebhookResource.class).path(created.webhook().id().toString())
                .build(slug);
        return Response.created(location).tag(new EntityTag(Long.toString(created.webhook().version())))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook", description = "Replaces URL, event types, status, debounce and description; the secret stays. Setting status ACTIVE re-enables a webhook disabled by a 410. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The webhook as now stored.", content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: an unknown event type or a refused URL.")
    @APIResponse(responseCode = "404", description = "No clinic, or no webhook of this clinic with this id.")
    @APIResponse(responseCode = "412", description = "The webhook changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookInput body) {
        return withETag(Response.ok(), webhooks.replace(clinic(slug).id, id, ifMatch, body, caller.actor()), slug)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook", description = "Deletes the subscription with its deliveries and their log. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No clinic, or no webhook of this clinic with this id.")
    @APIResponse(responseCode = "412", description = "The webhook changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(clinic(slug).id, id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret", description = "Generates a new signing secret, shown this once. The previous secret keeps signing as a second signature for a grace period (previousSecretExpiresAt). If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The webhook and its new secret.", headers = @Header(name = "ETag", description = "The webhook's new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no webhook of this clinic with this id.")
    @APIResponse(responseCode = "412", description = "The webhook changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response rotateSecret(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookWithSecret rotated = webhooks.rotateSecret(clinic(slug).id, slug, id, ifMatch, caller.actor());
        return Response.ok(rotated).tag(new EntityTag(Long.toString(rotated.webhook().version()))).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries", description = "The delivery log of the subscription, newest first, a page at a time: status, attempts, last result, next attempt and payload.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.", content = @Content(schema = @Schema(implementation = WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no webhook of this clinic with this id.")
    public Response deliveries(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = webhooks.deliveries(clinic(slug).id, id, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response,
            WebhookSubscriptionEntity subscription, String clinic) {
        return response.tag(new EntityTag(Long.toString(subscription.version)))
                .entity(Webhook.from(subscription, clinic));
    }
}
