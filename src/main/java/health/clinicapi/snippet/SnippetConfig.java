package health.clinicapi.snippet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of marketing snippets. */
@ConfigMapping(prefix = "clinicapi.snippets")
public interface SnippetConfig {

    /**
     * Path of an indication's page on a clinic's site, appended to the clinic's base URL to link indication snippets;
     * {@code {slug}} is the indication's slug and {@code {locale}} the snippet's locale. Default
     * {@code /indications/{slug}}.
     */
    @WithDefault("/indications/{slug}")
    String indicationPath();
}
