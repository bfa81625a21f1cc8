package health.clinicapi.disclaimer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.common.problem.Problem.FieldError;

/**
 * A clinic's own disclaimers out to and in from a clinic export. An import writes new ids but keeps keys, kinds,
 * locales, versions with their numbers, effective dates and times; it runs in the caller's transaction.
 */
@ApplicationScoped
public class DisclaimerTransfer {

    private final AuditLog audit;

    public DisclaimerTransfer(AuditLog audit) {
        this.audit = audit;
    }

    /** The clinic's overrides by key and locale, each with every version oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExportedDisclaimer> export(UUID clinicId) {
        Map<UUID, List<ExportedDisclaimer.Version>> versions = new HashMap<>();
        for (DisclaimerVersionEntity v : DisclaimerVersionEntity.allIn(clinicId)) {
            versions.computeIfAbsent(v.disclaimerId, id -> new ArrayList<>()).add(new ExportedDisclaimer.Version(
                    v.versionNumber, new DisclaimerVersionInput(v.title, v.body, v.shortText, v.effectiveFrom),
                    v.createdAt));
        }
        // Sorted here rather than by the database, whose collation may differ: the same content, the same order.
        return DisclaimerEntity.allIn(clinicId).stream()
                .sorted(Comparator.comparing((DisclaimerEntity d) -> d.disclaimerKey).thenComparing(d -> d.locale))
                .map(d -> new ExportedDisclaimer(d.disclaimerKey, d.kind, d.locale, d.createdAt, d.updatedAt,
                        d.version, versions.getOrDefault(d.id, List.of())))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean any(UUID clinicId) {
        return DisclaimerEntity.count("scope", DisclaimerEntity.scopeOf(clinicId)) > 0;
    }

    /** What the disclaimers at {@code field} break of the rules Bean Validation cannot see. */
    public static List<FieldError> check(List<ExportedDisclaimer> disclaimers, String field) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < disclaimers.size(); i++) {
            String at = field + "[" + i + "]";
            ExportedDisclaimer disclaimer = disclaimers.get(i);
            Integer first = seen.putIfAbsent(disclaimer.locale() + " " + disclaimer.key(), i);
            if (first != null) {
                errors.add(new FieldError(at + ".key", "repeats the key and locale of " + field + "[" + first + "]"));
            }
            for (int v = 0; v < disclaimer.versions().size(); v++) {
                if (disclaimer.versions().get(v).number() != v + 1) {
                    errors.add(new FieldError(at + ".versions[" + v + "].number",
                            "must be " + (v + 1) + ": versions are numbered 1, 2, 3… oldest first"));
                }
            }
        }
        return errors;
    }

    /**
     * Writes the disclaimers as overrides of {@code clinicId}, which the caller has locked and found without any.
     *
     * @return how many versions were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int importAll(UUID clinicId, List<ExportedDisclaimer> disclaimers, Actor actor) {
        List<DisclaimerEntity> written = new ArrayList<>();
        for (ExportedDisclaimer exported : disclaimers) {
            DisclaimerEntity disclaimer = new DisclaimerEntity();
            disclaimer.scope = DisclaimerEntity.scopeOf(clinicId);
            disclaimer.clinicId = clinicId;
            disclaimer.disclaimerKey = exported.key();
            disclaimer.kind = exported.kind();
            disclaimer.locale = exported.locale();
            disclaimer.latestNumber = exported.versions().size();
            disclaimer.createdAt = micros(exported.createdAt());
            disclaimer.updatedAt = micros(exported.updatedAt());
            disclaimer.version = exported.version();
            disclaimer.persist();
            written.add(disclaimer);
        }
        // Versions name their disclaimer by id only, so the disclaimers go to the database first.
        DisclaimerEntity.flush();
        int count = 0;
        for (int i = 0; i < disclaimers.size(); i++) {
            DisclaimerEntity disclaimer = written.get(i);
            for (ExportedDisclaimer.Version exported : disclaimers.get(i).versions()) {
                DisclaimerVersionEntity version = new DisclaimerVersionEntity();
                version.id = UUID.randomUUID();
                version.disclaimerId = disclaimer.id;
                version.versionNumber = exported.number();
                version.title = exported.content().title();
                version.body = exported.content().text();
                version.shortText = exported.content().shortText();
                version.createdAt = micros(exported.createdAt());
                version.effectiveFrom = exported.content().effectiveFrom() == null
                        ? version.createdAt
                        : micros(exported.content().effectiveFrom());
                version.persist();
                count++;
            }
            audit.record(actor, AuditAction.IMPORTED, DisclaimerService.RESOURCE, disclaimer.id,
                    DisclaimerService.nameOf(disclaimer), clinicId, null, disclaimer.version);
        }
        return count;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
