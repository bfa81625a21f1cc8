package health.clinicapi.disclaimer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of disclaimers ({@code Page<Disclaimer>} on the wire). */
@Schema(name = "DisclaimerPage")
record DisclaimerPage(List<Disclaimer> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
