package health.clinicapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of delivered articles, with what {@code include=} asked for embedded once for the whole page. */
@Schema(name = "DeliveredArticlePage")
public record DeliveredArticlePage(
        @Schema(description = "The articles of this page, in the requested order.") List<DeliveredArticle> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
        @Schema(description = "Resources named by `include=`, for all items of the page.") ArticleIncluded included) {
}
