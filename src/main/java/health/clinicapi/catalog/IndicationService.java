package health.clinicapi.catalog;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.ContentEvents;
import health.clinicapi.event.EventType;
import health.clinicapi.person.PersonEntity;

/**
 * Owns the rules and transactions of indications: references that exist, one indication per treatment and condition,
 * coherent regulatory statuses and ranges, a reviewer who may sign off medical review.
 */
@ApplicationScoped
public class IndicationService {

    static final String RESOURCE = "indication";

    private final AuditLog audit;
    private final ContentEvents events;

    public IndicationService(AuditLog audit, ContentEvents events) {
        this.audit = audit;
        this.events = events;
    }

    /** The indication with {@code slug}, or a 404 problem. */
    public IndicationEntity require(String slug) {
        return IndicationEntity.findBySlug(slug).orElseThrow(() -> ApiException.notFound("indication", slug));
    }

    private static IndicationEntity requireId(UUID id) {
        return IndicationEntity.<IndicationEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The indication no longer exists."));
    }

    @Transactional
    /** A page of indication entities, for views that need more than the stored record (e.g. per-clinic status). */
    Page<IndicationEntity> pageOfEntities(IndicationFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<IndicationEntity> rows = IndicationEntity.page(filter, after == null ? "" : after.key(), limit + 1);
        return Page.of(rows, limit, i -> i, i -> i.slug, i -> i.id);
    }

    public Page<Indication> page(IndicationFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<IndicationEntity> rows = IndicationEntity.page(filter, after == null ? "" : after.key(), limit + 1);
        return Page.of(rows, limit, Indication::from, i -> i.slug, i -> i.id);
    }

    @Transactional
    public IndicationEntity create(IndicationInput input, Actor actor) {
        References refs = resolve(input);
        if (IndicationEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        requireNewPair(refs, null);
        IndicationEntity indication = new IndicationEntity();
        indication.apply(input, refs.treatment(), refs.condition(), refs.reviewer());
        indication.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, indication.id, indication.slug, null, null,
                indication.version);
        return indication;
    }

