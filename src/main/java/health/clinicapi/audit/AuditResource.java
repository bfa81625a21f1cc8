package health.clinicapi.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Read-only access to the audit log; there is deliberately no way to change it through the API. */
@Path("/v1/manage/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management: audit log")
public class AuditResource {

    private final AuditLog audit;
    private final ClinicService clinics;
    private final Caller caller;

    public AuditResource(AuditLog audit, ClinicService clinics, Caller caller) {
        this.audit = audit;
        this.clinics = clinics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
    @Operation(operationId = "listAuditEntries", summary = "Read the audit log", description = "Management writes, newest first. A clinic key sees its own clinic's entries only.")
    @APIResponse(responseCode = "200", description = "A page of audit entries.", content = @Content(schema = @Schema(implementation = AuditEntryPage.class)))
    @APIResponse(responseCode = "404", description = "The clinic filter names an unknown clinic.")
    public Response list(
            @Parameter(description = "Only entries of this clinic (slug).") @QueryParam("clinic") @Size(max = 64) String clinic,
            @Parameter(description = "Only entries about this resource type, e.g. `clinic` or `api-key`.") @QueryParam("resource") @Pattern(regexp = "^[a-z-]{1,40}$", message = "must be a resource type such as clinic or api-key") String resource,
            @Parameter(description = "Only entries made with this API key (id).") @QueryParam("key") @Pattern(regexp = UUID_PATTERN, message = "must be a key id (UUID)") String key,
            @Parameter(description = "Only entries at or after this instant (ISO-8601).") @QueryParam("from") String from,
            @Parameter(description = "Only entries before this instant (ISO-8601).") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        UUID clinicId = caller.clinicId().orElse(null);
        if (clinic != null) {
            clinicId = caller.requireClinic(clinics.require(clinic)).id;
        }
        var page = audit.page(clinicId, resource, key == null ? null : UUID.fromString(key), instant("from", from),
                instant("to", to), cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    /** OpenAPI shape of a page of audit entries. */
    @Schema(name = "AuditEntryPage")
    record AuditEntryPage(java.util.List<AuditEntry> items, String nextCursor) {
    }
}
