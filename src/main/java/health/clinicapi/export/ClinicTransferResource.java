package health.clinicapi.export;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.idempotency.Idempotency;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Backing up and moving a clinic: its content as one JSON document, out and back in. */
@Path("/v1/manage/clinics/{clinic}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: clinics")
public class ClinicTransferResource {

    private final ClinicTransferService transfer;
    private final ClinicService clinics;
    private final Caller caller;
    private final Idempotency idempotency;

    public ClinicTransferResource(ClinicTransferService transfer, ClinicService clinics, Caller caller,
            Idempotency idempotency) {
        this.transfer = transfer;
        this.clinics = clinics;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("export")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "exportClinic", summary = "Export a clinic's content", description = "The clinic's settings, its own disclaimers with every version, and every article in every status with every revision, as one `clinic-content-export` document (formatVersion 1) that `importClinic` reads. "
            + "Network content (catalog, people, network disclaimers and rules) is referenced by slug, not included.")
    @APIResponse(responseCode = "200", description = "The document; Content-Disposition suggests a file name.", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<clinic>-<date>.clinic-export.json\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ClinicExport.class)))
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response export(@PathParam("clinic") String clinicSlug) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        ClinicExport document = transfer.export(clinic.id);
        String file = clinic.slug + "-" + LocalDate.ofInstant(document.exportedAt(), ZoneOffset.UTC)
                + ".clinic-export.json";
        return Response.ok(document).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("import")
    @RolesAllowed(Scope.CLINIC_ADMIN_ROLE)
    @SecurityRequirement(name = "apiKey", scopes = {Scope.CLINIC_ADMIN_ROLE, Scope.CONTENT_WRITE_ROLE,
            Scope.CONTENT_PUBLISH_ROLE})
    @Operation(operationId = "importClinic", summary = "Import a clinic's content", description = "Writes an `exportClinic` document into this clinic, which must have no articles and no disclaimers of its own. "
            + "Needs all three of clinic:admin, content:write and content:publish: it replaces settings, writes articles and sets them live. "
            + "Everything is validated as on normal writes and stored in one transaction, or nothing is. "
            + "New ids; slugs, locales, translation groups, statuses, times, versions and revisions are kept. "
            + "The document must fit the HTTP body limit (quarkus.http.limits.max-body-size, 1 MiB by default).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClinicExport.class)))
    @APIResponse(responseCode = "200", description = "Imported; what was written.", content = @Content(schema = @Schema(implementation = ClinicImportResult.class)))
    // The explicit @SecurityRequirement (three scopes) stops SmallRye from adding these two itself.
    @APIResponse(responseCode = "401", description = "Not Authorized")
    @APIResponse(responseCode = "403", description = "Not Allowed")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    @APIResponse(responseCode = "409", description = "The clinic already has articles or disclaimers of its own.")
    @APIResponse(responseCode = "422", description = "Another format or formatVersion; references to treatments, indications or people missing here, or locales the clinic does not have (each listed); or an Idempotency-Key used before for a different request.")
    public Response importInto(@PathParam("clinic") String clinicSlug, @NotNull JsonNode body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.") @HeaderParam(Idempotency.HEADER) String idempotencyKey)
            throws JsonProcessingException {
        caller.requireScope(Scope.CONTENT_WRITE);
        caller.requireScope(Scope.CONTENT_PUBLISH);
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        ClinicExport document = transfer.read(body);
        return idempotency.execute(idempotencyKey, caller.keyId(), "POST /v1/manage/clinics/" + clinic.slug
                + "/import", document,
                () -> Response.ok(transfer.importInto(clinic.id, document, caller.actor())).build());
    }
}
