package health.clinicapi.clinic;

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

/** Owns the rules and transactions of clinics: unique slugs, consistent locales, versioned updates. */
@ApplicationScoped
public class ClinicService {

    static final String RESOURCE = "clinic";

    private final AuditLog audit;

    public ClinicService(AuditLog audit) {
        this.audit = audit;
    }

    /** The clinic with {@code slug}, or a 404 problem. */
    public ClinicEntity require(String slug) {
        return ClinicEntity.findBySlug(slug).orElseThrow(() -> ApiException.notFound("clinic", slug));
    }

    private static ClinicEntity requireId(UUID id) {
        return ClinicEntity.<ClinicEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The clinic no longer exists."));
    }

    public Page<Clinic> page(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<ClinicEntity> rows = ClinicEntity.pageAfter(after == null ? null : after.key(), limit + 1);
        return Page.of(rows, limit, Clinic::from, c -> c.slug, c -> c.id);
    }

    /** The clinics a clinic-bound key may list: its own, as a one-item page. */
    public Page<Clinic> pageOf(UUID clinicId) {
        return new Page<>(ClinicEntity.<ClinicEntity>findByIdOptional(clinicId).map(Clinic::from).stream().toList(),
                null);
    }

    @Transactional
    public ClinicEntity create(ClinicInput input, Actor actor) {
        checkRules(input);
        if (ClinicEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        ClinicEntity clinic = new ClinicEntity();
        clinic.apply(input);
        clinic.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, clinic.id, clinic.slug, clinic.id, null, clinic.version);
        return clinic;
    }

    /** Replaces the clinic with {@code id}, which the caller has already been allowed to see. */
    @Transactional
    public ClinicEntity replace(UUID id, String ifMatch, ClinicInput input, Actor actor) {
        ClinicEntity clinic = requireId(id);
        ETags.requireMatch(ifMatch, clinic.version);
        checkRules(input);
        if (!clinic.slug.equals(input.slug()) && ClinicEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        long before = clinic.version;
        clinic.apply(input);
        clinic.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, clinic.id, clinic.slug, clinic.id, before, clinic.version);
        return clinic;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        ClinicEntity clinic = requireId(id);
        ETags.requireMatch(ifMatch, clinic.version);
        clinic.delete();
        clinic.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, clinic.id, clinic.slug, clinic.id, clinic.version, null);
    }

    /**
     * Replaces the settings of {@code clinic} with {@code settings}, keeping its slug: a clinic import restores what
     * it was exported with. Runs in the import's transaction, which has already locked the clinic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClinicEntity replaceSettings(ClinicEntity clinic, ClinicInput settings, Actor actor) {
        ClinicInput kept = new ClinicInput(clinic.slug, settings.name(), settings.baseUrl(),
                settings.articlePathTemplate(), settings.locales(), settings.defaultLocale(), settings.jurisdiction(),
                settings.contact(), settings.variables(), settings.allowedOrigins());
        checkRules(kept);
        long before = clinic.version;
        clinic.apply(kept);
        clinic.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, clinic.id, clinic.slug, clinic.id, before, clinic.version);
        return clinic;
    }

    /** Rules that span fields, reported together like Bean Validation's, so a client fixes everything at once. */
    private static void checkRules(ClinicInput input) {
        List<FieldError> errors = ruleErrors(input);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** What {@code input} breaks of the rules that span fields; empty when it keeps them all. */
    public static List<FieldError> ruleErrors(ClinicInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.locales().contains(input.defaultLocale())) {
            errors.add(new FieldError("defaultLocale", "must be one of locales " + input.locales()));
        }
        if (input.locales().stream().distinct().count() != input.locales().size()) {
            errors.add(new FieldError("locales", "must not repeat a locale"));
        }
        if (input.variables() != null) {
            input.variables().keySet().stream()
                    .filter(ClinicEntity.BUILT_IN_VARIABLES::contains)
                    .sorted()
                    .forEach(key -> errors.add(new FieldError("variables." + key,
                            "is a built-in variable taken from the clinic's own fields")));
        }
        return errors;
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("A clinic with slug '" + slug + "' already exists.");
    }
}
