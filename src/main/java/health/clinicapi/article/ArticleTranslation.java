package health.clinicapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One language version of an article on a site. */
@Schema(name = "ArticleTranslation")
public record ArticleTranslation(@Schema(examples = "es-US") String locale,
        @Schema(examples = "que-trata-el-botox") String slug,
        @Schema(description = "Its page on the clinic's site.") String url) {
}
