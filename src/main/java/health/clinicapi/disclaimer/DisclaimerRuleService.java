package health.clinicapi.disclaimer;

import java.util.ArrayList;
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
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;

/** Owns disclaimer rules: unique slugs, conditions with the arguments they need, keys that exist in the network. */
@ApplicationScoped
public class DisclaimerRuleService {

    static final String RESOURCE = "disclaimer-rule";

    private final AuditLog audit;

    public DisclaimerRuleService(AuditLog audit) {
        this.audit = audit;
    }

    public DisclaimerRuleEntity require(String slug) {
        return DisclaimerRuleEntity.findBySlug(slug)
                .orElseThrow(() -> ApiException.notFound("disclaimer rule", slug));
    }

    public Page<DisclaimerRule> page(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return Page.of(DisclaimerRuleEntity.pageAfter(after == null ? null : after.key(), limit + 1), limit,
                DisclaimerRule::from, r -> r.slug, r -> r.id);
    }

    @Transactional
    public DisclaimerRuleEntity create(DisclaimerRuleInput input, Actor actor) {
        checkRules(input);
        if (DisclaimerRuleEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        DisclaimerRuleEntity rule = new DisclaimerRuleEntity();
        rule.apply(input);
        rule.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, rule.id, rule.slug, null, null, rule.version);
        return rule;
    }

    @Transactional
    public DisclaimerRuleEntity replace(UUID id, String ifMatch, DisclaimerRuleInput input, Actor actor) {
        DisclaimerRuleEntity rule = requireId(id);
        ETags.requireMatch(ifMatch, rule.version);
        checkRules(input);
        if (!rule.slug.equals(input.slug()) && DisclaimerRuleEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        long before = rule.version;
        rule.apply(input);
        rule.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, rule.id, rule.slug, null, before, rule.version);
        return rule;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        DisclaimerRuleEntity rule = requireId(id);
        ETags.requireMatch(ifMatch, rule.version);
        rule.delete();
        rule.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, rule.id, rule.slug, null, rule.version, null);
    }

    private static DisclaimerRuleEntity requireId(UUID id) {
        return DisclaimerRuleEntity.<DisclaimerRuleEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The disclaimer rule no longer exists."));
    }

    /**
     * Each condition takes exactly the arguments it uses (400 otherwise, every field listed). A key without a network
     * default is a 422: the body is valid, but it names something the network does not have, and a rule may only
     * name a key whose disclaimer every clinic can fall back to.
     */
    private static void checkRules(DisclaimerRuleInput input) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasStatuses = input.statuses() != null && !input.statuses().isEmpty();
        boolean hasTag = input.tag() != null && !input.tag().isBlank();
        if (input.condition() == RuleCondition.INDICATION_STATUS_IN && !hasStatuses) {
            errors.add(new FieldError("statuses", "must name at least one status for INDICATION_STATUS_IN"));
        } else if (input.condition() != RuleCondition.INDICATION_STATUS_IN && hasStatuses) {
            errors.add(new FieldError("statuses", "is only allowed with condition INDICATION_STATUS_IN"));
        }
        if (input.condition() == RuleCondition.TAG && !hasTag) {
            errors.add(new FieldError("tag", "must be set for condition TAG"));
        } else if (input.condition() != RuleCondition.TAG && hasTag) {
            errors.add(new FieldError("tag", "is only allowed with condition TAG"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED,
                    errors.size() == 1
                            ? "The request has 1 invalid field."
                            : "The request has " + errors.size() + " invalid fields.",
                    errors);
        }
        if (!DisclaimerEntity.networkDefaultExists(input.disclaimerKey())) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "No network default disclaimer has the key '" + input.disclaimerKey()
                            + "'; create it first under /v1/manage/disclaimers.",
                    List.of(new FieldError("disclaimerKey", "must be the key of a network default disclaimer")));
        }
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("A disclaimer rule with slug '" + slug + "' already exists.");
    }
}
