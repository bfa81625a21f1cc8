package health.clinicapi.syndication;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of placements ({@code Page<Placement>} on the wire). */
@Schema(name = "PlacementPage")
record PlacementPage(List<Placement> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
