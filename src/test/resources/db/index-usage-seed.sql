-- A network of the size the benchmark measures, for IndexUsageTest: 40 clinics of 250 articles (a tenth of them
-- drafts, a fifth in Spanish), each article with an author, a tag, a treatment and an indication out of a few
-- hundred, 500 changes per clinic and a webhook outbox where one delivery in a hundred is pending. Run inside a
-- transaction that is rolled back, then analyzed, so plans are those of a real network, not of empty tables.
CREATE TEMP TABLE ix_clinic ON COMMIT DROP AS SELECT gen_random_uuid() AS id, k FROM generate_series(1, 40) k;
INSERT INTO clinic (id, slug, name, base_url, article_path_template, locales, default_locale, jurisdiction, variables,
    allowed_origins, created_at, updated_at, version)
SELECT id, 'ix-' || id, 'Clinic ' || k, 'https://ix-' || k || '.example', '/articles/{slug}', '["en-US"]', 'en-US',
    'US', '{}', '[]', now(), now(), 0
FROM ix_clinic;
CREATE TEMP TABLE ix_person ON COMMIT DROP AS SELECT gen_random_uuid() AS id, k FROM generate_series(0, 199) k;
INSERT INTO person (id, slug, name, credentials, medical_reviewer, created_at, updated_at, version)
SELECT id, 'ix-p-' || id, 'Person ' || k, '[]', k % 2 = 0, now(), now(), 0 FROM ix_person;
CREATE TEMP TABLE ix_catalog ON COMMIT DROP AS
SELECT gen_random_uuid() AS treatment, gen_random_uuid() AS condition, gen_random_uuid() AS indication, k
FROM generate_series(0, 199) k;
INSERT INTO treatment (id, slug, name, brand_names, category, created_at, updated_at, version)
SELECT treatment, 'ix-t-' || treatment, 'Treatment ' || k, '[]', 'OTHER', now(), now(), 0 FROM ix_catalog;
INSERT INTO condition (id, slug, name, synonyms, created_at, updated_at, version)
SELECT condition, 'ix-c-' || condition, 'Condition ' || k, '[]', now(), now(), 0 FROM ix_catalog;
INSERT INTO indication (id, slug, treatment_id, condition_id, evidence_level, treated_areas, summary, reference_list,
    created_at, updated_at, version)
SELECT indication, 'ix-i-' || indication, treatment, condition, 'HIGH', '[]', 'Summary.', '[]', now(), now(), 0
FROM ix_catalog;
INSERT INTO indication_regulatory_status (indication_id, position, jurisdiction, product, status, approval_year)
SELECT indication, 0, 'US', 'Product', CASE WHEN k % 4 = 0 THEN 'OFF_LABEL' ELSE 'APPROVED' END,
    CASE WHEN k % 4 = 0 THEN NULL ELSE 2020 END
FROM ix_catalog;
CREATE TEMP TABLE ix_article ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, c.id AS clinic_id, n, (c.k * 250 + n) % 200 AS pick FROM ix_clinic c, generate_series(1, 250) n;
INSERT INTO article (id, clinic_id, slug, locale, translation_group, title, body, author_id, health_content, status,
    published_at, word_count, reading_minutes, created_at, updated_at, version, search_text)
SELECT a.id, a.clinic_id, 'a-' || a.n, CASE WHEN a.n % 5 = 0 THEN 'es-US' ELSE 'en-US' END, gen_random_uuid(),
    'Title ' || a.n, '[]', p.id, true, CASE WHEN a.n % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
    now() - a.n * interval '1 hour', 100, 1, now() - a.n * interval '1 hour', now() - a.n * interval '1 hour', 0,
    'Words about sweating, number ' || a.n
FROM ix_article a JOIN ix_person p ON p.k = a.pick;
INSERT INTO article_tag (article_id, tag) SELECT id, 'ix-tag-' || (pick + n % 3) FROM ix_article;
INSERT INTO article_treatment (article_id, treatment_id)
SELECT a.id, c.treatment FROM ix_article a JOIN ix_catalog c ON c.k = (a.pick + 7) % 200;
INSERT INTO article_indication (article_id, indication_id)
SELECT a.id, c.indication FROM ix_article a JOIN ix_catalog c ON c.k = a.pick;
INSERT INTO content_event (id, clinic_id, sequence_number, event_type, resource, slug, occurred_at, data)
SELECT gen_random_uuid(), id, n, 'article.published', 'article', 'a-' || n, now(), '{}'
FROM ix_clinic, generate_series(1, 500) n;
INSERT INTO webhook_subscription (id, clinic_id, url, event_types, status, secret, created_at, updated_at, version)
SELECT gen_random_uuid(), id, 'https://hooks.example/' || k, 'article.published', 'ACTIVE', 'secret', now(), now(), 0
FROM ix_clinic;
INSERT INTO webhook_delivery (id, subscription_id, event_type, event_sequence, event_count, payload, status, created_at,
    retry_since, next_attempt_at, attempts)
SELECT gen_random_uuid(), s.id, 'article.published', n, 1, '{}',
    CASE WHEN n % 100 = 0 THEN 'PENDING' ELSE 'DELIVERED' END, now(), now(),
    CASE WHEN n % 100 = 0 THEN now() END, 1
FROM webhook_subscription s, generate_series(1, 500) n;
ANALYZE;
