-- The embedded H2 database has no text search of its own: search scans the clinic's published articles
-- (ArticleSearch ranks and highlights them in Java). Only the version number is kept in step with PostgreSQL.
SELECT 1;
