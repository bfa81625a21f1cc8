package health.clinicapi.common.locale;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The order in which content locales are tried for a reader: the requested locale, its language, the clinic's default
 * locale, its language, then {@code en}; lower-case, no repeats. A bare language in the chain also accepts any
 * regional variant of it ({@code es} serves {@code es-US} text), so a reader is never left without content for want of
 * an exact region.
 */
public final class LocaleChain {

    private LocaleChain() {
    }

    public static List<String> of(String requested, String clinicDefault) {
        Set<String> chain = new LinkedHashSet<>();
        for (String locale : new String[]{requested, clinicDefault}) {
            if (locale != null && !locale.isBlank()) {
                String normalized = locale.toLowerCase(Locale.ROOT);
                chain.add(normalized);
                int dash = normalized.indexOf('-');
                if (dash > 0) {
                    chain.add(normalized.substring(0, dash));
                }
            }
        }
        chain.add("en");
        return List.copyOf(chain);
    }

    /**
     * Position of {@code locale} in {@code chain}: an exact match at that step, or a regional variant of a bare
     * language step; {@code chain.size()} when no step accepts it.
     */
    public static int rank(List<String> chain, String locale) {
        String normalized = locale.toLowerCase(Locale.ROOT);
        for (int i = 0; i < chain.size(); i++) {
            String step = chain.get(i);
            if (step.equals(normalized) || (step.indexOf('-') < 0 && normalized.startsWith(step + "-"))) {
                return i;
            }
        }
        return chain.size();
    }
}
