-- Delivery lists published articles of a clinic newest publication first (or by title), a keyset page at a time.
CREATE INDEX ix_article_clinic_status_published ON article (clinic_id, status, published_at, id);
CREATE INDEX ix_article_clinic_status_title ON article (clinic_id, status, title, id);
