package health.clinicapi.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.http.SparseFields;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/**
 * Preview: an article in any status exactly as delivery would show it, for editors checking a draft or a scheduled
 * article on the real site before it goes live. Management tree, so never cached ({@code Cache-Control: no-store}).
 */
@Path("/v1/manage/clinics/{clinic}/preview/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Management: articles")
public class ArticlePreviewResource {

    private final ClinicService clinics;
    private final ArticleDelivery delivery;
    private final Caller caller;
    private final ObjectMapper json;

    public ArticlePreviewResource(ClinicService clinics, ArticleDelivery delivery, Caller caller, ObjectMapper json) {
        this.clinics = clinics;
        this.delivery = delivery;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CONTENT_READ_ROLE)
    @Operation(operationId = "previewArticle", summary = "Preview an article", description = "The article in any status (draft, in review, scheduled, published, archived) in the same shape and with the same parameters as `GET /v1/clinics/{clinic}/articles/{slug}`, its disclaimers resolved as if it were live now.")
    @APIResponse(responseCode = "200", description = "The article as the site would show it.", headers = @Header(name = "Content-Language", description = "The locale served.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DeliveredArticle.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or article.")
    public Response preview(@PathParam("clinic") String clinicSlug, @PathParam("slug") String slug,
            @Parameter(description = ArticleDeliveryResource.LOCALE_DOC) @QueryParam("locale") @Size(max = 35) @Pattern(regexp = ArticleDeliveryResource.LOCALE, message = ArticleDeliveryResource.LOCALE_MESSAGE) String locale,
            @Parameter(description = ArticleDeliveryResource.FIELDS_DOC) @QueryParam("fields") @Size(max = 500) String fields,
            @Parameter(description = ArticleDeliveryResource.INCLUDE_DOC) @QueryParam("include") @Size(max = 200) String include,
            @Parameter(description = ArticleDeliveryResource.FORMAT_DOC) @QueryParam("format") @Size(max = 100) String format) {
        ClinicEntity clinic = caller.requireClinic(clinics.require(clinicSlug));
        SparseFields sparse = SparseFields.parse(fields, DeliveredArticle.class);
        DeliveredArticle article = delivery.one(clinic.id, slug, locale, ArticleDelivery.ANY,
                ArticleInclude.parse(include), ArticleShape.of(ArticleFormats.parse(format), sparse));
        return Response.ok(sparse.apply(json.valueToTree(article)))
                .header(HttpHeaders.CONTENT_LANGUAGE, article.locale()).build();
    }
}
