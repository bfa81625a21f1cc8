package health.clinicapi.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of indications ({@code Page<Indication>} on the wire). */
@Schema(name = "IndicationPage")
record IndicationPage(List<Indication> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
