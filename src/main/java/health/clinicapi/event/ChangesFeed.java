package health.clinicapi.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.clinic.ClinicEntity;

/** Reads a clinic's changes log from a reader's position (see {@link ContentEvents} for why it can be trusted). */
@ApplicationScoped
public class ChangesFeed {

    /**
     * The clinic's events after {@code since} (from the beginning when null), at most {@code limit}.
     *
     * @param baseUrl the API's base URL, without a trailing slash, for the items' urls
     */
    @Transactional
    public ChangesPage page(ClinicEntity clinic, String since, int limit, String baseUrl) {
        long after = 0;
        if (since != null && !since.isEmpty()) {
            after = ChangesToken.decode(since, clinic.id, EventCounterEntity.last(clinic.id)).after();
        }
        List<ContentEventEntity> rows = ContentEventEntity.after(clinic.id, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ContentEventEntity> shown = more ? rows.subList(0, limit) : rows;
        long next = shown.isEmpty() ? after : shown.get(shown.size() - 1).sequenceNumber;
        return new ChangesPage(shown.stream().map(row -> Change.from(row, clinic.slug, baseUrl)).toList(),
                new ChangesToken(clinic.id, next).encode(), more);
    }
}
