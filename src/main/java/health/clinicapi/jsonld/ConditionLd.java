package health.clinicapi.jsonld;

import java.util.List;

/**
 * A condition the article is about, as a schema.org {@code MedicalCondition}.
 *
 * @param slug catalog slug, used for the node's {@code @id}; required
 * @param icd10Code nullable
 */
public record ConditionLd(String slug, String name, List<String> alternateNames, String icd10Code) {
}
