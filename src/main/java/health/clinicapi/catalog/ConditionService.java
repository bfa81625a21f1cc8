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

/** Owns the rules and transactions of conditions: unique slugs, no delete while an indication uses one. */
@ApplicationScoped
public class ConditionService {

    static final String RESOURCE = "condition";

    private final AuditLog audit;

    public ConditionService(AuditLog audit) {
        this.audit = audit;
    }

    /** The condition with {@code slug}, or a 404 problem. */
    public ConditionEntity require(String slug) {
        return ConditionEntity.findBySlug(slug).orElseThrow(() -> ApiException.notFound("condition", slug));
    }

    private static ConditionEntity requireId(UUID id) {
        return ConditionEntity.<ConditionEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The condition no longer exists."));
    }

    public Page<Condition> page(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<ConditionEntity> rows = ConditionEntity.pageAfter(after == null ? "" : after.key(), limit + 1);
        return Page.of(rows, limit, Condition::from, t -> t.slug, t -> t.id);
    }

    @Transactional
    public ConditionEntity create(ConditionInput input, Actor actor) {
        if (ConditionEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        ConditionEntity condition = new ConditionEntity();
        condition.apply(input);
        condition.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, condition.id, condition.slug, null, null,
                condition.version);
        return condition;
    }

    @Transactional
    public ConditionEntity replace(UUID id, String ifMatch, ConditionInput input, Actor actor) {
        ConditionEntity condition = requireId(id);
        ETags.requireMatch(ifMatch, condition.version);
        if (!condition.slug.equals(input.slug()) && ConditionEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        long before = condition.version;
        condition.apply(input);
        condition.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, condition.id, condition.slug, null, before,
                condition.version);
        return condition;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        ConditionEntity condition = requireId(id);
        ETags.requireMatch(ifMatch, condition.version);
        List<String> users = IndicationEntity.slugsUsingCondition(condition.id);
        if (!users.isEmpty()) {
            throw ApiException.conflict("The condition '" + condition.slug + "' is used by indications " + users
                    + "; delete those first.");
        }
        condition.delete();
        condition.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, condition.id, condition.slug, null, condition.version,
                null);
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("A condition with slug '" + slug + "' already exists.");
    }
}
