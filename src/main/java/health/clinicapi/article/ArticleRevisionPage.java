package health.clinicapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of revisions ({@code Page<ArticleRevision>} on the wire). */
@Schema(name = "ArticleRevisionPage")
record ArticleRevisionPage(List<ArticleRevision> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
