package health.clinicapi.jsonld;

/**
 * A use of a treatment for a condition.
 *
 * @param approved true only when the indication is APPROVED in the clinic's jurisdiction
 * @param product nullable
 * @param approvalYear nullable
 */
public record IndicationLd(String conditionName, boolean approved, String product, Integer approvalYear) {
}
