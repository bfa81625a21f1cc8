package health.clinicapi.clinic;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of clinics ({@code Page<Clinic>} on the wire). */
@Schema(name = "ClinicPage")
record ClinicPage(List<Clinic> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
