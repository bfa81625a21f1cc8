package health.clinicapi.content.render;

/**
 * An indication as a block shows it, for one clinic: {@code status} is a {@code RegulatoryStatus} name
 * ({@code APPROVED}, {@code OFF_LABEL}, {@code INVESTIGATIONAL}) in the clinic's {@code jurisdiction}, or null when
 * none is recorded there; {@code product} and {@code approvalYear} belong to that status and may be null.
 */
public record IndicationSummary(String slug, String name, String summary, String jurisdiction, String status,
        String product, Integer approvalYear) {
}
