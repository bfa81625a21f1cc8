package health.clinicapi.article;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import health.clinicapi.common.problem.ApiException;

/** Related resources a delivered article response can embed with {@code include=}. */
enum ArticleInclude {
    AUTHOR, REVIEWER, TREATMENTS, INDICATIONS, DISCLAIMERS;

    /** A comma-separated {@code include} value; an unknown name is a 400 problem naming the choices. */
    static Set<ArticleInclude> parse(String value) {
        Set<ArticleInclude> includes = EnumSet.noneOf(ArticleInclude.class);
        if (value == null || value.isBlank()) {
            return includes;
        }
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            includes.add(Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(trimmed)).findFirst()
                    .orElseThrow(() -> ApiException.invalid("include", "'" + trimmed + "' is not one of "
                            + Arrays.stream(values()).map(i -> i.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")))));
        }
        return includes;
    }
}
