package health.clinicapi.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import health.clinicapi.catalog.ConditionEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.syndication.PlacementState;

/**
 * Full-text search over a clinic's articles. On PostgreSQL the database's own text search does the matching and
 * ranking (a weighted tsvector per article, stemmed in the article's language, kept in the row and matched over the
 * clinic's own and syndicated articles); on the embedded H2 database the same contract is met in Java over the
 * clinic's articles. Catalog synonyms widen the query: a search for a condition's synonym ("excessive sweating") also
 * finds content using its name ("hyperhidrosis").
 */
@ApplicationScoped
public class ArticleSearch {

    /** Matches ranked beyond this are not offered; nobody pages through more search results. */
    static final int MAX_RESULTS = 500;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double TITLE_WEIGHT = 1.0;
    private static final double TEXT_WEIGHT = 0.4;
    private static final String[] CONFIGS = {"english", "spanish", "simple"};

    private final EntityManager em;
    private final ArticleRows rows;
    private final boolean postgres;

    public ArticleSearch(EntityManager em, ArticleRows rows,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.rows = rows;
        this.postgres = dbKind.startsWith("postgres");
    }

    /** An article that matched, with its relevance (higher is better; comparable within one search only). */
    record Match(UUID id, double score) {
    }

    /**
     * What a query asks for: the reader's phrase and the catalog phrases it stands for, each a list of words.
     *
     * @param phrases the query first, then names and synonyms of the conditions it names
     */
    record Query(String text, List<List<String>> phrases) {
    }

