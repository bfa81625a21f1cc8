package health.clinicapi.snippet;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Statements;

/**
 * Snippets cost as many SQL statements for five lengths as for one, and for an article referencing many indications
 * as for one referencing one (issue 7, item 6).
 */
@QuarkusTest
class SnippetQueryCountTest {

    /** More than Hibernate's default batch size (16), so an association loaded in batches shows a second batch. */
    private static final int MANY = 20;
    private static final List<Integer> ONE_LENGTH = List.of(600);
    private static final List<Integer> FIVE_LENGTHS = List.of(600, 700, 800, 900, 1000);

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void five_lengths_cost_as_many_statements_as_one() {
        String prefix = uniqueSlug("snq");
        String clinic = ClinicFixtures.create(prefix).slug();
        String indication = CatalogFixtures.createIndicationWithParts(prefix).slug();
        String article = ArticleFixtures.publishedRelatedTo(clinic, prefix + "-r", null, 3);

        for (String[] source : new String[][]{{"article", article}, {"indication", indication}}) {
            long one = Statements.of(token -> assertThat(snippets(clinic, source, ONE_LENGTH, token)).isEqualTo(1));
            long five = Statements.of(token -> assertThat(snippets(clinic, source, FIVE_LENGTHS, token)).isEqualTo(5));

            assertThat(one).as(source[0]).isPositive();
            assertThat(five).as(source[0]).isEqualTo(one);
        }
    }

    @Test
    void an_article_referencing_many_indications_costs_as_many_statements_as_one_referencing_one() {
        String prefix = uniqueSlug("snq-i");
        String clinic = ClinicFixtures.create(prefix).slug();
        CatalogFixtures.createPerson(prefix + "-r", true);
        String[] one = {"article", ArticleFixtures.publishedRelatedTo(clinic, prefix + "-r", null, 1)};
        String[] many = {"article", ArticleFixtures.publishedRelatedTo(clinic, prefix + "-r", null, MANY)};

        long withOne = Statements.of(token -> assertThat(snippets(clinic, one, ONE_LENGTH, token)).isEqualTo(1));
        long withMany = Statements.of(token -> assertThat(snippets(clinic, many, ONE_LENGTH, token)).isEqualTo(1));

        assertThat(withOne).isPositive();
        assertThat(withMany).isEqualTo(withOne);
    }

    /**
     * How many snippets of the source ({"article" or "indication", slug}) one request makes; the token keeps
     * delivery's cache out of the way.
     */
    private static int snippets(String clinic, String[] source, List<Integer> lengths, String token) {
        return SnippetFixtures.request().queryParam(source[0], source[1]).queryParam("maxLength", lengths.toArray())
                .queryParam("attempt", token).when().get(SnippetFixtures.path(clinic)).then().statusCode(200)
                .extract().as(Snippets.class).items().size();
    }
}
