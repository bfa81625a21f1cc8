package health.clinicapi.catalog;

import static health.clinicapi.catalog.CatalogFixtures.createIndicationWithParts;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditEntry;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class CatalogAuditTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void records_every_catalog_and_person_write_without_a_clinic() {
        Instant start = Instant.now().minusSeconds(1);
        String tag = uniqueSlug("audit");
        Indication indication = createIndicationWithParts(tag);
        Keys.asAdmin().header("If-Match", "\"0\"").when().delete("/v1/manage/indications/" + indication.slug())
                .then().statusCode(204);

        Map<String, String> created = Map.of("person", tag + "-r", "treatment", tag + "-t", "condition", tag + "-c",
                "indication", tag + "-i");
        created.forEach((type, name) -> {
            List<AuditEntry> entries = entries(type, start).stream().filter(e -> name.equals(e.resourceName()))
                    .toList();
            assertThat(entries).as(type).isNotEmpty().allMatch(e -> e.clinicId() == null);
            assertThat(entries).as(type).extracting(AuditEntry::action).contains(AuditAction.CREATED);
        });
        assertThat(entries("indication", start)).filteredOn(e -> e.resourceId().equals(indication.id()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.CREATED);
    }

    private static List<AuditEntry> entries(String type, Instant from) {
        return Keys.asAdmin().queryParam("resource", type).queryParam("from", from.toString())
                .queryParam("limit", 100).when().get("/v1/manage/audit-entries").then().statusCode(200).extract()
                .as(EntryPage.class).items();
    }

    record EntryPage(List<AuditEntry> items, String nextCursor) {
    }
}
