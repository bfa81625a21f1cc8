package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.ContentEvents;

/**
 * Owns disclaimers and their immutable versions, for both trees: {@code clinicId} null means the network defaults,
 * otherwise that clinic's overrides. A disclaimer of one tree is invisible (404) from the other.
 */
@ApplicationScoped
public class DisclaimerService {

    static final String RESOURCE = "disclaimer";

    private final AuditLog audit;
    private final ContentEvents events;

    public DisclaimerService(AuditLog audit, ContentEvents events) {
        this.audit = audit;
        this.events = events;
    }

    /** The disclaimer {@code id} of this tree, or a 404 problem (also for a malformed id or another clinic's). */
    public DisclaimerEntity require(UUID clinicId, String id) {
        return parse(id).flatMap(uuid -> DisclaimerEntity.<DisclaimerEntity>findByIdOptional(uuid))
                .filter(d -> d.scope.equals(DisclaimerEntity.scopeOf(clinicId)))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No disclaimer with id '" + id + "'."));
    }

    public Page<Disclaimer> page(UUID clinicId, String key, String locale, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        String afterKey = "";
        String afterLocale = "";
        if (after != null) {
            int bar = after.key().indexOf('|');
            if (bar < 0) {
                throw forgedCursor();
            }
            afterKey = after.key().substring(0, bar);
            afterLocale = after.key().substring(bar + 1);
        }
        List<DisclaimerEntity> rows = DisclaimerEntity.page(clinicId, nullToEmpty(key), nullToEmpty(locale),
                afterKey, afterLocale, limit + 1);
        // The versions in effect of the whole page in one statement, newest effective first per disclaimer.
        Map<UUID, DisclaimerVersionEntity> current = new HashMap<>();
        DisclaimerVersionEntity.effectiveAt(rows.stream().map(d -> d.id).toList(), Instant.now())
                .forEach(v -> current.putIfAbsent(v.disclaimerId, v));
        return Page.of(rows, limit, d -> Disclaimer.from(d, current.get(d.id)), d -> d.disclaimerKey + "|" + d.locale,
                d -> d.id);
    }

    /** The version of {@code disclaimer} in effect at {@code at}: the greatest effectiveFrom not after it. */
    public Optional<DisclaimerVersionEntity> current(DisclaimerEntity disclaimer, Instant at) {
        return DisclaimerVersionEntity.effectiveAt(List.of(disclaimer.id), at).stream().findFirst();
    }

    public Page<DisclaimerVersion> versions(DisclaimerEntity disclaimer, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        int afterNumber = 0;
        if (after != null) {
            try {
                afterNumber = Integer.parseInt(after.key());
            } catch (NumberFormatException e) {
                throw forgedCursor();
            }
        }
        return Page.of(DisclaimerVersionEntity.page(disclaimer.id, afterNumber, limit + 1), limit,
                DisclaimerVersion::from, v -> Integer.toString(v.versionNumber), v -> v.id);
    }

