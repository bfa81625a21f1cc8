package health.clinicapi.disclaimer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of disclaimer rules ({@code Page<DisclaimerRule>} on the wire). */
@Schema(name = "DisclaimerRulePage")
record DisclaimerRulePage(List<DisclaimerRule> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
