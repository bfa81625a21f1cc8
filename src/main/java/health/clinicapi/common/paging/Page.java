package health.clinicapi.common.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection: the items and, when more follow, the cursor of the next page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the collection's order.") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {

    /**
     * Cuts a query result fetched with {@code limit + 1} rows into a page: the extra row only proves a next page.
     *
     * @param key the sort key of an item, as stored in the cursor
     * @param id the id of an item, the tie-breaker of the sort
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, T> map, Function<E, String> key,
            Function<E, UUID> id) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            E last = shown.get(shown.size() - 1);
            next = new Cursor(key.apply(last), id.apply(last)).encode();
        }
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}
