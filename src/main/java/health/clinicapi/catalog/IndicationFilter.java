package health.clinicapi.catalog;

/**
 * Filters of the indication list; null means any. With a jurisdiction, a status matches where it applies there (a
 * subdivision's own statuses and its country's).
 */
record IndicationFilter(String treatment, String condition, RegulatoryStatus status, String jurisdiction) {
}
