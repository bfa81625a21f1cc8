-- H2 has no expression indexes: the embedded database keeps sorting a clinic's articles by title after reading them
-- through V15's (clinic_id, status, title, id). Only the version number is kept in step with PostgreSQL.
SELECT 1;
