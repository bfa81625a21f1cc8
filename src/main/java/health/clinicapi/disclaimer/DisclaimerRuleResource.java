package health.clinicapi.disclaimer;

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

/** The network's disclaimer rules: which disclaimer accompanies which content. catalog:write, network keys only. */
@Path("/v1/manage/disclaimer-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CATALOG_WRITE_ROLE)
@Tag(name = "Management: disclaimers")
public class DisclaimerRuleResource {

    private final DisclaimerRuleService rules;
    private final Caller caller;

    public DisclaimerRuleResource(DisclaimerRuleService rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDisclaimerRules", summary = "List disclaimer rules", description = "Every rule, enabled or not, ordered by slug, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of rules.", content = @Content(schema = @Schema(implementation = DisclaimerRulePage.class)))
    public Response list(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = rules.page(cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{rule}")
    @Operation(operationId = "getDisclaimerRule", summary = "Read a disclaimer rule", description = "The rule with its current version; send the ETag back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The rule.", headers = @Header(name = "ETag", description = "The rule's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DisclaimerRule.class)))
    @APIResponse(responseCode = "404", description = "No rule with this slug.")
    public Response get(@PathParam("rule") String slug) {
        return withETag(Response.ok(), rules.require(slug)).build();
    }

    @POST
    @Operation(operationId = "createDisclaimerRule", summary = "Create a disclaimer rule", description = "Creates a rule; its slug must be new and a network default disclaimer must have its disclaimerKey.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new rule.", headers = @Header(name = "Location", description = "URL of the new rule.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DisclaimerRule.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "422", description = "No network default disclaimer has the disclaimerKey.")
    public Response create(@Valid @NotNull DisclaimerRuleInput body, UriInfo uri) {
        DisclaimerRuleEntity rule = rules.create(body, caller.actor());
        var location = uri.getBaseUriBuilder().path(DisclaimerRuleResource.class).path(rule.slug).build();
        return withETag(Response.created(location), rule).build();
    }

    @PUT
    @Path("{rule}")
    @Operation(operationId = "replaceDisclaimerRule", summary = "Replace a disclaimer rule", description = "Replaces every field of the rule. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The rule as now stored.", content = @Content(schema = @Schema(implementation = DisclaimerRule.class)))
    @APIResponse(responseCode = "404", description = "No rule with this slug.")
    @APIResponse(responseCode = "409", description = "The new slug is taken.")
    @APIResponse(responseCode = "412", description = "The rule changed since the ETag in If-Match.")
    @APIResponse(responseCode = "422", description = "No network default disclaimer has the disclaimerKey.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("rule") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DisclaimerRuleInput body) {
        return withETag(Response.ok(), rules.replace(rules.require(slug).id, ifMatch, body, caller.actor())).build();
    }

    @DELETE
    @Path("{rule}")
    @Operation(operationId = "deleteDisclaimerRule", summary = "Delete a disclaimer rule", description = "Deletes the rule. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No rule with this slug.")
    @APIResponse(responseCode = "412", description = "The rule changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("rule") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rules.delete(rules.require(slug).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, DisclaimerRuleEntity rule) {
        return response.tag(new EntityTag(Long.toString(rule.version))).entity(DisclaimerRule.from(rule));
    }
}
