package health.clinicapi.article;

/** Filters of the article list; null means any. Treatments, indications and authors are named by slug. */
record ArticleFilter(ArticleStatus status, String tag, String treatment, String indication, String author,
        String locale) {
}
