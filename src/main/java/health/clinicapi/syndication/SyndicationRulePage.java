package health.clinicapi.syndication;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of subscription rules ({@code Page<SyndicationRule>} on the wire). */
@Schema(name = "SyndicationRulePage")
record SyndicationRulePage(List<SyndicationRule> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
