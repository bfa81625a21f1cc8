-- Full-text search on PostgreSQL: a weighted document (title A, the rest B) in the article's language, kept by
-- the database itself and indexed with GIN. Locales without a dedicated configuration use 'simple'.
ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE
            WHEN locale LIKE 'en%' THEN 'english'::regconfig
            WHEN locale LIKE 'es%' THEN 'spanish'::regconfig
            WHEN locale LIKE 'fr%' THEN 'french'::regconfig
            WHEN locale LIKE 'de%' THEN 'german'::regconfig
            ELSE 'simple'::regconfig END, coalesce(title, '')), 'A')
    || setweight(to_tsvector(CASE
            WHEN locale LIKE 'en%' THEN 'english'::regconfig
            WHEN locale LIKE 'es%' THEN 'spanish'::regconfig
            WHEN locale LIKE 'fr%' THEN 'french'::regconfig
            WHEN locale LIKE 'de%' THEN 'german'::regconfig
            ELSE 'simple'::regconfig END, coalesce(search_text, '')), 'B')) STORED;
CREATE INDEX ix_article_search ON article USING GIN (search_vector);
