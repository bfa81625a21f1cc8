package health.clinicapi.feed;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import health.clinicapi.article.DeliveredArticle;

/** A clinic's newest published articles as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
@Schema(name = "JsonFeed", description = "JSON Feed 1.1; property names are the specification's (snake_case).")
public record JsonFeed(
        @Schema(description = "The JSON Feed version URL.", examples = VERSION, required = true) String version,
        @Schema(description = "The clinic's name.", required = true) String title,
        @JsonProperty("home_page_url") @Schema(description = "The clinic's site.") String homePageUrl,
        @JsonProperty("feed_url") @Schema(description = "Where this feed is served.") String feedUrl,
        String description,
        @Schema(description = "The locale asked for, else the clinic's default; each item says the one it is served in.", examples = "en-US") String language,
        @Schema(description = "The clinic, credited for items that name no author.") List<Author> authors,
        @Schema(description = "Newest publication first.", required = true) List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** One article. */
    @Schema(name = "JsonFeedItem")
    public record Item(
            @Schema(description = "Stable across slug changes: a `urn:uuid:` named after the article's translation group and locale.", required = true) String id,
            @Schema(description = "The article's canonical URL (the origin clinic's page for a syndicated article).") String url,
            String title,
            @Schema(description = "The article's excerpt.") String summary,
            @JsonProperty("content_html") @Schema(description = "The rendered safe HTML followed by the disclaimers the rules require, which travel with the content.") String contentHtml,
            @Schema(description = "The hero image's URL.") String image,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags,
            @Schema(examples = "en-US") String language) {

        static Item from(Feed.Entry entry) {
            DeliveredArticle a = entry.article();
            return new Item(entry.id(), a.canonicalUrl(), a.title(), a.excerpt(), entry.contentHtml(),
                    a.heroImage() == null ? null : a.heroImage().url(), a.publishedAt(), a.updatedAt(),
                    entry.author() == null ? null : List.of(Author.from(entry.author())), a.tags(), a.locale());
        }
    }

    /** A person or the clinic. */
    @Schema(name = "JsonFeedAuthor")
    public record Author(@Schema(required = true) String name,
            @Schema(description = "Their profile page, when known.") String url) {

        static Author from(Feed.Author author) {
            return new Author(author.name(), author.url());
        }
    }

    static JsonFeed from(Feed feed, String feedUrl) {
        return new JsonFeed(VERSION, feed.title(), feed.homePageUrl(), feedUrl, feed.description(), feed.language(),
                List.of(new Author(feed.title(), feed.homePageUrl())),
                feed.entries().stream().map(Item::from).toList());
    }
}
