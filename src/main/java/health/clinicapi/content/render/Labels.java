package health.clinicapi.content.render;

import health.clinicapi.catalog.RegulatoryStatus;

/** Human wording shared by the formats, neutral about which regulator a jurisdiction has. */
final class Labels {

    private Labels() {
    }

    /** The indication's name, or its slug when the caller resolved none. */
    static String name(IndicationSummary indication) {
        return blank(indication.name()) ? indication.slug() : indication.name();
    }

    /**
     * A status line such as "Approved in US since 2004 (Botox)", "Off-label use in US" or "No regulatory status
     * recorded in US": the wording names the jurisdiction, never a regulator, so it reads right for every clinic.
     */
    static String status(IndicationSummary indication) {
        String where = blank(indication.jurisdiction()) ? "" : " in " + indication.jurisdiction();
        String product = blank(indication.product()) ? "" : " (" + indication.product() + ")";
        if (blank(indication.status())) {
            return "No regulatory status recorded" + where;
        }
        RegulatoryStatus status;
        try {
            status = RegulatoryStatus.valueOf(indication.status());
        } catch (IllegalArgumentException e) {
            // A status this code does not know yet is shown as it is rather than guessed at.
            return "Regulatory status" + where + ": " + indication.status() + product;
        }
        return switch (status) {
            case APPROVED -> "Approved" + where
                    + (indication.approvalYear() == null ? "" : " since " + indication.approvalYear()) + product;
            case OFF_LABEL -> "Off-label use" + where + product;
            case INVESTIGATIONAL -> "Investigational" + where + product;
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
