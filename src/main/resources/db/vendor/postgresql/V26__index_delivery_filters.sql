-- Delivery lists sort by title as coalesce(title, '') (ArticleSort), so an untitled article sorts first rather than
-- nowhere: only an index on that expression gives a clinic's published articles in title order, a keyset page at a
-- time, instead of sorting all of them for each page (V15's plain title index cannot).
CREATE INDEX ix_article_clinic_status_title_key ON article (clinic_id, status, (coalesce(title, '')), id);
