package health.clinicapi.disclaimer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** A clinic's own disclaimers, which override the network default of the same key; clinic:admin of that clinic. */
@Path("/v1/manage/clinics/{clinic}/disclaimers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
@Tag(name = "Management: disclaimers")
public class ClinicDisclaimerResource {

    private final DisclaimerService disclaimers;
    private final ClinicService clinics;
    private final Caller caller;

    public ClinicDisclaimerResource(DisclaimerService disclaimers, ClinicService clinics, Caller caller) {
        this.disclaimers = disclaimers;
        this.clinics = clinics;
        this.caller = caller;
    }

    /** The clinic named in the path, if this key may act on it; another clinic's key gets a 404. */
    private UUID clinic(String slug) {
        return caller.requireClinic(clinics.require(slug)).id;
    }

    @GET
    @Operation(operationId = "listClinicDisclaimers", summary = "List a clinic's disclaimer overrides", description = "The clinic's own disclaimers ordered by key and locale, a page at a time, each with its version in effect now.")
    @APIResponse(responseCode = "200", description = "A page of disclaimers.", content = @Content(schema = @Schema(implementation = DisclaimerPage.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response list(@PathParam("clinic") String slug,
            @Parameter(description = "Only this key.") @QueryParam("key") @Size(max = 64) String key,
            @Parameter(description = "Only this locale (exact BCP 47 tag).") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = DisclaimerInput.LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = disclaimers.page(clinic(slug), key, locale, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{disclaimerId}")
    @Operation(operationId = "getClinicDisclaimer", summary = "Read a clinic disclaimer", description = "The disclaimer with the version in effect now; send the ETag back in If-Match to add a version or delete it.")
    @APIResponse(responseCode = "200", description = "The disclaimer.", headers = @Header(name = "ETag", description = "The disclaimer's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Disclaimer.class)))
    @APIResponse(responseCode = "404", description = "No clinic or no disclaimer of this clinic with this id.")
    public Response get(@PathParam("clinic") String slug, @PathParam("disclaimerId") String id) {
        return DisclaimerResponses.withETag(Response.ok(), disclaimers.require(clinic(slug), id), disclaimers).build();
    }

    @POST
    @Operation(operationId = "createClinicDisclaimer", summary = "Create a clinic disclaimer", description = "Creates a clinic override with its version 1; it replaces the network default of the same key and locale for this clinic. Key and locale must be new for the clinic.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new disclaimer.", headers = @Header(name = "Location", description = "URL of the new disclaimer.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Disclaimer.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    @APIResponse(responseCode = "409", description = "The clinic has a disclaimer with this key and locale.")
    public Response create(@PathParam("clinic") String slug, @Valid @NotNull DisclaimerInput body, UriInfo uri) {
        DisclaimerEntity created = disclaimers.create(clinic(slug), body, caller.actor());
        var location = DisclaimerResponses.location(
                uri.getBaseUriBuilder().path(ClinicDisclaimerResource.class).resolveTemplate("clinic", slug),
                created);
        return DisclaimerResponses.withETag(Response.created(location), created, disclaimers).build();
    }

    @GET
    @Path("{disclaimerId}/versions")
    @Operation(operationId = "listClinicDisclaimerVersions", summary = "List versions of a clinic disclaimer", description = "Every version, oldest first; versions never change once written.")
    @APIResponse(responseCode = "200", description = "A page of versions.", content = @Content(schema = @Schema(implementation = DisclaimerVersionPage.class)))
    @APIResponse(responseCode = "404", description = "No clinic or no disclaimer of this clinic with this id.")
    public Response versions(@PathParam("clinic") String slug, @PathParam("disclaimerId") String id,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = disclaimers.versions(disclaimers.require(clinic(slug), id), cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{disclaimerId}/versions/{number}")
    @Operation(operationId = "getClinicDisclaimerVersion", summary = "Read a version of a clinic disclaimer", description = "One version exactly as it was written.")
    @APIResponse(responseCode = "200", description = "The version.", content = @Content(schema = @Schema(implementation = DisclaimerVersion.class)))
    @APIResponse(responseCode = "404", description = "No such disclaimer or version.")
    public DisclaimerVersion version(@PathParam("clinic") String slug, @PathParam("disclaimerId") String id,
            @PathParam("number") int number) {
        return DisclaimerVersion.from(disclaimers.version(disclaimers.require(clinic(slug), id), number));
    }

    @POST
    @Path("{disclaimerId}/versions")
    @Operation(operationId = "addClinicDisclaimerVersion", summary = "Add a version to a clinic disclaimer", description = "Writes the next version; it is in effect from effectiveFrom (default now). If-Match with the disclaimer's ETag is required.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new version, ETag is the disclaimer's new version.", headers = {
            @Header(name = "Location", description = "URL of the new version.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The disclaimer's new version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = DisclaimerVersion.class)))
    @APIResponse(responseCode = "404", description = "No clinic or no disclaimer of this clinic with this id.")
    @APIResponse(responseCode = "409", description = "Someone else added a version at the same time; read the disclaimer again.")
    @APIResponse(responseCode = "412", description = "The disclaimer changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response addVersion(@PathParam("clinic") String slug, @PathParam("disclaimerId") String id,
            @Parameter(description = "The disclaimer's ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DisclaimerVersionInput body, UriInfo uri) {
        UUID clinicId = clinic(slug);
        var added = disclaimers.addVersion(clinicId, disclaimers.require(clinicId, id).id, ifMatch, body,
                caller.actor());
        return DisclaimerResponses
                .created(uri.getBaseUriBuilder().path(ClinicDisclaimerResource.class).resolveTemplate("clinic", slug),
                        added)
                .build();
    }

    @DELETE
    @Path("{disclaimerId}")
    @Operation(operationId = "deleteClinicDisclaimer", summary = "Delete a clinic disclaimer", description = "Deletes the override and its versions; the network default applies again. If-Match is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No clinic or no disclaimer of this clinic with this id.")
    @APIResponse(responseCode = "412", description = "The disclaimer changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("clinic") String slug, @PathParam("disclaimerId") String id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID clinicId = clinic(slug);
        disclaimers.delete(clinicId, disclaimers.require(clinicId, id).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }
}
