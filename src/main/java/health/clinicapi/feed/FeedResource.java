package health.clinicapi.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import health.clinicapi.common.http.DeliveryKeys;
import health.clinicapi.common.http.DeliveryResponses;

/**
 * A clinic's newest published articles as JSON Feed, Atom and RSS, for feed readers, newsletters and aggregators;
 * the same articles, locales, canonical links and disclaimers as article delivery.
 */
@Path("/v1/clinics/{clinic}")
@Tag(name = "Delivery: feeds", description = "Public, cacheable feeds (JSON Feed 1.1, Atom 1.0, RSS 2.0) of a clinic's newest published articles, own and syndicated, and its sitemap.")
@PermitAll
public class FeedResource {

    static final String JSON_FEED = "application/feed+json";
    private static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    private static final String LOCALE_MESSAGE = "must be a BCP 47 language tag such as en or es-MX";
    private static final String LOCALE_DOC = "The reader's locale. Each article is served in the first available of: this locale, its language (any region), the clinic's default locale, its language, `en`. Without it, the clinic's default locale.";
    private static final String LIMIT_DOC = "How many of the newest articles, 1 to 100.";
    private static final String NOT_MODIFIED = "Unchanged since the ETag in If-None-Match.";
    private static final String NO_CLINIC = "No clinic with this slug.";

    private final ClinicFeeds feeds;
    private final DeliveryResponses responses;
    private final ObjectMapper json;

    public FeedResource(ClinicFeeds feeds, DeliveryResponses responses, ObjectMapper json) {
        this.feeds = feeds;
        this.responses = responses;
        this.json = json;
    }

    @GET
    @Path("feed.json")
    @Produces(JSON_FEED)
    @Operation(operationId = "getJsonFeed", summary = "A clinic's JSON Feed", description = "The clinic's newest published articles as JSON Feed 1.1: canonical links, the rendered HTML followed by the required disclaimers, authors and tags.")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = NO_CLINIC)
    public Response json(@PathParam("clinic") String clinic,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = LOCALE_MESSAGE) String locale,
            @Parameter(description = LIMIT_DOC) @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        Feed feed = feeds.newest(clinic, locale, limit);
        byte[] body;
        try {
            body = json.writeValueAsBytes(JsonFeed.from(feed, uri.getRequestUri().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
        return respond(body, JSON_FEED, feed, ifNoneMatch);
    }

    @GET
    @Path("feed.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(operationId = "getAtomFeed", summary = "A clinic's Atom feed", description = "The clinic's newest published articles as Atom 1.0: stable entry ids, canonical links, the excerpt as summary and the rendered HTML followed by the required disclaimers as content.")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = NO_CLINIC)
    public Response atom(@PathParam("clinic") String clinic,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = LOCALE_MESSAGE) String locale,
            @Parameter(description = LIMIT_DOC) @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        Feed feed = feeds.newest(clinic, locale, limit);
        return respond(AtomFeed.write(feed, uri.getRequestUri().toString()), AtomFeed.MEDIA_TYPE, feed, ifNoneMatch);
    }

    @GET
    @Path("feed.rss")
    @Produces(RssFeed.MEDIA_TYPE)
    @Operation(operationId = "getRssFeed", summary = "A clinic's RSS feed", description = "The clinic's newest published articles as RSS 2.0: canonical links, `guid`s that survive slug changes, the excerpt as description and the rendered HTML followed by the required disclaimers in `content:encoded`.")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = RssFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = NO_CLINIC)
    public Response rss(@PathParam("clinic") String clinic,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = LOCALE_MESSAGE) String locale,
            @Parameter(description = LIMIT_DOC) @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        Feed feed = feeds.newest(clinic, locale, limit);
        return respond(RssFeed.write(feed, uri.getRequestUri().toString()), RssFeed.MEDIA_TYPE, feed, ifNoneMatch);
    }

    private Response respond(byte[] body, String mediaType, Feed feed, String ifNoneMatch) {
        return responses.ok(body, MediaType.valueOf(mediaType), ifNoneMatch, feed.updated(),
                DeliveryKeys.withCollection("articles", feed.surrogateKeys())).build();
    }
}
