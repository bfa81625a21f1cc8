package health.clinicapi.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.disclaimer.ResolvedDisclaimer;

/** An indication as one clinic's site shows it: the fact sheet, its status there, and the disclaimers it must carry. */
@Schema(name = "ClinicIndication")
public record ClinicIndication(
        Indication indication,
        @Schema(description = "The regulatory statuses that apply in the clinic's jurisdiction (a subdivision also takes its country's).") List<RegulatoryStatusEntry> statusHere,
        @Schema(description = "True when some product is APPROVED for this use in the clinic's jurisdiction.") boolean approvedHere,
        @Schema(description = "Disclaimers the rules require on this clinic's site, in display order. Render them all.") List<ResolvedDisclaimer> disclaimers) {
}
