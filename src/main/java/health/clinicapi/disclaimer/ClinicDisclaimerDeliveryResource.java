package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import health.clinicapi.common.problem.ApiException;

/**
 * Public delivery of the disclaimers a clinic's site shows: each key once, in the version in effect, in the reader's
 * locale, the clinic's override before the network default. For a footer, a legal page or a disclaimer a front end
 * places itself; what must accompany a given article or indication comes with that resource.
 */
@Path("/v1/clinics/{clinic}/disclaimers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: disclaimers")
@PermitAll
@ApplicationScoped
public class ClinicDisclaimerDeliveryResource {

    private static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    private static final String LOCALE_DOC = "The reader's locale; falls back to its language, the clinic's default locale and `en`.";

    private final ClinicService clinics;
    private final DisclaimerResolver resolver;
    private final DeliveryResponses responses;

    public ClinicDisclaimerDeliveryResource(ClinicService clinics, DisclaimerResolver resolver,
            DeliveryResponses responses) {
        this.clinics = clinics;
        this.resolver = resolver;
        this.responses = responses;
    }

    @GET
    @Transactional
    @Operation(operationId = "listSiteDisclaimers", summary = "List the disclaimers of a clinic's site", description = "Every disclaimer key known to the clinic (network defaults and its overrides), ordered by key, each in the version in effect now and the best locale for the reader. Never paged: a network has a handful.")
    @APIResponse(responseCode = "200", description = "The disclaimers.", content = @Content(schema = @Schema(implementation = ResolvedDisclaimers.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or es-MX") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        List<ResolvedDisclaimer> items = resolver.resolveKeys(clinic, DisclaimerEntity.keysFor(clinic.id), locale,
                Instant.now());
        return responses.ok(new ResolvedDisclaimers(items), ifNoneMatch, null,
                DeliveryKeys.withCollection("disclaimers", keysOf(clinic, items))).build();
    }

    @GET
    @Path("{key}")
    @Transactional
    @Operation(operationId = "getSiteDisclaimer", summary = "Read a disclaimer of a clinic's site", description = "The disclaimer with this key as the clinic shows it now: its override or the network default, in the best locale for the reader.")
    @APIResponse(responseCode = "200", description = "The disclaimer.", content = @Content(schema = @Schema(implementation = ResolvedDisclaimer.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such clinic, or no disclaimer with this key in effect.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("key") String key,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or es-MX") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        ResolvedDisclaimer item = resolver.resolveKeys(clinic, List.of(key), locale, Instant.now()).stream()
                .findFirst().orElseThrow(() -> ApiException.notFound("disclaimer", key));
        return responses.ok(item, ifNoneMatch, null, keysOf(clinic, List.of(item))).build();
    }

    private static List<String> keysOf(ClinicEntity clinic, List<ResolvedDisclaimer> items) {
        List<String> keys = new ArrayList<>(List.of("clinic:" + clinic.slug));
        items.forEach(d -> keys.add("disclaimer:" + d.key()));
        return keys;
    }
}
