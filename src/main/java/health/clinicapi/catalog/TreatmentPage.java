package health.clinicapi.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of treatments ({@code Page<Treatment>} on the wire). */
@Schema(name = "TreatmentPage")
record TreatmentPage(List<Treatment> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
