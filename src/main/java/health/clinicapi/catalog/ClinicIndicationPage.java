package health.clinicapi.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of a clinic's indications. */
@Schema(name = "ClinicIndicationPage")
record ClinicIndicationPage(List<ClinicIndication> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
