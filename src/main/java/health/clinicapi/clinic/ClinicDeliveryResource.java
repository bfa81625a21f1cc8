package health.clinicapi.clinic;

import java.util.Comparator;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import health.clinicapi.common.http.DeliveryKeys;
import health.clinicapi.common.http.DeliveryResponses;
import health.clinicapi.common.paging.PageResponses;

/** Public delivery of clinics: what a front end needs to know about the sites of the network. */
@Path("/v1/clinics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: clinics")
@PermitAll
public class ClinicDeliveryResource {

    private final ClinicService clinics;
    private final DeliveryResponses responses;

    public ClinicDeliveryResource(ClinicService clinics, DeliveryResponses responses) {
        this.clinics = clinics;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listClinics", summary = "List clinics", description = "The clinics of the network, ordered by slug, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of clinics.", content = @Content(schema = @Schema(implementation = ClinicPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        var page = clinics.page(cursor, limit);
        var keys = page.items().stream().map(c -> "clinic:" + c.slug()).toList();
        var newest = page.items().stream().map(Clinic::updatedAt).max(Comparator.naturalOrder()).orElse(null);
        var response = responses.ok(page, ifNoneMatch, newest, DeliveryKeys.withCollection("clinics", keys));
        return PageResponses.withNextLink(response, page, uri).build();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getClinic", summary = "Read a clinic", description = "One clinic by slug.")
    @APIResponse(responseCode = "200", description = "The clinic.", content = @Content(schema = @Schema(implementation = Clinic.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response get(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Clinic clinic = Clinic.from(clinics.require(slug));
        return responses.ok(clinic, ifNoneMatch, clinic.updatedAt(), "clinic:" + clinic.slug()).build();
    }
}
