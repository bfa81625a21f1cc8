package health.clinicapi.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills the search text of articles saved before search existed (a database migrated from an older version), so
 * every article is findable without an edit. Each start does the rows still missing it; normally none.
 */
@ApplicationScoped
public class ArticleSearchBackfill {

    private static final Logger LOG = Logger.getLogger(ArticleSearchBackfill.class);
    private static final int BATCH = 200;

    void onStart(@Observes StartupEvent event) {
        int filled;
        int total = 0;
        do {
            filled = QuarkusTransaction.requiringNew().call(ArticleSearchBackfill::fillBatch);
            total += filled;
        } while (filled == BATCH);
        if (total > 0) {
            LOG.infof("Indexed %d article(s) for search", total);
        }
    }

    private static int fillBatch() {
        List<ArticleEntity> missing = ArticleEntity.<ArticleEntity>find("searchText is null").range(0, BATCH - 1)
                .list();
        missing.forEach(article -> article.searchText = ArticleService.searchText(article));
        return missing.size();
    }
}
