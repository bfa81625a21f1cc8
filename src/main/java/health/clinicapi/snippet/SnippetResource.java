package health.clinicapi.snippet;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.http.DeliveryResponses;
import health.clinicapi.common.validation.Patterns;

/**
 * Public, cacheable snippets for marketing tools: bounded text about an article or indication of a clinic's site,
 * with the link to its page and the disclaimers that must travel with it.
 */
@Path("/v1/clinics/{clinic}/snippets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery: snippets", description = "Public, cacheable, length-bounded snippets of a clinic's articles and indications for marketing tools: text in text, HTML or markdown, a link with UTM parameters, and the short disclaimers that must travel with it.")
@PermitAll
public class SnippetResource {

    private static final String LOCALE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private final ClinicService clinics;
    private final SnippetService snippets;
    private final DeliveryResponses responses;

    public SnippetResource(ClinicService clinics, SnippetService snippets, DeliveryResponses responses) {
        this.clinics = clinics;
        this.snippets = snippets;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "getSnippets", summary = "Make snippets of an article or indication", description = """
            One snippet per `maxLength` (up to 5 in one call, e.g. 70, 160 and 280), of a published article \
            (its excerpt, or its plain-text body when it has none) or of an indication (its summary) as the clinic's \
            site shows it, with the disclaimers that content carries there plus those rules require of snippets. `maxLength` bounds `full`: the text plus the short text of every disclaimer the rules \
            require, joined by single spaces, counted in user-perceived characters (Unicode grapheme clusters, as \
            displayed: escapes and markup do not count). The text is cut at the last sentence boundary that fits, \
            else after the last word that fits, never inside a word or grapheme, and ends with an ellipsis (counted) \
            when cut. Disclaimers are never cut: a length that cannot hold them is a 422 problem with \
            `minimumLength`. The link (the article's canonical URL, or the clinic's indication page) is not \
            counted; `linkLength` gives its length.""")
    @APIResponse(responseCode = "200", description = "The snippets, in the order of the lengths asked for.", headers = @Header(name = "Content-Language", description = "The locale of the text.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Snippets.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such clinic, published article or indication.")
    @APIResponse(responseCode = "422", description = "A `maxLength` cannot hold the required disclaimers and the first word of the text. The problem (schema SnippetLengthProblem) carries the extension member `minimumLength` (integer), the smallest length that works, and a `maxLength` field error.")
    public Response get(@PathParam("clinic") String clinicSlug,
            @Parameter(description = "Slug of a published article of the clinic (own or syndicated); exactly one of `article` and `indication`.") @QueryParam("article") @Size(max = 80) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String article,
            @Parameter(description = "Slug of an indication of the catalog; exactly one of `article` and `indication`.") @QueryParam("indication") @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String indication,
            @Parameter(description = "Longest `full` snippet in user-perceived characters, 20 to 5000; repeat for several lengths (at most 5, each once).", required = true, schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class, minItems = 1, maxItems = 5)) @QueryParam("maxLength") List<String> maxLengths,
            @Parameter(description = "`text` (default), `html` (escaped for HTML) or `markdown` (escaped for CommonMark).", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "text", "html", "markdown"})) @QueryParam("format") @Size(max = 20) String format,
            @Parameter(description = "The reader's locale: the article's translation and the disclaimers' language fall back as in article delivery; defaults to the clinic's default locale.") @QueryParam("locale") @Size(max = 35) @Pattern(regexp = LOCALE, message = "must be a BCP 47 language tag such as en or en-US") String locale,
            @Parameter(description = "Added to the link as `utm_source`, percent-encoded.") @QueryParam("utm_source") @Size(max = 200) String utmSource,
            @Parameter(description = "Added to the link as `utm_medium`, percent-encoded.") @QueryParam("utm_medium") @Size(max = 200) String utmMedium,
            @Parameter(description = "Added to the link as `utm_campaign`, percent-encoded.") @QueryParam("utm_campaign") @Size(max = 200) String utmCampaign,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SnippetQuery query = SnippetQuery.parse(article, indication, maxLengths, format, locale,
                new Utm(utmSource, utmMedium, utmCampaign));
        ClinicEntity clinic = clinics.require(clinicSlug);
        SnippetService.Made made = snippets.make(clinic, query);
        return responses.ok(made.snippets(), ifNoneMatch, made.lastModified(), made.surrogateKeys())
                .header(HttpHeaders.CONTENT_LANGUAGE, made.snippets().locale()).build();
    }
}
