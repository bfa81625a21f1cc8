package health.clinicapi.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of an indication's regulatory statuses, stored in its own table so lists can filter on status. */
@Embeddable
public class RegulatoryStatusRow {

    public String jurisdiction;
    public String product;
    @Enumerated(EnumType.STRING)
    public RegulatoryStatus status;
    @Column(name = "approval_year")
    public Integer approvalYear;
    public String note;
    @Column(name = "reference_url")
    public String referenceUrl;

    static RegulatoryStatusRow from(RegulatoryStatusEntry entry) {
        RegulatoryStatusRow row = new RegulatoryStatusRow();
        row.jurisdiction = entry.jurisdiction();
        row.product = entry.product();
        row.status = entry.status();
        row.approvalYear = entry.approvalYear();
        row.note = entry.note();
        row.referenceUrl = entry.referenceUrl();
        return row;
    }
}
