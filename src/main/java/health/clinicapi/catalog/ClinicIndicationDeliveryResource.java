package health.clinicapi.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.http.DeliveryKeys;
import health.clinicapi.common.http.DeliveryResponses;
import health.clinicapi.common.paging.PageResponses;

/**
 * Public delivery of indications on one clinic's site: each with its regulatory status in the clinic's jurisdiction
 * and the disclaimers the rules require there, so a front end never applies rules itself.
 */
@Path("/v1/clinics/{clinic}/indications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: catalog")
@PermitAll
public class ClinicIndicationDeliveryResource {

    private static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private final ClinicService clinics;
    private final ClinicIndications indications;
    private final DeliveryResponses responses;

    public ClinicIndicationDeliveryResource(ClinicService clinics, ClinicIndications indications,
            DeliveryResponses responses) {
        this.clinics = clinics;
        this.indications = indications;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listClinicIndications", summary = "List indications on a clinic's site", description = "Indications of the shared catalog, ordered by slug, each with its status in the clinic's jurisdiction and the disclaimers it must carry there. `status` filters by that status.")
    @APIResponse(responseCode = "200", description = "A page of indications.", content = @Content(schema = @Schema(implementation = ClinicIndicationPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Only indications of this treatment (slug).") @QueryParam("treatment") @Size(max = 64) String treatment,
            @Parameter(description = "Only indications for this condition (slug).") @QueryParam("condition") @Size(max = 64) String condition,
            @Parameter(description = "Only indications with this status in the clinic's jurisdiction.") @QueryParam("status") RegulatoryStatus status,
            @Parameter(description = "Locale of the disclaimers; defaults to the clinic's default locale.") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        var page = indications.page(clinic, treatment, condition, status, locale, cursor, limit);
        List<String> keys = new ArrayList<>(List.of("clinic:" + clinic.slug));
        page.items().forEach(item -> keys.addAll(keysOf(item)));
        var newest = page.items().stream().map(i -> i.indication().updatedAt()).max(Instant::compareTo).orElse(null);
        var response = responses.ok(page, ifNoneMatch, newest,
                DeliveryKeys.withCollection("indications", keys.stream().distinct().toList()));
        return PageResponses.withNextLink(response, page, uri).build();
    }

    @GET
    @Path("{indication}")
    @Operation(operationId = "getClinicIndication", summary = "Read an indication on a clinic's site", description = "The fact sheet with duration, areas, session details, insurance note, references and review date, its status in the clinic's jurisdiction and the disclaimers it must carry there.")
    @APIResponse(responseCode = "200", description = "The indication.", content = @Content(schema = @Schema(implementation = ClinicIndication.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such clinic or indication.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("indication") String slug,
            @Parameter(description = "Locale of the disclaimers; defaults to the clinic's default locale.") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        ClinicIndication item = indications.one(clinic, slug, locale);
        List<String> keys = new ArrayList<>(List.of("clinic:" + clinic.slug));
        keys.addAll(keysOf(item));
        return responses.ok(item, ifNoneMatch, item.indication().updatedAt(), keys).build();
    }

    /** The indication, its treatment and condition, and every disclaimer shown with it. */
    private static List<String> keysOf(ClinicIndication item) {
        List<String> keys = new ArrayList<>();
        keys.add("indication:" + item.indication().slug());
        keys.add("treatment:" + item.indication().treatment());
        keys.add("condition:" + item.indication().condition());
        item.disclaimers().forEach(d -> keys.add("disclaimer:" + d.key()));
        return keys;
    }
}
