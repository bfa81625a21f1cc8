package health.clinicapi.webhook;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** One delivery of a clinic's webhooks: read it, page through its attempts, redeliver it; clinic:admin. */
@Path("/v1/manage/clinics/{clinic}/webhook-deliveries/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
@Tag(name = "Management: webhooks")
public class WebhookDeliveryResource {

    private final WebhookService webhooks;
    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public WebhookDeliveryResource(WebhookService webhooks, ClinicService clinics, Caller caller,
            Idempotency idempotency) {
        this.webhooks = webhooks;
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    private UUID clinic(String slug) {
        return caller.requireClinic(clinics.require(slug)).id;
    }

    @GET
    @Operation(operationId = "getWebhookDelivery", summary = "Read a webhook delivery", description = "The delivery with its status, retry state and the exact payload POSTed.")
    @APIResponse(responseCode = "200", description = "The delivery.", content = @Content(schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no delivery of this clinic's webhooks with this id.")
    public WebhookDelivery get(@PathParam("clinic") String slug, @PathParam("id") UUID id) {
        return webhooks.toApi(webhooks.requireDelivery(clinic(slug), id));
    }

    @GET
    @Path("attempts")
    @Operation(operationId = "listWebhookAttempts", summary = "List a delivery's attempts", description = "Every attempt in order, a page at a time: when, how long, the receiver's status or the error, and what followed.")
    @APIResponse(responseCode = "200", description = "A page of attempts.", content = @Content(schema = @Schema(implementation = WebhookAttemptPage.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no delivery of this clinic's webhooks with this id.")
    public Response attempts(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = webhooks.attempts(clinic(slug), id, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @POST
    @Path("redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Redeliver a webhook delivery", description = "Makes the delivery due now again, delivered or not, with the same Webhook-Id and payload; its retry horizon starts over. The worker sends it on its next run.")
    @APIResponse(responseCode = "202", description = "Accepted; the delivery is pending.", content = @Content(schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No clinic, or no delivery of this clinic's webhooks with this id.")
    @APIResponse(responseCode = "409", description = "An attempt is in progress, or the webhook is disabled.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request.")
    public Response redeliver(@PathParam("clinic") String slug, @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: the same key returns the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID clinicId = clinic(slug);
        return idempotency.execute(idempotencyKey, caller.keyId(),
                "POST /v1/manage/clinics/{clinic}/webhook-deliveries/{id}/redeliver", id.toString(),
                () -> Response.accepted(webhooks.toApi(webhooks.redeliver(clinicId, id, caller.actor()))).build());
    }
}
