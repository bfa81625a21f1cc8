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

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/**
 * Subscription rules of the clinic of the path (the origin): its published articles with a tag go to the target
 * clinics it names, each of which must have a grant. Reading needs content:read, changing content:publish.
 */
@Path("/v1/manage/clinics/{clinic}/syndication-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: syndication")
public class SyndicationRuleResource {

    private final SyndicationService syndication;
    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public SyndicationRuleResource(SyndicationService syndication, ClinicService clinics, Caller caller,
            Idempotency idempotency) {
        this.syndication = syndication;
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "listSyndicationRules", summary = "List subscription rules", description = "The clinic's subscription rules, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of rules.", content = @Content(schema = @Schema(implementation = SyndicationRulePage.class)))
    @APIResponse(responseCode = "404", description = "No such clinic.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        ClinicEntity origin = caller.requireClinic(clinics.require(clinicSlug));
        var page = syndication.rules(origin, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @POST
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "createSyndicationRule", summary = "Create a subscription rule", description = "From now on every article of this clinic published with the tag is placed on each target; the published ones that carry it already are placed at once. Existing placements are left as they are.")
    @APIResponse(responseCode = "201", description = "Created; Location names the rule.", headers = @Header(name = "Location", description = "URL of the rule.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SyndicationRule.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or target clinic.")
    @APIResponse(responseCode = "409", description = "The clinic has a rule for this tag already.")
    @APIResponse(responseCode = "422", description = "A target has no grant from this clinic, or the Idempotency-Key was used for a different request.")
    public Response create(@PathParam("clinic") String clinicSlug, @Valid @NotNull RuleInput body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            UriInfo uri) {
        ClinicEntity origin = caller.requireClinic(clinics.require(clinicSlug));
        return idempotency.execute(idempotencyKey, caller.keyId(),
                "POST /v1/manage/clinics/" + origin.slug + "/syndication-rules", body, () -> {
                    SyndicationRule rule = syndication.createRule(origin, body, caller.actor());
                    var location = uri.getBaseUriBuilder().path(SyndicationRuleResource.class)
                            .path(rule.id().toString()).build(origin.slug);
                    return SyndicationIds.withETag(Response.created(location), rule.version(), rule).build();
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "getSyndicationRule", summary = "Read a subscription rule", description = "One rule with its ETag.")
    @APIResponse(responseCode = "200", description = "The rule.", headers = @Header(name = "ETag", description = "The rule's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SyndicationRule.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or rule.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("id") String id) {
        ClinicEntity origin = caller.requireClinic(clinics.require(clinicSlug));
        SyndicationRule rule = syndication.rule(origin, SyndicationIds.parse("rule", id));
        return SyndicationIds.withETag(Response.ok(), rule.version(), rule).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CONTENT_PUBLISH_ROLE)
    @Operation(operationId = "deleteSyndicationRule", summary = "Delete a subscription rule", description = "Stops placing new publications; placements the rule made stay. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such clinic or rule.")
    @APIResponse(responseCode = "412", description = "The rule changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("clinic") String clinicSlug, @PathParam("id") String id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClinicEntity origin = caller.requireClinic(clinics.require(clinicSlug));
        syndication.deleteRule(origin, SyndicationIds.parse("rule", id), ifMatch, caller.actor());
        return Response.noContent().build();
    }
}
