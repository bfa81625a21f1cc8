package health.clinicapi.article;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.http.DeliveryKeys;
import health.clinicapi.common.http.DeliveryResponses;
import health.clinicapi.common.http.PageRenders;
import health.clinicapi.common.http.SparseFields;
import health.clinicapi.common.locale.LocaleChain;
import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.common.problem.ApiException;

/**
 * Public delivery of a clinic's published articles: what its site lists and renders, with the disclaimers the rules
 * require there, in the reader's locale, cacheable by any CDN.
 */
@Path("/v1/clinics/{clinic}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: articles")
@PermitAll
public class ArticleDeliveryResource {

    static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    static final String LOCALE_MESSAGE = "must be a BCP 47 language tag such as en or es-MX";
    static final String LOCALE_DOC = "The reader's locale. Each article is served in the first available of: this locale, its language (any region), the clinic's default locale, its language, `en`. Without it, the clinic's default locale.";
    static final String FIELDS_DOC = "Comma-separated properties of DeliveredArticle to return (e.g. `slug,title,excerpt`); others are left out.";
    static final String FORMAT_DOC = "Comma-separated formats to render the body in, under `rendered`: `html` (safe fragment), `plaintext`, `markdown`.";
    static final String INCLUDE_DOC = "Comma-separated related resources to embed, one level deep: `author`, `reviewer`, `treatments`, `indications`, `disclaimers` (those placed by disclaimer blocks; the rule-required ones are always in `disclaimers`).";

    private final DeliveryReferences references;
    private final ArticleDelivery delivery;
    private final DeliveryResponses responses;
    private final PageRenders renders;
    private final ObjectMapper json;

