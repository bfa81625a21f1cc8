package health.clinicapi.article;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.catalog.RegulatoryStatusEntry;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.content.Block;
import health.clinicapi.content.render.DisclaimerText;
import health.clinicapi.content.render.Format;
import health.clinicapi.content.render.IndicationSummary;
import health.clinicapi.content.render.RenderContext;
import health.clinicapi.content.render.Renderer;
import health.clinicapi.disclaimer.ResolvedDisclaimer;

/** Renders an article's body in the formats a request names, with its references resolved for the clinic. */
final class ArticleFormats {

    private ArticleFormats() {
    }

    /** A comma-separated {@code format} value; an unknown name is a 400 problem. */
    static Set<Format> parse(String value) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        if (value == null || value.isBlank()) {
            return formats;
        }
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                try {
                    formats.add(Format.parse(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid("format",
                            "'" + name.trim() + "' is not one of html, plaintext, markdown");
                }
            }
        }
        return formats;
    }

    /**
     * @param body the article's body as the clinic shows it (template variables resolved)
     * @param placed the disclaimers the body's disclaimer blocks name, resolved for the clinic
     */
    static RenderedArticle render(ArticleEntity article, List<Block> body, ClinicEntity clinic, Set<Format> formats,
            List<ResolvedDisclaimer> placed) {
        if (formats.isEmpty()) {
            return null;
        }
        Map<String, IndicationSummary> indications = new LinkedHashMap<>();
        article.indications.forEach(i -> indications.put(i.slug, summary(i, clinic.jurisdiction)));
        Map<String, DisclaimerText> disclaimers = new LinkedHashMap<>();
        placed.forEach(d -> disclaimers.put(d.key(), new DisclaimerText(d.key(), d.title(), d.text())));
        RenderContext context = new RenderContext(clinic.baseUrl, indications, disclaimers);
        return new RenderedArticle(
                formats.contains(Format.HTML) ? Renderer.render(Format.HTML, body, context) : null,
                formats.contains(Format.PLAINTEXT) ? Renderer.render(Format.PLAINTEXT, body, context) : null,
                formats.contains(Format.MARKDOWN) ? Renderer.render(Format.MARKDOWN, body, context) : null);
    }

    /** The indication as a block shows it; where several products have a status, an approval comes first. */
    static IndicationSummary summary(IndicationEntity i, String jurisdiction) {
        List<RegulatoryStatusEntry> here = i.entriesIn(jurisdiction);
        RegulatoryStatusEntry shown = here.stream().filter(e -> e.status() == RegulatoryStatus.APPROVED).findFirst()
                .orElse(here.isEmpty() ? null : here.get(0));
        return new IndicationSummary(i.slug, i.treatment.name + ": " + i.condition.name, i.summary, jurisdiction,
                shown == null ? null : shown.status().name(), shown == null ? null : shown.product(),
                shown == null ? null : shown.approvalYear());
    }
}
