package health.clinicapi.syndication;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of grants ({@code Page<Grant>} on the wire). */
@Schema(name = "SyndicationGrantPage")
record GrantPage(List<Grant> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
