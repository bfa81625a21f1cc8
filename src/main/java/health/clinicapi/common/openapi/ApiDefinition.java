package health.clinicapi.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.common.problem.Problem;

/** The OpenAPI document's frame: tags in display order, the API key scheme and the shared problem response. */
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "cca_<prefix>_<secret>", description = "An API key sent as `Authorization: Bearer <key>`. Each operation lists the scopes it needs; network:admin implies all.")
@OpenAPIDefinition(info = @Info(title = "Clinic Content API", version = "1.0.0"), tags = {
        @Tag(name = "Delivery: clinics", description = "Public, cacheable reads of the clinic websites of the network."),
        @Tag(name = "Delivery: catalog", description = "Public, cacheable reads of the shared catalog; indications per clinic with their status there and the disclaimers they must carry."),
        @Tag(name = "Delivery: articles", description = "Public, cacheable reads of a clinic's published articles: filtered, searched, in the reader's locale, rendered, with the disclaimers they must carry and JSON-LD."),
        @Tag(name = "Delivery: disclaimers", description = "Public, cacheable reads of the disclaimers a clinic's site shows, in the reader's locale, with the clinic's overrides applied."),
        @Tag(name = "Management: clinics", description = "Create and change clinic websites. Never cached."),
        @Tag(name = "Management: people", description = "Authors and medical reviewers, shared by every clinic of the network. Needs catalog:write (network keys only)."),
        @Tag(name = "Management: catalog", description = "The shared clinical catalog: treatments, conditions and indications with their regulatory status. Needs catalog:write (network keys only)."),
        @Tag(name = "Management: articles", description = "A clinic's articles: drafts, review, publishing and scheduling, immutable revisions and the disclaimers each must carry. Never cached."),
        @Tag(name = "Management: disclaimers", description = "Versioned disclaimers (network defaults and clinic overrides), the rules that attach them to content, and a preview of what a clinic's content must carry. Never cached.")
}, components = @Components(responses = @APIResponse(name = "Problem", description = "An RFC 9457 problem.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))))
public class ApiDefinition extends Application {
}
