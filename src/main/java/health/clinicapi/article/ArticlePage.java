package health.clinicapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of articles ({@code Page<Article>} on the wire). */
@Schema(name = "ArticlePage")
record ArticlePage(List<Article> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