    /** Words too common to search for or to highlight (PostgreSQL's language configurations drop them too). */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "in", "is", "it", "of", "on", "or", "the", "to", "with", "de", "del", "el", "en", "la", "las",
            "los", "y", "o", "un", "una");

    /**
     * Parses {@code q} and widens it with the synonyms of the catalog's {@code conditions}; a query without a word is
     * a 400 problem.
     */
    Query parse(String q, Collection<ConditionEntity> conditions) {
        List<String> words = terms(q);
        if (words.isEmpty()) {
            throw ApiException.invalid("q", "must contain at least one letter or digit");
        }
        List<List<String>> phrases = new ArrayList<>();
        phrases.add(words);
        for (ConditionEntity condition : conditions) {
            // The slug is the condition's shortest name ("axillary-hyperhidrosis"), so it widens the query too.
            List<List<String>> terms = new ArrayList<>();
            terms.add(terms(condition.slug));
            terms.add(terms(condition.name));
            condition.synonyms.forEach(synonym -> terms.add(terms(synonym)));
            // Named: every word asked is in one of its names, or the query contains a whole name.
            boolean named = terms.stream()
                    .anyMatch(t -> !t.isEmpty() && (t.containsAll(words) || words.containsAll(t)));
            if (named) {
                terms.stream().filter(t -> !t.isEmpty() && !phrases.contains(t)).forEach(phrases::add);
            }
        }
        return new Query(q, phrases);
    }

    /** The clinic's articles in {@code statuses} (and the published ones placed on it) matching the query, best first, at most {@link #MAX_RESULTS}. */
    List<Match> matches(UUID clinicId, Set<ArticleStatus> statuses, Query query) {
        return postgres ? postgres(clinicId, statuses, query) : portable(clinicId, statuses, query);
    }

    private List<Match> postgres(UUID clinicId, Set<ArticleStatus> statuses, Query query) {
        // Every phrase in every configuration, OR-ed: articles are stemmed in their own language.
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (List<String> phrase : query.phrases()) {
            for (String config : CONFIGS) {
                parts.add("plainto_tsquery('" + config + "', ?)");
                params.add(String.join(" ", phrase));
            }
        }
        // Own articles and syndicated ones as two index-driven branches: an OR of the two would make PostgreSQL
        // test the query against every published article of every clinic.
        // The tsquery is built once (a materialised CTE) and reaches the matches only as a subquery, which keeps the
        // statement's plan the same whatever is searched: PostgreSQL then reuses one plan per statement and
        // connection instead of planning each search, which cost more than the search itself. coalesce() keeps it
        // off the GIN index: not knowing the query, the planner would take the index for selective, and a common
        // word (botox) matches most articles of the network, where a clinic's own are a few hundred at most.
        String matching = " and coalesce(a.search_vector, cast('' as tsvector)) @@ (select q from x)";
        params.add(clinicId);
        String own = ArticleRows.in(statuses, params);
        params.add(clinicId);
        String placed = ArticleRows.in(statuses, params);
        String sql = "with x as materialized (select " + String.join(" || ", parts) + " as q)"
                + " select id, ts_rank(v, (select q from x)) from (select a.id, a.search_vector v from article a"
                + " where a.clinic_id = ? and a.status in " + own + matching
                + " union all select a.id, a.search_vector from syndication_placement p"
                + " join article a on a.clinic_id = p.origin_clinic_id and a.translation_group = p.translation_group"
                + " where p.target_clinic_id = ? and p.state = 'ACTIVE' and a.status = 'PUBLISHED'"
                + " and 'PUBLISHED' in " + placed + matching + ") m order by 2 desc, id limit " + MAX_RESULTS;
        return rows.query(sql, params, rs -> new Match(rs.getObject(1, UUID.class), rs.getDouble(2)));
    }

    /**
     * H2: the candidates are the clinic's articles containing any word of any phrase; an article matches when it
     * contains every word of some phrase, and scores by the weighted occurrences of the words of the phrases it
     * matches (title counts more than the rest, as on PostgreSQL).
     */
    private List<Match> portable(UUID clinicId, Set<ArticleStatus> statuses, Query query) {
        // Own articles and syndicated ones in two index-driven reads, as on PostgreSQL: one query with an OR of the
        // two made H2 read the title and text of every article of every clinic for each search.
        List<Object[]> rows = new ArrayList<>(em.createQuery("""
                select a.id, a.title, a.searchText from ArticleEntity a
                where a.clinic.id = :clinic and a.status in :statuses""", Object[].class)
                .setParameter("clinic", clinicId).setParameter("statuses", statuses).getResultList());
        if (statuses.contains(ArticleStatus.PUBLISHED)) {
            rows.addAll(em.createQuery("""
                    select a.id, a.title, a.searchText from SyndicationPlacementEntity p, ArticleEntity a
                    where p.target.id = :clinic and p.state = :active and a.clinic.id = p.origin.id
                    and a.translationGroup = p.translationGroup and a.status = :published""", Object[].class)
                    .setParameter("clinic", clinicId).setParameter("active", PlacementState.ACTIVE)
                    .setParameter("published", ArticleStatus.PUBLISHED).getResultList());
        }
        SearchWords sought = sought(query);
        int[][] phrases = phraseStems(query, sought);
        List<Match> matches = new ArrayList<>();
        Set<UUID> seen = new java.util.HashSet<>();
        for (Object[] row : rows) {
            if (!seen.add((UUID) row[0])) {
                continue;
            }
            int[] title = counts(sought, (String) row[1]);
            int[] text = counts(sought, (String) row[2]);
            double score = 0;
            for (int[] phrase : phrases) {
                boolean all = true;
                for (int k : phrase) {
                    all &= title[k] + text[k] > 0;
                }
                if (all) {
                    for (int k : phrase) {
                        score += TITLE_WEIGHT * title[k] + TEXT_WEIGHT * text[k];
                    }
                }
            }
            if (score > 0) {
                matches.add(new Match((UUID) row[0], score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
        return matches.size() > MAX_RESULTS ? matches.subList(0, MAX_RESULTS) : matches;
    }

    /** Every word of the query's phrases, to be looked for in a text. */
    private static SearchWords sought(Query query) {
        return new SearchWords(query.phrases().stream().flatMap(List::stream).toList());
    }

    /** Each phrase as the indexes in {@code sought} of its words' stems, word by word. */
    private static int[][] phraseStems(Query query, SearchWords sought) {
        return query.phrases().stream()
                .map(phrase -> phrase.stream().mapToInt(sought::indexOf).toArray())
                .toArray(int[][]::new);
    }

    /** How often the text has a word of each stem of {@code sought}, by stem index. */
    private static int[] counts(SearchWords sought, String text) {
        int[] counts = new int[sought.size()];
        count(sought, text, counts, counts.length, false);
        return counts;
    }

    /**
     * Adds to {@code counts}, by stem index, how often the text has a word of each stem of {@code sought}, and answers
     * how many of the {@code missing} stems still at zero before are still at zero. With {@code untilAllFound}, reading
     * stops once none is (the counts are then partial): a common word is usually in the title or the first lines, and
     * a whole-article search page highlights twenty articles of several thousand words each.
     */
    private static int count(SearchWords sought, String text, int[] counts, int missing, boolean untilAllFound) {
        if (text == null) {
            return missing;
        }
        int to = text.length();
        for (int start = SearchWords.wordStart(text, 0, to); start >= 0 && (missing > 0 || !untilAllFound);) {
            int end = SearchWords.wordEnd(text, start, to);
            int k = sought.match(text, start, end);
            if (k >= 0 && counts[k]++ == 0) {
                missing--;
            }
            start = SearchWords.wordStart(text, end, to);
        }
        return missing;
    }

    /** The inflections {@link #stem} removes, the first that ends a word. */
    static final String[] SUFFIXES = {"ing", "es", "ed", "s"};

    /**
     * The word without a common inflection: words match when their stems are equal (sweat, sweats, sweating).
     */
    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** The words of a query phrase worth searching for: {@link #words} without stop words. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>(words(text));
        terms.removeIf(STOP_WORDS::contains);
        return terms;
    }

    /** The words of the phrases this title and text contain whole: what a result's highlights mark. */
    static Set<String> matchedWords(Query query, String title, String text) {
        SearchWords sought = sought(query);
        int[] found = new int[sought.size()];
        count(sought, text, found, count(sought, title, found, found.length, true), true);
        Set<String> matched = new LinkedHashSet<>();
        for (List<String> phrase : query.phrases()) {
            if (phrase.stream().mapToInt(sought::indexOf).allMatch(k -> found[k] > 0)) {
                matched.addAll(phrase);
            }
        }
        return matched;
    }

    /** Lower-case words with accents folded, as search compares them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        var matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * Lower case with accents removed. Text that is all ASCII (most English text) has no accent to remove and skips
     * the Unicode decomposition, which costs more than the rest of a search's highlighting.
     */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
