package health.clinicapi.disclaimer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of disclaimer versions ({@code Page<DisclaimerVersion>} on the wire). */
@Schema(name = "DisclaimerVersionPage")
record DisclaimerVersionPage(List<DisclaimerVersion> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
