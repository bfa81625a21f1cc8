-- H2 has no search vector: the embedded database scores search in Java (ArticleSearch). Only the version number is
-- kept in step with PostgreSQL, whose V27 keeps the vector in the article row.
SELECT 1;
