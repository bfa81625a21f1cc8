package health.clinicapi.article;

import java.util.Arrays;
import java.util.stream.Collectors;

import health.clinicapi.common.problem.ApiException;

/** Orders of the delivered article list; each is a keyset with the id as tie-breaker, so paging never skips. */
enum ArticleSort {
    /** Newest publication first: new publications land before any cursor, so paging is stable while they happen. */
    PUBLISHED_DESC("-publishedAt", "a.publishedAt", true), PUBLISHED_ASC("publishedAt", "a.publishedAt",
            false), TITLE_ASC("title", "coalesce(a.title, '')",
                    false), TITLE_DESC("-title", "coalesce(a.title, '')", true);

    final String param;
    final String expression;
    final boolean descending;

    ArticleSort(String param, String expression, boolean descending) {
        this.param = param;
        this.expression = expression;
        this.descending = descending;
    }

    boolean byTime() {
        return this == PUBLISHED_DESC || this == PUBLISHED_ASC;
    }

    /** The sort named by a {@code sort} query value; anything else is a 400 problem naming the choices. */
    static ArticleSort parse(String value) {
        if (value == null || value.isEmpty()) {
            return PUBLISHED_DESC;
        }
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "))));
    }
}