    public DisclaimerVersionEntity version(DisclaimerEntity disclaimer, int number) {
        return DisclaimerVersionEntity.findByNumber(disclaimer.id, number)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "Disclaimer '" + disclaimer.disclaimerKey + "' has no version " + number + "."));
    }

    /** Creates the disclaimer with its version 1. */
    @Transactional
    public DisclaimerEntity create(UUID clinicId, DisclaimerInput input, Actor actor) {
        if (DisclaimerEntity.findIn(clinicId, input.key(), input.locale()).isPresent()) {
            throw ApiException.conflict("A disclaimer '" + input.key() + "' in locale " + input.locale()
                    + " already exists " + (clinicId == null ? "in the network." : "for this clinic."));
        }
        DisclaimerEntity disclaimer = new DisclaimerEntity();
        disclaimer.scope = DisclaimerEntity.scopeOf(clinicId);
        disclaimer.clinicId = clinicId;
        disclaimer.disclaimerKey = input.key();
        disclaimer.kind = input.kind();
        disclaimer.locale = input.locale();
        disclaimer.latestNumber = 1;
        disclaimer.persist();
        persistVersion(disclaimer, 1, input.content());
        disclaimer.flush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, disclaimer.id, nameOf(disclaimer), clinicId, null,
                disclaimer.version);
        if (clinicId != null) {
            // An override replaces what the clinic's site showed; a new network default is found by listing.
            events.disclaimer(clinicId, disclaimer.disclaimerKey, disclaimer.locale, "created");
        }
        return disclaimer;
    }

    /** A version just written and its disclaimer as it now is (for the new ETag). */
    public record AddedVersion(DisclaimerEntity disclaimer, DisclaimerVersionEntity version) {
    }

    /** Adds the next version; the disclaimer's ETag moves on, earlier versions stay exactly as they were. */
    @Transactional
    public AddedVersion addVersion(UUID clinicId, UUID id, String ifMatch, DisclaimerVersionInput input,
            Actor actor) {
        DisclaimerEntity disclaimer = require(clinicId, id.toString());
        ETags.requireMatch(ifMatch, disclaimer.version);
        long before = disclaimer.version;
        disclaimer.latestNumber++;
        DisclaimerVersionEntity version = persistVersion(disclaimer, disclaimer.latestNumber, input);
        disclaimer.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, disclaimer.id, nameOf(disclaimer), clinicId, before,
                disclaimer.version);
        events.disclaimer(clinicId, disclaimer.disclaimerKey, disclaimer.locale, "updated");
        return new AddedVersion(disclaimer, version);
    }

    /**
     * Deletes the disclaimer with all its versions. Clinic overrides of a deleted network default stay: they are
     * complete disclaimers of their own. The last network locale of a key that a rule names cannot go (409): rules
     * may only name keys that have a network default.
     */
    @Transactional
    public void delete(UUID clinicId, UUID id, String ifMatch, Actor actor) {
        DisclaimerEntity disclaimer = require(clinicId, id.toString());
        ETags.requireMatch(ifMatch, disclaimer.version);
        if (clinicId == null && DisclaimerEntity.count("scope = ?1 and disclaimerKey = ?2", DisclaimerEntity.NETWORK,
                disclaimer.disclaimerKey) == 1 && DisclaimerRuleEntity.countForKey(disclaimer.disclaimerKey) > 0) {
            throw ApiException.conflict("Disclaimer rules still name '" + disclaimer.disclaimerKey
                    + "' and this is its last network default; delete or change those rules first.");
        }
        DisclaimerVersionEntity.delete("disclaimerId", disclaimer.id);
        disclaimer.delete();
        disclaimer.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, disclaimer.id, nameOf(disclaimer), clinicId,
                disclaimer.version, null);
        events.disclaimer(clinicId, disclaimer.disclaimerKey, disclaimer.locale, "deleted");
    }

    private static DisclaimerVersionEntity persistVersion(DisclaimerEntity disclaimer, int number,
            DisclaimerVersionInput input) {
        DisclaimerVersionEntity version = new DisclaimerVersionEntity();
        version.id = UUID.randomUUID();
        version.disclaimerId = disclaimer.id;
        version.versionNumber = number;
        version.title = input.title();
        version.body = input.text();
        version.shortText = input.shortText();
        version.createdAt = VersionedEntity.now();
        version.effectiveFrom = input.effectiveFrom() == null
                ? version.createdAt
                : input.effectiveFrom().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        version.persist();
        return version;
    }

    static String nameOf(DisclaimerEntity d) {
        return d.disclaimerKey + " (" + d.locale + ")";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ApiException forgedCursor() {
        return new ApiException(ProblemType.INVALID_CURSOR,
                "The cursor is not one this API issued; pass nextCursor from a previous page unchanged.");
    }
}
