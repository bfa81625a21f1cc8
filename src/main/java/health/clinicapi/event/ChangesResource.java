package health.clinicapi.event;

import java.util.List;

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
import jakarta.ws.rs.core.Link;
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
import health.clinicapi.common.http.DeliveryResponses;

/**
 * Public changes feed of a clinic's site, for static-site builders and syndication partners that poll: what was
 * published, updated, unpublished or deleted since their last position.
 */
@Path("/v1/clinics/{clinic}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: changes", description = "A public, pollable log of changes to a clinic's published content, for static-site builders and syndication partners: every event once, in commit order, with an opaque position token.")
@PermitAll
public class ChangesResource {

    private final ClinicService clinics;
    private final ChangesFeed feed;
    private final DeliveryResponses responses;
    private final String cacheControl;

    public ChangesResource(ClinicService clinics, ChangesFeed feed, DeliveryResponses responses,
            ChangesConfig config) {
        this.clinics = clinics;
        this.feed = feed;
        this.responses = responses;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Poll a clinic's changes", description = "Changes to the clinic's published content after the position `since`, oldest first: articles published, updated, unpublished or deleted, indications and disclaimers updated. Drafts never appear. Every event appears exactly once and in order, also while editors are writing: keep `nextToken` and pass it as `since` next time. Without `since`, from the beginning of the log. Each item's `url` delivers the current state (a 404 there means the resource is gone).")
    @APIResponse(responseCode = "200", description = "The events after `since`; empty when nothing is new.", content = @Content(schema = @Schema(implementation = ChangesPage.class)), headers = @Header(name = "Link", description = "`<...?since=nextToken>; rel=\"next\"`: where to poll next.", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Nothing new since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "`since` is not a token this clinic's feed issued.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "`nextToken` of the previous response; leave out to start from the beginning.") @QueryParam("since") @Size(max = 200) String since,
            @Parameter(description = "Most events to return, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        ChangesPage page = feed.page(clinic, since, limit, base);
        var newest = page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).occurredAt();
        var next = uri.getRequestUriBuilder().replaceQueryParam("since", page.nextToken()).build();
        return responses.ok(page, ifNoneMatch, newest, List.of("changes:" + clinic.slug, "clinic:" + clinic.slug))
                .header(HttpHeaders.CACHE_CONTROL, null).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .links(Link.fromUri(next).rel("next").build()).build();
    }
}
