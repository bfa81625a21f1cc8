package health.clinicapi.disclaimer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The disclaimers that must accompany a piece of content, in display order. Never paged: a handful at most. */
@Schema(name = "ResolvedDisclaimers")
public record ResolvedDisclaimers(List<ResolvedDisclaimer> items) {
}