    public ArticleDeliveryResource(DeliveryReferences references, ArticleDelivery delivery,
            DeliveryResponses responses, PageRenders renders, ObjectMapper json) {
        this.references = references;
        this.delivery = delivery;
        this.responses = responses;
        this.renders = renders;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List a clinic's articles", description = "Published articles of the clinic, its own and those syndicated onto it from other clinics (with `origin` set and `canonicalUrl` on the origin's site), newest publication first unless `sort` says otherwise, one translation per article in the reader's locale. Paging is stable while articles are published: no duplicates, no gaps.")
    @APIResponse(responseCode = "200", description = "A page of articles.", headers = {
            @Header(name = "Link", description = "`<…>; rel=\"next\"` when more pages follow.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Language", description = "The locales of the articles served.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = DeliveredArticlePage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    @APIResponse(responseCode = "503", description = "The database cannot be reached right now, or too many pages are being rendered and this one waited its limit for a turn; retry after the seconds in Retry-After.")
    public Response list(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Only articles with this tag.") @QueryParam("tag") @Size(max = 64) String tag,
            @Parameter(description = "Only articles referencing this treatment (slug), listed or through an indication.") @QueryParam("treatment") @Size(max = 64) String treatment,
            @Parameter(description = "Only articles referencing an indication for this condition (slug).") @QueryParam("condition") @Size(max = 64) String condition,
            @Parameter(description = "Only articles referencing this indication (slug).") @QueryParam("indication") @Size(max = 64) String indication,
            @Parameter(description = "Only articles by this author (slug).") @QueryParam("author") @Size(max = 64) String author,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = LOCALE_MESSAGE) String locale,
            @Parameter(description = "Only articles published after this instant (ISO-8601).", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("publishedAfter") @Size(max = 40) String publishedAfter,
            @Parameter(description = "Only articles published before this instant (ISO-8601).", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("publishedBefore") @Size(max = 40) String publishedBefore,
            @Parameter(description = "`-publishedAt` (default), `publishedAt`, `title` or `-title`.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "-publishedAt", "publishedAt", "title", "-title"})) @QueryParam("sort") @Size(max = 20) String sort,
            @Parameter(description = "Full-text search in title, excerpt, body and tags; synonyms of catalog conditions count. Results come most relevant first, each with `match` (score and highlighted title and snippet); cannot be combined with `sort`.") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = FIELDS_DOC) @QueryParam("fields") @Size(max = 500) String fields,
            @Parameter(description = INCLUDE_DOC) @QueryParam("include") @Size(max = 200) String include,
            @Parameter(description = FORMAT_DOC) @QueryParam("format") @Size(max = 100) String format,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 1024) String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, UriInfo uri) {
        ClinicEntity clinic = references.current().clinic(clinicSlug);
        SparseFields sparse = SparseFields.parse(fields, DeliveredArticle.class);
        var filter = new DeliveryFilter(ArticleDelivery.LIVE, LocaleChain.of(locale, clinic.defaultLocale), tag,
                treatment, condition, indication, author, instant("publishedAfter", publishedAfter),
                instant("publishedBefore", publishedBefore));
        Set<ArticleInclude> includes = ArticleInclude.parse(include);
        ArticleShape shape = ArticleShape.of(ArticleFormats.parse(format), sparse);
        if (q != null && !q.isBlank() && sort != null) {
            throw ApiException.invalid("sort", "cannot be combined with q: search results are ordered by relevance");
        }
        // A page of whole articles takes megabytes of heap while it is rendered: a bounded number at a time.
        return renders.render(() -> {
            DeliveredArticlePage page;
            if (q == null || q.isBlank()) {
                page = delivery.page(clinic.id, filter, ArticleSort.parse(sort), cursor, limit, includes, shape);
            } else {
                page = delivery.search(clinic.id, filter, q, cursor, limit, includes, shape);
            }
            // Whole articles are written straight to bytes: a tree of a page of whole articles would take megabytes of
            // heap per request in flight. A sparse page is small, and trimmed as a tree.
            Object body = page;
            if (!sparse.all()) {
                ObjectNode tree = json.valueToTree(page);
                sparse.applyToEach(tree.get("items"));
                body = tree;
            }
            List<String> keys = new ArrayList<>(List.of("clinic:" + clinic.slug));
            page.items().forEach(a -> keys.addAll(a.surrogateKeys()));
            keys.addAll(keysOf(page.included()));
            Set<String> locales = new LinkedHashSet<>();
            page.items().forEach(a -> locales.add(a.locale()));
            var newest = page.items().stream().map(DeliveredArticle::updatedAt).max(Instant::compareTo).orElse(null);
            var response = responses.ok(body, ifNoneMatch, newest,
                    DeliveryKeys.withCollection("articles", keys.stream().distinct().toList()));
            if (!locales.isEmpty()) {
                response.header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", locales));
            }
            return PageResponses.withNextLink(response, page.nextCursor(), uri).build();
        });
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getArticle", summary = "Read a clinic's article", description = "One published article with its resolved disclaimers: the clinic's own, or one syndicated onto it (found by its override slug when it has one). With `locale`, the translation that best fits the reader (Content-Language says which was served).")
    @APIResponse(responseCode = "200", description = "The article.", headers = @Header(name = "Content-Language", description = "The locale served.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DeliveredArticle.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such clinic or published article.")
    public Response get(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = LOCALE_MESSAGE) String locale,
            @Parameter(description = FIELDS_DOC) @QueryParam("fields") @Size(max = 500) String fields,
            @Parameter(description = INCLUDE_DOC) @QueryParam("include") @Size(max = 200) String include,
            @Parameter(description = FORMAT_DOC) @QueryParam("format") @Size(max = 100) String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicEntity clinic = references.current().clinic(clinicSlug);
        SparseFields sparse = SparseFields.parse(fields, DeliveredArticle.class);
        DeliveredArticle article = delivery.one(clinic.id, slug, locale, ArticleDelivery.LIVE,
                ArticleInclude.parse(include), ArticleShape.of(ArticleFormats.parse(format), sparse));
        List<String> keys = new ArrayList<>(List.of("clinic:" + clinic.slug));
        keys.addAll(article.surrogateKeys());
        keys.addAll(keysOf(article.included()));
        return responses.ok(sparse.all() ? article : sparse.apply(json.valueToTree(article)), ifNoneMatch,
                article.updatedAt(),
                keys.stream().distinct().toList()).header(HttpHeaders.CONTENT_LANGUAGE, article.locale()).build();
    }

    static List<String> keysOf(ArticleIncluded included) {
        List<String> keys = new ArrayList<>();
        if (included == null) {
            return keys;
        }
        if (included.disclaimers() != null) {
            included.disclaimers().forEach(d -> keys.add("disclaimer:" + d.key()));
        }
        if (included.indications() != null) {
            included.indications().forEach(i -> i.disclaimers().forEach(d -> keys.add("disclaimer:" + d.key())));
        }
        return keys;
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
