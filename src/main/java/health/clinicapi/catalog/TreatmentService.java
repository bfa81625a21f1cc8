package health.clinicapi.catalog;

import java.util.List;
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
import health.clinicapi.common.problem.ProblemType;

/** Owns the rules and transactions of treatments: unique slugs, no delete while an indication uses one. */
@ApplicationScoped
public class TreatmentService {

    static final String RESOURCE = "treatment";

    private final AuditLog audit;

    public TreatmentService(AuditLog audit) {
        this.audit = audit;
    }

    /** The treatment with {@code slug}, or a 404 problem. */
    public TreatmentEntity require(String slug) {
        return TreatmentEntity.findBySlug(slug).orElseThrow(() -> ApiException.notFound("treatment", slug));
    }

    private static TreatmentEntity requireId(UUID id) {
        return TreatmentEntity.<TreatmentEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The treatment no longer exists."));
    }

    public Page<Treatment> page(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<TreatmentEntity> rows = TreatmentEntity.pageAfter(after == null ? "" : after.key(), limit + 1);
        return Page.of(rows, limit, Treatment::from, t -> t.slug, t -> t.id);
    }

    @Transactional
    public TreatmentEntity create(TreatmentInput input, Actor actor) {
        if (TreatmentEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        TreatmentEntity treatment = new TreatmentEntity();
        treatment.apply(input);
        treatment.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, treatment.id, treatment.slug, null, null,
                treatment.version);
        return treatment;
    }

    @Transactional
    public TreatmentEntity replace(UUID id, String ifMatch, TreatmentInput input, Actor actor) {
        TreatmentEntity treatment = requireId(id);
        ETags.requireMatch(ifMatch, treatment.version);
        if (!treatment.slug.equals(input.slug()) && TreatmentEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        long before = treatment.version;
        treatment.apply(input);
        treatment.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, treatment.id, treatment.slug, null, before,
                treatment.version);
        return treatment;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        TreatmentEntity treatment = requireId(id);
        ETags.requireMatch(ifMatch, treatment.version);
        List<String> users = IndicationEntity.slugsUsingTreatment(treatment.id);
        if (!users.isEmpty()) {
            throw ApiException.conflict("The treatment '" + treatment.slug + "' is used by indications " + users
                    + "; delete those first.");
        }
        treatment.delete();
        treatment.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, treatment.id, treatment.slug, null, treatment.version,
                null);
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("A treatment with slug '" + slug + "' already exists.");
    }
}
