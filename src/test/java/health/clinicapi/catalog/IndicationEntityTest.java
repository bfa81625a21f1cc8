package health.clinicapi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndicationEntityTest {

    @Test
    void status_in_a_country_collects_every_product_of_that_country() {
        IndicationEntity indication = with(row("US", RegulatoryStatus.APPROVED), row("US", RegulatoryStatus.OFF_LABEL),
                row("CA", RegulatoryStatus.INVESTIGATIONAL));

        assertThat(indication.statusIn("US")).containsExactlyInAnyOrder(RegulatoryStatus.APPROVED,
                RegulatoryStatus.OFF_LABEL);
        assertThat(indication.statusIn("CA")).containsExactly(RegulatoryStatus.INVESTIGATIONAL);
    }

    @Test
    void status_in_a_subdivision_also_matches_its_country() {
        IndicationEntity indication = with(row("US", RegulatoryStatus.OFF_LABEL),
                row("US-WA", RegulatoryStatus.INVESTIGATIONAL), row("US-TX", RegulatoryStatus.APPROVED));

        assertThat(indication.statusIn("US-WA")).containsExactlyInAnyOrder(RegulatoryStatus.OFF_LABEL,
                RegulatoryStatus.INVESTIGATIONAL);
    }

    @Test
    void status_in_a_country_ignores_statuses_of_its_subdivisions() {
        IndicationEntity indication = with(row("US-TX", RegulatoryStatus.APPROVED));

        assertThat(indication.statusIn("US")).isEmpty();
    }

    @Test
    void status_in_an_unrelated_jurisdiction_is_empty() {
        IndicationEntity indication = with(row("US", RegulatoryStatus.APPROVED));

        assertThat(indication.statusIn("CA-ON")).isEmpty();
        assertThat(indication.statusIn("GB")).isEmpty();
    }

    private static IndicationEntity with(RegulatoryStatusRow... rows) {
        IndicationEntity indication = new IndicationEntity();
        indication.regulatoryStatuses = List.of(rows);
        return indication;
    }

    private static RegulatoryStatusRow row(String jurisdiction, RegulatoryStatus status) {
        return RegulatoryStatusRow.from(new RegulatoryStatusEntry(jurisdiction, "Botox", status,
                status == RegulatoryStatus.APPROVED ? 2010 : null, null, null));
    }
}
