package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.content.Block;
import health.clinicapi.support.Api;

/**
 * An article saved before search existed has no search text (the column came with a later migration): the backfill
 * fills it, so the article is found without an edit. Runs on H2 and PostgreSQL, where the search vector follows the
 * text.
 */
@QuarkusTest
class ArticleSearchBackfillTest {

    @Inject
    ArticleSearchBackfill backfill;

    @Inject
    EntityManager em;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private String searchText(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT search_text FROM article WHERE id = ?1").setParameter(1, id)
                .getSingleResult());
    }

    private static List<String> found(String clinic, String query) {
        return given().when().get(deliveryPath(clinic) + "?q=" + query + "&fields=slug").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
    }

    @Test
    void fills_articles_saved_without_search_text_and_they_are_found() {
        String tag = uniqueSlug("bf");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        // Body words only: the title and excerpt say nothing of them. The SQL below announces no change, so the search
        // that shows the article unfindable asks a word not asked before (no ranking or response held for it).
        Article article = published(clinic, new ArticleInput("older", "en-US", null, "Aftercare", null,
                "What to do after a visit.", null,
                List.of(new Block.Paragraph(List.of(new Block.Span("A gentle cooling routine helps.", null, null)))),
                null, null, null, null, tag + "-r", LocalDate.of(2025, 3, 1), true, null));
        assertThat(found(clinic, "cooling")).containsExactly("older");

        // As a row written before the search text column existed.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE article SET search_text = NULL WHERE id = ?1")
                .setParameter(1, article.id()).executeUpdate());
        assertThat(searchText(article.id())).isNull();
        assertThat(found(clinic, "routine")).isEmpty();

        assertThat(backfill.fill()).isGreaterThanOrEqualTo(1);

        assertThat(searchText(article.id())).contains("routine");
        // Filling is a committed change like any other: the search asked before (held ranking, cached response) is
        // answered anew.
        assertThat(found(clinic, "routine")).containsExactly("older");
        assertThat(found(clinic, "gentle")).containsExactly("older");
        assertThat(backfill.fill()).isZero();
    }
}
