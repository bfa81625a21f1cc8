package health.clinicapi.feed;

import java.util.List;

import org.owasp.encoder.Encode;

import health.clinicapi.disclaimer.ResolvedDisclaimer;

/**
 * Appends the disclaimers an article must carry to its rendered HTML, in the markup the HTML renderer gives
 * disclaimer blocks, so a feed reader shows them under the content and a site styles them alike.
 */
final class DisclaimerHtml {

    private DisclaimerHtml() {
    }

    static String append(String html, List<ResolvedDisclaimer> disclaimers) {
        StringBuilder out = new StringBuilder(html == null ? "" : html);
        for (ResolvedDisclaimer d : disclaimers) {
            out.append("<aside class=\"disclaimer\" data-disclaimer=\"").append(Encode.forHtmlAttribute(d.key()))
                    .append("\">");
            if (d.title() != null && !d.title().isBlank()) {
                out.append("<p class=\"disclaimer-title\">").append(Encode.forHtmlContent(d.title())).append("</p>");
            }
            if (d.text() != null && !d.text().isBlank()) {
                for (String paragraph : d.text().strip().split("\\R\\s*\\R\\s*")) {
                    out.append("<p>").append(Encode.forHtmlContent(paragraph)).append("</p>");
                }
            }
            out.append("</aside>");
        }
        return out.toString();
    }
}
