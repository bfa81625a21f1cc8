package health.clinicapi.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.common.http.DeliveryResponses;

/** A clinic's sitemap: every published article page of its site, for search engines. */
@Path("/v1/clinics/{clinic}/sitemap.xml")
@Tag(name = "Delivery: feeds")
@PermitAll
public class SitemapResource {

    private final ClinicFeeds feeds;
    private final DeliveryResponses responses;

    public SitemapResource(ClinicFeeds feeds, DeliveryResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @GET
    @Produces(SitemapXml.MEDIA_TYPE)
    @Operation(operationId = "getSitemap", summary = "A clinic's sitemap", description = "Every language version of every published article on the clinic's site (sitemaps.org 0.9), newest first, with `lastmod` and `xhtml:link rel=\"alternate\" hreflang` for its translations. Articles whose canonical page is on another site (syndicated from another clinic) are left out; that site's sitemap lists them. At most 50,000 URLs, the newest.")
    @APIResponse(responseCode = "200", description = "The sitemap.", content = @Content(mediaType = SitemapXml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No clinic with this slug.")
    public Response get(@PathParam("clinic") String clinic,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Sitemap sitemap = feeds.sitemap(clinic);
        return responses.ok(SitemapXml.write(sitemap), MediaType.APPLICATION_XML_TYPE, ifNoneMatch,
                sitemap.lastModified(), sitemap.surrogateKeys()).build();
    }
}
