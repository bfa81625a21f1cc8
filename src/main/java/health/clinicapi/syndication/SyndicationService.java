package health.clinicapi.syndication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import health.clinicapi.article.ArticleEntity;
import health.clinicapi.article.ArticlePublished;
import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.event.ContentEvents;
import health.clinicapi.event.EventType;

/**
 * Every write of syndication: grants between clinics, placements of origin articles on target clinics, and the
 * subscription rules that create placements. One method per change, each in its own transaction with its audit
 * entries, so whoever needs to react to a syndication change (events, caches) has one place to hook in.
 */
@ApplicationScoped
public class SyndicationService {

    private final ContentEvents events;

    static final String GRANT = "syndication-grant";
    static final String PLACEMENT = "syndication-placement";
    static final String RULE = "syndication-rule";
    private static final UUID FIRST = new UUID(0, 0);
    private static final Logger LOG = Logger.getLogger(SyndicationService.class);

    private final AuditLog audit;

    public SyndicationService(AuditLog audit, ContentEvents events) {
        this.events = events;
        this.audit = audit;
    }

    // ---- grants (network level)

    @Transactional
    public Grant grant(GrantInput input, Actor actor) {
        ClinicEntity origin = clinic("origin", input.origin());
        ClinicEntity target = clinic("target", input.target());
        if (origin.id.equals(target.id)) {
            throw ApiException.invalid("target", "must be another clinic than the origin");
        }
        if (SyndicationGrantEntity.exists(origin.id, target.id)) {
            throw ApiException.conflict("Clinic '" + origin.slug + "' already grants syndication to '" + target.slug
                    + "'.");
        }
        SyndicationGrantEntity grant = new SyndicationGrantEntity();
        grant.origin = origin;
        grant.target = target;
        grant.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, GRANT, grant.id, origin.slug + "->" + target.slug, target.id, null,
                grant.version);
        return Grant.from(grant);
    }

    @Transactional
    public Page<Grant> grants(String cursor, int limit) {
        UUID after = after(cursor);
        return Page.of(SyndicationGrantEntity.pageAfter(after, limit + 1), limit, Grant::from, g -> "grant",
                g -> g.id);
    }

    @Transactional
    public Grant grantById(UUID id) {
        return Grant.from(requireGrant(id));
    }

    /** Revokes a grant; every placement between the two clinics is WITHDRAWN with it, so none is delivered. */
    @Transactional
    public void revokeGrant(UUID id, String ifMatch, Actor actor) {
        SyndicationGrantEntity grant = requireGrant(id);
        ETags.requireMatch(ifMatch, grant.version);
        for (SyndicationPlacementEntity p : SyndicationPlacementEntity.betweenPair(grant.origin.id,
                grant.target.id)) {
            if (p.state != PlacementState.WITHDRAWN) {
                long before = p.version;
                p.state = PlacementState.WITHDRAWN;
                p.flush();
                audit.record(actor, AuditAction.UPDATED, PLACEMENT, p.id, null, p.target.id, before, p.version);
                changed(p, "WITHDRAWN_WITH_GRANT");
            }
        }
        audit.record(actor, AuditAction.REVOKED, GRANT, grant.id, grant.origin.slug + "->" + grant.target.slug,
                grant.target.id, grant.version, null);
        grant.delete();
    }

    // ---- placements (managed by the target clinic)

    /** Places the origin's published article on {@code target}; needs a grant, refuses a duplicate or a slug clash. */
    @Transactional
    public Placement place(ClinicEntity target, PlacementInput input, Actor actor) {
        ClinicEntity origin = clinic("origin", input.origin());
        if (origin.id.equals(target.id)) {
            throw ApiException.invalid("origin",
                    "must be another clinic: a clinic's own articles are delivered anyway");
        }
        if (input.state() == PlacementState.WITHDRAWN) {
            throw ApiException.invalid("state", "must be ACTIVE or PAUSED for a new placement");
        }
        requireGrant(origin, target);
        List<ArticleEntity> found = ArticleEntity.publishedBySlug(origin.id, input.article());
        if (found.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND,
                    "Clinic '" + origin.slug + "' has no published article with slug '" + input.article() + "'.");
        }
        UUID group = found.get(0).translationGroup;
        if (SyndicationPlacementEntity.findByGroup(target.id, origin.id, group).isPresent()) {
            throw ApiException.conflict("Article '" + input.article() + "' of '" + origin.slug
                    + "' is already placed on '" + target.slug + "'; change that placement instead.");
        }
        PlacementOverrides overrides = input.overrides() == null ? PlacementOverrides.NONE : input.overrides();
        requireFreeSlugs(target, slugsOnTarget(origin, group, overrides.slug()), null);
        SyndicationPlacementEntity p = new SyndicationPlacementEntity();
        p.origin = origin;
        p.target = target;
        p.translationGroup = group;
        p.state = input.state() == null ? PlacementState.ACTIVE : input.state();
        apply(p, overrides);
        p.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, PLACEMENT, p.id, input.article(), target.id, null, p.version);
        changed(p, "PLACED");
        return Placement.from(p, originSlug(p));
    }

    @Transactional
    public Placement placement(ClinicEntity target, UUID id) {
        SyndicationPlacementEntity p = requirePlacement(target, id);
        return Placement.from(p, originSlug(p));
    }

    @Transactional
    public Page<Placement> placements(ClinicEntity target, PlacementState state, String cursor, int limit) {
        List<SyndicationPlacementEntity> rows = SyndicationPlacementEntity.pageOfTarget(target.id, state,
                after(cursor), limit + 1);
        Map<String, String> slugs = originSlugs(rows);
        return Page.of(rows, limit, p -> Placement.from(p, slugs.get(p.origin.id + "/" + p.translationGroup)),
                p -> "placement", p -> p.id);
    }

    /**
     * Replaces state and overrides. A WITHDRAWN placement stays withdrawn (place the article again after deleting
     * it), so a rule cannot bring back what a target took down.
     */
    @Transactional
    public Placement updatePlacement(ClinicEntity target, UUID id, String ifMatch, PlacementUpdate update,
            Actor actor) {
        SyndicationPlacementEntity p = requirePlacement(target, id);
        ETags.requireMatch(ifMatch, p.version);
        if (p.state == PlacementState.WITHDRAWN && update.state() != PlacementState.WITHDRAWN) {
            throw ApiException.conflict("The placement is WITHDRAWN and cannot become " + update.state()
                    + "; delete it and place the article again.");
        }
        PlacementOverrides overrides = update.overrides() == null ? PlacementOverrides.NONE : update.overrides();
        if (update.state() == PlacementState.ACTIVE || overrides.slug() != null) {
            requireFreeSlugs(target, slugsOnTarget(p.origin, p.translationGroup, overrides.slug()), p.id);
        }
        if (update.state() == PlacementState.ACTIVE) {
            requireGrant(p.origin, target);
        }
        long before = p.version;
        p.state = update.state();
        apply(p, overrides);
        p.flush();
        audit.record(actor, AuditAction.UPDATED, PLACEMENT, p.id, null, target.id, before, p.version);
        changed(p, "UPDATED");
        return Placement.from(p, originSlug(p));
    }

    @Transactional
    public void deletePlacement(ClinicEntity target, UUID id, String ifMatch, Actor actor) {
        SyndicationPlacementEntity p = requirePlacement(target, id);
        ETags.requireMatch(ifMatch, p.version);
        audit.record(actor, AuditAction.DELETED, PLACEMENT, p.id, null, target.id, p.version, null);
        changed(p, "DELETED");
        p.delete();
    }

    // ---- subscription rules (managed by the origin clinic)

    /** Creates the rule and at once places every published article of the origin that carries the tag. */
    @Transactional
    public SyndicationRule createRule(ClinicEntity origin, RuleInput input, Actor actor) {
        Set<ClinicEntity> targets = new LinkedHashSet<>();
        for (String slug : new LinkedHashSet<>(input.targets())) {
            ClinicEntity target = clinic("targets", slug);
            if (target.id.equals(origin.id)) {
                throw ApiException.invalid("targets", "must not contain the origin clinic itself");
            }
            requireGrant(origin, target);
            targets.add(target);
        }
        if (SyndicationRuleEntity.tagTaken(origin.id, input.tag())) {
            throw ApiException.conflict("Clinic '" + origin.slug + "' already has a rule for tag '" + input.tag()
                    + "'; delete it to change its targets.");
        }
        SyndicationRuleEntity rule = new SyndicationRuleEntity();
        rule.origin = origin;
        rule.tag = input.tag();
        rule.targets.addAll(targets);
        rule.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RULE, rule.id, rule.tag, origin.id, null, rule.version);
        for (ArticleEntity article : ArticleEntity.publishedWithTag(origin.id, rule.tag)) {
            placeByRule(rule, article, actor);
        }
        return SyndicationRule.from(rule);
    }

    @Transactional
    public SyndicationRule rule(ClinicEntity origin, UUID id) {
        return SyndicationRule.from(requireRule(origin, id));
    }

    @Transactional
    public Page<SyndicationRule> rules(ClinicEntity origin, String cursor, int limit) {
        return Page.of(SyndicationRuleEntity.pageOfOrigin(origin.id, after(cursor), limit + 1), limit,
                SyndicationRule::from, r -> "rule", r -> r.id);
    }

    /** Deletes the rule; the placements it made stay (withdraw them one by one if they should go too). */
    @Transactional
    public void deleteRule(ClinicEntity origin, UUID id, String ifMatch, Actor actor) {
        SyndicationRuleEntity rule = requireRule(origin, id);
        ETags.requireMatch(ifMatch, rule.version);
        audit.record(actor, AuditAction.DELETED, RULE, rule.id, rule.tag, origin.id, rule.version, null);
        rule.delete();
    }

    /** Runs inside the transaction that published the article: the rules of its clinic matching its tags place it. */
    void onPublished(@Observes ArticlePublished event) {
        ArticleEntity article = ArticleEntity.findById(event.articleId());
        for (SyndicationRuleEntity rule : SyndicationRuleEntity.ofOriginWithTags(event.clinicId(), article.tags)) {
            placeByRule(rule, article, Actor.SYSTEM);
        }
    }

    /**
     * Idempotent: an existing placement of the article on a target (in any state, WITHDRAWN included) is left alone.
     * A target without a grant (revoked since the rule was made) is skipped. When the article's slug clashes with one
     * on the target, the placement is made PAUSED so the target can set a slug override before showing it.
     */
    private void placeByRule(SyndicationRuleEntity rule, ArticleEntity article, Actor actor) {
        for (ClinicEntity target : rule.targets) {
            if (!SyndicationGrantEntity.exists(rule.origin.id, target.id)) {
                LOG.debugf("Rule %s skips %s: no grant from %s", rule.id, target.slug, rule.origin.slug);
                continue;
            }
            if (SyndicationPlacementEntity.findByGroup(target.id, rule.origin.id, article.translationGroup)
                    .isPresent()) {
                continue;
            }
            SyndicationPlacementEntity p = new SyndicationPlacementEntity();
            p.origin = rule.origin;
            p.target = target;
            p.translationGroup = article.translationGroup;
            p.ruleId = rule.id;
            p.state = clashes(target, slugsOnTarget(rule.origin, article.translationGroup, null), null)
                    ? PlacementState.PAUSED
                    : PlacementState.ACTIVE;
            p.persistAndFlush();
            audit.record(actor, AuditAction.CREATED, PLACEMENT, p.id, article.slug, target.id, null, p.version);
            changed(p, "PLACED_BY_RULE");
        }
    }

    /**
     * Records {@code syndication.changed} for the target clinic, in this transaction, so its changes feed and webhooks
     * learn that what its site shows from another clinic changed.
     */
    private void changed(SyndicationPlacementEntity p, String change) {
        String slug = p.slugOverride != null ? p.slugOverride : originSlug(p);
        events.record(p.target, EventType.SYNDICATION_CHANGED, ContentEvents.SYNDICATION, slug, null,
                Map.of("origin", p.origin.slug, "state", p.state.name(), "change", change));
    }

    // ---- helpers

    private static void apply(SyndicationPlacementEntity p, PlacementOverrides o) {
        p.titleOverride = o.title();
        p.excerptOverride = o.excerpt();
        p.slugOverride = o.slug();
        p.heroOverride = o.heroImage();
    }

    /** The slugs the placement shows on the target: the override, else each translation's own. */
    private static Set<String> slugsOnTarget(ClinicEntity origin, UUID group, String override) {
        Set<String> slugs = new LinkedHashSet<>();
        if (override != null) {
            slugs.add(override);
            return slugs;
        }
        ArticleEntity.membersOfGroups(List.of(origin.id), List.of(group)).forEach(a -> slugs.add(a.slug));
        return slugs;
    }

    private static void requireFreeSlugs(ClinicEntity target, Set<String> slugs, UUID self) {
        for (String slug : slugs) {
            if (clashes(target, Set.of(slug), self)) {
                throw new ApiException(ProblemType.CONFLICT, "Slug '" + slug + "' is already used on '" + target.slug
                        + "' by its own article or another placement; set overrides.slug to another one.");
            }
        }
    }

    private static boolean clashes(ClinicEntity target, Set<String> slugs, UUID self) {
        for (String slug : slugs) {
            if (ArticleEntity.slugUsed(target.id, slug)) {
                return true;
            }
            if (SyndicationPlacementEntity.anyBySlug(target.id, slug).stream().anyMatch(p -> !p.id.equals(self))) {
                return true;
            }
        }
        return false;
    }

    private static String originSlug(SyndicationPlacementEntity p) {
        return originSlugs(List.of(p)).get(p.origin.id + "/" + p.translationGroup);
    }

    /** The origin article's slug per placement (origin/group), the origin's default locale first: one query. */
    private static Map<String, String> originSlugs(List<SyndicationPlacementEntity> placements) {
        Map<String, String> slugs = new HashMap<>();
        if (placements.isEmpty()) {
            return slugs;
        }
        Set<UUID> origins = new LinkedHashSet<>();
        Set<UUID> groups = new LinkedHashSet<>();
        placements.forEach(p -> {
            origins.add(p.origin.id);
            groups.add(p.translationGroup);
        });
        List<ArticleEntity> members = new ArrayList<>(ArticleEntity.membersOfGroups(origins, groups));
        members.sort(Comparator.comparing((ArticleEntity a) -> !a.locale.equals(a.clinic.defaultLocale))
                .thenComparing(a -> a.locale));
        members.forEach(a -> slugs.putIfAbsent(a.clinic.id + "/" + a.translationGroup, a.slug));
        return slugs;
    }

    private static ClinicEntity clinic(String field, String slug) {
        return ClinicEntity.findBySlug(slug).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "No clinic with slug '" + slug + "' (" + field + ")."));
    }

    private static void requireGrant(ClinicEntity origin, ClinicEntity target) {
        if (!SyndicationGrantEntity.exists(origin.id, target.id)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Clinic '" + origin.slug
                    + "' has not granted syndication to '" + target.slug
                    + "'; a network administrator must create the grant first.");
        }
    }

    private static SyndicationGrantEntity requireGrant(UUID id) {
        return SyndicationGrantEntity.<SyndicationGrantEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No syndication grant with id " + id + "."));
    }

    private static SyndicationPlacementEntity requirePlacement(ClinicEntity target, UUID id) {
        return SyndicationPlacementEntity.<SyndicationPlacementEntity>findByIdOptional(id)
                .filter(p -> p.target.id.equals(target.id))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "No placement with id " + id + " on clinic '" + target.slug + "'."));
    }

    private static SyndicationRuleEntity requireRule(ClinicEntity origin, UUID id) {
        return SyndicationRuleEntity.<SyndicationRuleEntity>findByIdOptional(id)
                .filter(r -> r.origin.id.equals(origin.id))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "No syndication rule with id " + id + " of clinic '" + origin.slug + "'."));
    }

    private static UUID after(String cursor) {
        Cursor c = Cursor.decode(cursor);
        return c == null ? FIRST : c.id();
    }
}
