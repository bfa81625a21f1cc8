package health.clinicapi.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.VersionedEntity;

/**
 * Records changes to published content in each clinic's changes log, in the transaction that makes the change, and
 * fires each as a synchronous {@link ContentEvent} so observers (webhooks) store their outbox rows in the same
 * transaction. A rolled-back change leaves no trace and uses up no sequence number.
 *
 * <p>
 * Sequence numbers are per clinic and visible in commit order: the next number comes from the clinic's counter row,
 * locked with {@code SELECT ... FOR UPDATE} until the writing transaction ends. A second writer of the same clinic
 * waits for that lock, so it reads the number only after the first committed (or rolled back, giving the number back)
 * and its own events become visible after the first's. A reader polling {@code since=n} therefore never sees n+2
 * before n+1. The price: the transactions of one clinic that record events commit one after another from the moment
 * they record; callers record last, after their own writes, to keep that window short. See {@code README.md}.
 */
@ApplicationScoped
public class ContentEvents {

    public static final String ARTICLE = "article";
    public static final String INDICATION = "indication";
    public static final String DISCLAIMER = "disclaimer";
    public static final String SYNDICATION = "syndication";

    private final Event<ContentEvent> observers;

    public ContentEvents(Event<ContentEvent> observers) {
        this.observers = observers;
    }

    /**
     * Records one change of {@code clinic}'s published content and notifies observers, in the caller's transaction.
     *
     * @param resource {@link #ARTICLE}, {@link #INDICATION}, {@link #DISCLAIMER} or {@link #SYNDICATION}
     * @param slug the resource's slug (a disclaimer's key)
     * @param locale the locale of the changed content; null when it has none (indications)
     * @param data a small JSON-ready summary for receivers (e.g. title); may be empty
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContentEvent record(ClinicEntity clinic, EventType type, String resource, String slug, String locale,
            Map<String, Object> data) {
        EventCounterEntity counter = lockCounter(clinic.id);
        counter.lastSequence++;
        ContentEventEntity row = new ContentEventEntity();
        row.id = UUID.randomUUID();
        row.clinicId = clinic.id;
        row.sequenceNumber = counter.lastSequence;
        row.type = type;
        row.resource = resource;
        row.slug = slug;
        row.locale = locale;
        row.occurredAt = VersionedEntity.now();
        Map<String, Object> summary = new LinkedHashMap<>(data);
        if (locale != null) {
            summary.putIfAbsent("locale", locale);
        }
        summary.putIfAbsent("url", ChangeUrls.path(clinic.slug, resource, slug, locale));
        row.data = summary;
        row.persist();
        ContentEvent event = row.toEvent(clinic.slug);
        observers.fire(event);
        return event;
    }

    /** Records a change of one of {@code clinic}'s articles, with its title as the summary. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContentEvent article(ClinicEntity clinic, EventType type, String slug, String locale, String title) {
        return record(clinic, type, ARTICLE, slug, locale, title == null ? Map.of() : Map.of("title", title));
    }

    /**
     * Records a change of a disclaimer: of that clinic's override, or, for a network default ({@code clinicId} null),
     * for every clinic, since any site may show the default. A clinic whose override hides the default hears of it
     * too; refetching shows it nothing changed, which costs less than resolving every site's disclaimers here.
     *
     * @param change {@code created}, {@code updated} or {@code deleted}, in the summary
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ContentEvent> disclaimer(UUID clinicId, String key, String locale, String change) {
        Map<String, Object> data = Map.of("change", change);
        if (clinicId == null) {
            return recordForEveryClinic(EventType.DISCLAIMER_UPDATED, DISCLAIMER, key, locale, data);
        }
        ClinicEntity clinic = ClinicEntity.findById(clinicId);
        return List.of(record(clinic, EventType.DISCLAIMER_UPDATED, DISCLAIMER, key, locale, data));
    }

    /**
     * Records the same change for every clinic of the network, for shared content every site shows (the catalog's
     * indications, network disclaimer defaults). Counters are locked in clinic-id order so two such transactions
     * never deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ContentEvent> recordForEveryClinic(EventType type, String resource, String slug, String locale,
            Map<String, Object> data) {
        List<ContentEvent> recorded = new ArrayList<>();
        for (ClinicEntity clinic : ClinicEntity.<ClinicEntity>list("order by id")) {
            recorded.add(record(clinic, type, resource, slug, locale, data));
        }
        return recorded;
    }

    /**
     * The clinic's counter, locked for this transaction. A clinic's first event creates it: in a transaction of its
     * own when the clinic is already committed (two first writers then cannot both insert it), otherwise in this one
     * (the clinic is new in this transaction, so no other writer can see it yet).
     */
    private static EventCounterEntity lockCounter(UUID clinicId) {
        Optional<EventCounterEntity> locked = EventCounterEntity.lock(clinicId);
        if (locked.isPresent()) {
            return locked.get();
        }
        RuntimeException failure = null;
        try {
            if (!createCommitted(clinicId)) {
                EventCounterEntity counter = new EventCounterEntity();
                counter.clinicId = clinicId;
                counter.lastSequence = 0;
                counter.persistAndFlush();
                return counter;
            }
        } catch (RuntimeException e) {
            // Most likely another first writer created it meanwhile; if so, it is there to lock now.
            failure = e;
        }
        RuntimeException cause = failure;
        return EventCounterEntity.lock(clinicId).orElseThrow(() -> cause != null
                ? cause
                : new IllegalStateException("event counter of clinic " + clinicId + " vanished"));
    }

    /** Creates the counter in its own transaction; false when the clinic is not committed yet. */
    private static boolean createCommitted(UUID clinicId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (ClinicEntity.findByIdOptional(clinicId).isEmpty()) {
                return false;
            }
            if (EventCounterEntity.findByIdOptional(clinicId).isEmpty()) {
                EventCounterEntity counter = new EventCounterEntity();
                counter.clinicId = clinicId;
                counter.lastSequence = 0;
                counter.persistAndFlush();
            }
            return true;
        });
    }
}