    @Transactional
    public IndicationEntity replace(UUID id, String ifMatch, IndicationInput input, Actor actor) {
        IndicationEntity indication = requireId(id);
        ETags.requireMatch(ifMatch, indication.version);
        References refs = resolve(input);
        if (!indication.slug.equals(input.slug()) && IndicationEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        requireNewPair(refs, indication.id);
        long before = indication.version;
        String oldSlug = indication.slug;
        indication.apply(input, refs.treatment(), refs.condition(), refs.reviewer());
        indication.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, indication.id, indication.slug, null, before,
                indication.version);
        // The shared catalog is delivered on every clinic's site, so every clinic's feed hears of it.
        if (!oldSlug.equals(indication.slug)) {
            events.recordForEveryClinic(EventType.INDICATION_UPDATED, ContentEvents.INDICATION, oldSlug, null,
                    Map.of("change", "moved", "movedTo", indication.slug));
        }
        events.recordForEveryClinic(EventType.INDICATION_UPDATED, ContentEvents.INDICATION, indication.slug, null,
                Map.of("change", "updated"));
        return indication;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        IndicationEntity indication = requireId(id);
        ETags.requireMatch(ifMatch, indication.version);
        indication.delete();
        indication.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, indication.id, indication.slug, null, indication.version,
                null);
        events.recordForEveryClinic(EventType.INDICATION_UPDATED, ContentEvents.INDICATION, indication.slug, null,
                Map.of("change", "deleted"));
    }

    private record References(TreatmentEntity treatment, ConditionEntity condition, PersonEntity reviewer) {
    }

    /**
     * Looks up what the input refers to and checks the rules that span fields, reporting every broken one together
     * like Bean Validation does.
     */
    private static References resolve(IndicationInput in) {
        List<FieldError> errors = new ArrayList<>();
        TreatmentEntity treatment = TreatmentEntity.findBySlug(in.treatment()).orElse(null);
        if (treatment == null) {
            errors.add(new FieldError("treatment", "no treatment with slug '" + in.treatment() + "'"));
        }
        ConditionEntity condition = ConditionEntity.findBySlug(in.condition()).orElse(null);
        if (condition == null) {
            errors.add(new FieldError("condition", "no condition with slug '" + in.condition() + "'"));
        }
        PersonEntity reviewer = null;
        if (in.reviewer() != null) {
            reviewer = PersonEntity.findBySlug(in.reviewer()).orElse(null);
            if (reviewer == null) {
                errors.add(new FieldError("reviewer", "no person with slug '" + in.reviewer() + "'"));
            } else if (!reviewer.medicalReviewer) {
                errors.add(new FieldError("reviewer",
                        "'" + in.reviewer() + "' is not a medical reviewer (medicalReviewer is false)"));
            }
            if (in.lastReviewedAt() == null) {
                errors.add(new FieldError("lastReviewedAt", "is required when a reviewer is named"));
            }
        } else if (in.lastReviewedAt() != null) {
            errors.add(new FieldError("reviewer", "is required when lastReviewedAt is given"));
        }
        if (in.lastReviewedAt() != null && in.lastReviewedAt().isAfter(LocalDate.now())) {
            errors.add(new FieldError("lastReviewedAt", "must not be in the future"));
        }
        checkStatuses(in.regulatoryStatuses(), errors);
        if (in.onset() != null && in.onset().minDays() > in.onset().maxDays()) {
            errors.add(new FieldError("onset.minDays", "must not exceed maxDays"));
        }
        if (in.duration() != null && in.duration().minMonths() > in.duration().maxMonths()) {
            errors.add(new FieldError("duration.minMonths", "must not exceed maxMonths"));
        }
        SessionDetails session = in.sessionDetails();
        if (session != null && session.typicalInjectionsMin() != null && session.typicalInjectionsMax() != null
                && session.typicalInjectionsMin() > session.typicalInjectionsMax()) {
            errors.add(new FieldError("sessionDetails.typicalInjectionsMin", "must not exceed typicalInjectionsMax"));
        }
        int thisYear = Year.now().getValue();
        for (int i = 0; i < in.references().size(); i++) {
            Integer year = in.references().get(i).year();
            if (year != null && year > thisYear) {
                errors.add(new FieldError("references[" + i + "].year", "must not be after " + thisYear));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new References(treatment, condition, reviewer);
    }

    private static void checkStatuses(List<RegulatoryStatusEntry> statuses, List<FieldError> errors) {
        int thisYear = Year.now().getValue();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            RegulatoryStatusEntry entry = statuses.get(i);
            String at = "regulatoryStatuses[" + i + "]";
            if (entry.status() == RegulatoryStatus.APPROVED && entry.approvalYear() == null) {
                errors.add(new FieldError(at + ".approvalYear", "is required when status is APPROVED"));
            } else if (entry.status() != RegulatoryStatus.APPROVED && entry.approvalYear() != null) {
                errors.add(new FieldError(at + ".approvalYear",
                        "must be left out unless status is APPROVED (it is " + entry.status() + ")"));
            } else if (entry.approvalYear() != null && entry.approvalYear() > thisYear) {
                errors.add(new FieldError(at + ".approvalYear", "must not be after " + thisYear));
            }
            String key = entry.jurisdiction() + "|" + entry.product().trim().toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                errors.add(new FieldError(at, "repeats jurisdiction " + entry.jurisdiction() + " and product '"
                        + entry.product() + "' of regulatoryStatuses[" + first + "]"));
            }
        }
    }

    private static void requireNewPair(References refs, UUID self) {
        IndicationEntity.findByTreatmentAndCondition(refs.treatment(), refs.condition())
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ApiException.conflict("The indication '" + other.slug + "' already covers treatment '"
                            + refs.treatment().slug + "' for condition '" + refs.condition().slug + "'.");
                });
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("An indication with slug '" + slug + "' already exists.");
    }
}
