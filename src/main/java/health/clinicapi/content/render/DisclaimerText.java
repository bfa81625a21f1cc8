package health.clinicapi.content.render;

/** A disclaimer as a block shows it: its key, title (may be null) and text, already resolved for the clinic. */
public record DisclaimerText(String key, String title, String text) {
}
