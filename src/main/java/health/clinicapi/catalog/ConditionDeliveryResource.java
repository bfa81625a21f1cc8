package health.clinicapi.catalog;

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

/** Public delivery of the shared condition catalog. */
@Path("/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: catalog")
@PermitAll
public class ConditionDeliveryResource {

    private final ConditionService conditions;
    private final DeliveryResponses responses;

    public ConditionDeliveryResource(ConditionService conditions, DeliveryResponses responses) {
        this.conditions = conditions;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listConditions", summary = "List conditions", description = "The shared condition catalog (with synonyms and ICD-10 codes), ordered by slug, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of conditions.", content = @Content(schema = @Schema(implementation = ConditionPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        var page = conditions.page(cursor, limit);
        var keys = page.items().stream().map(t -> "condition:" + t.slug()).toList();
        var response = responses.ok(page, ifNoneMatch, null, DeliveryKeys.withCollection("conditions", keys));
        return PageResponses.withNextLink(response, page, uri).build();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getCondition", summary = "Read a condition", description = "One condition of the shared catalog.")
    @APIResponse(responseCode = "200", description = "The condition.", content = @Content(schema = @Schema(implementation = Condition.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No condition with this slug.")
    public Response get(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Condition condition = Condition.from(conditions.require(slug));
        return responses.ok(condition, ifNoneMatch, condition.updatedAt(), "condition:" + condition.slug()).build();
    }
}
