package health.clinicapi.common.problem;

import java.util.Locale;
import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Translates the named constraints of our migrations into problems: the database is the backstop for rules the
 * services also check, so a race that slips past a service still yields a 409, never a 500.
 */
final class ConstraintNames {

    /**
     * Constraint name (lower case) to what the client is told. Every unique constraint of the schema is listed, and
     * every foreign key that can stop a delete.
     */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("uk_clinic_slug", "A clinic with this slug already exists."),
            Map.entry("uk_api_key_prefix", "Another key has this prefix; create the key again."),
            Map.entry("uk_idempotency_record_key",
                    "A request with this Idempotency-Key is being processed; retry to receive its response."),
            Map.entry("uk_person_slug", "A person with this slug already exists."),
            Map.entry("uk_treatment_slug", "A treatment with this slug already exists."),
            Map.entry("uk_condition_slug", "A condition with this slug already exists."),
            Map.entry("uk_indication_slug", "An indication with this slug already exists."),
            Map.entry("uk_indication_treatment_condition",
                    "An indication for this treatment and condition already exists."),
            Map.entry("fk_indication_treatment",
                    "The treatment is used by an indication, or the indication's treatment no longer exists."),
            Map.entry("fk_indication_condition",
                    "The condition is used by an indication, or the indication's condition no longer exists."),
            Map.entry("uk_disclaimer_scope_key_locale", "A disclaimer with this key and locale already exists here."),
            Map.entry("uk_disclaimer_version_number",
                    "Someone else added a version at the same time; fetch the disclaimer again."),
            Map.entry("uk_disclaimer_rule_slug", "A disclaimer rule with this slug already exists."),
            Map.entry("uk_article_clinic_locale_slug",
                    "An article with this slug already exists in this locale of the clinic."),
            Map.entry("uk_article_revision_number",
                    "Someone else changed the article at the same time; fetch it again."),
            Map.entry("fk_article_clinic", "The clinic still has articles; delete them first."),
            Map.entry("fk_article_author", "The person is the author of an article, or the author no longer exists."),
            Map.entry("fk_article_medical_reviewer",
                    "The person is the medical reviewer of an article, or the reviewer no longer exists."),
            Map.entry("fk_article_treatment_treatment",
                    "The treatment is referenced by an article, or the article's treatment no longer exists."),
            Map.entry("fk_article_indication_indication",
                    "The indication is referenced by an article, or the article's indication no longer exists."),
            Map.entry("fk_indication_reviewer",
                    "The person reviewed an indication, or the indication's reviewer no longer exists."));

    private ConstraintNames() {
    }

    static ProblemType problemFor(Throwable e) {
        ConstraintViolationException violation = find(e);
        if (violation == null) {
            return null;
        }
        return switch (violation.getKind()) {
            case UNIQUE -> ProblemType.CONFLICT;
            case FOREIGN_KEY -> ProblemType.CONFLICT;
            default -> ProblemType.VALIDATION_FAILED;
        };
    }

    static String detailFor(Throwable e) {
        ConstraintViolationException violation = find(e);
        String name = violation.getConstraintName() == null
                ? ""
                : violation.getConstraintName().toLowerCase(Locale.ROOT);
        for (var entry : NAMED.entrySet()) {
            if (name.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return switch (violation.getKind()) {
            case UNIQUE -> "A resource with the same identifying values already exists.";
            case FOREIGN_KEY -> "The resource is still referenced by other content, or refers to something missing.";
            default -> "A value breaks a rule of the data model.";
        };
    }

    private static ConstraintViolationException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }
}
