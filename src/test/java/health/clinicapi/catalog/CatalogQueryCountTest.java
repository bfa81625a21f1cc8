package health.clinicapi.catalog;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * Catalog lists, delivered and managed, cost as many SQL statements for a page of many items as for a page of few:
 * nothing is queried per treatment, condition or indication (issue 7, item 6).
 */
@QuarkusTest
class CatalogQueryCountTest {

    private static final int FEW = 2;
    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void treatment_and_condition_lists_cost_as_many_statements_for_many_items_as_for_few() {
        String prefix = uniqueSlug("cq");
        for (int i = 0; i < MANY; i++) {
            CatalogFixtures.createTreatment(prefix + "-t" + i);
            CatalogFixtures.createCondition(prefix + "-c" + i);
        }
        // The catalog is shared, so a page of few and a page of many differ in their limit only.
        for (String path : List.of("/v1/treatments", "/v1/conditions", "/v1/manage/treatments",
                "/v1/manage/conditions")) {
            long few = Statements.of(token -> assertThat(items(path, null, token, FEW)).isEqualTo(FEW));
            long many = Statements.of(token -> assertThat(items(path, null, token, MANY)).isEqualTo(MANY));

            assertThat(few).as(path).isPositive();
            assertThat(many).as(path).isEqualTo(few);
        }
    }

    @Test
    void indication_lists_cost_as_many_statements_for_many_indications_as_for_few() {
        String prefix = uniqueSlug("cq-i");
        String clinic = ClinicFixtures.create(prefix).slug();
        CatalogFixtures.createTreatment(prefix + "-t");
        for (int i = 0; i < MANY; i++) {
            // Each with a condition and a reviewer of its own, and its own status: approved, off-label or none here.
            CatalogFixtures.createCondition(prefix + "-c" + i);
            CatalogFixtures.createPerson(prefix + "-r" + i, true);
            List<RegulatoryStatusEntry> statuses = switch (i % 3) {
                case 0 -> List.of(CatalogFixtures.approved("US", "Botox", 2004));
                case 1 -> List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL));
                default -> List.of(CatalogFixtures.status("CA", "Botox", RegulatoryStatus.INVESTIGATIONAL));
            };
            CatalogFixtures.createIndication(CatalogFixtures.indication(prefix + "-i" + i, prefix + "-t",
                    prefix + "-c" + i, prefix + "-r" + i, statuses));
        }
        for (String path : List.of("/v1/clinics/" + clinic + "/indications", "/v1/manage/indications")) {
            long few = Statements.of(token -> assertThat(items(path, prefix + "-t", token, FEW)).isEqualTo(FEW));
            long many = Statements.of(token -> assertThat(items(path, prefix + "-t", token, MANY)).isEqualTo(MANY));

            assertThat(few).as(path).isPositive();
            assertThat(many).as(path).isEqualTo(few);
        }
    }

    /**
     * How many items a page of {@code limit} has, of the treatment's indications when {@code treatment} is not null;
     * the token keeps delivery's cache out of the way.
     */
    private static int items(String path, String treatment, String token, int limit) {
        RequestSpecification request = path.startsWith("/v1/manage") ? Keys.asAdmin() : given();
        if (treatment != null) {
            request = request.queryParam("treatment", treatment);
        }
        return request.queryParam("limit", limit).queryParam("attempt", token).when().get(path).then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }
}
