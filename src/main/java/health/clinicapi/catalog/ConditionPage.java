package health.clinicapi.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of conditions ({@code Page<Condition>} on the wire). */
@Schema(name = "ConditionPage")
record ConditionPage(List<Condition> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
