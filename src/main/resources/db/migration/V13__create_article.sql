-- Articles: owned by one clinic, unique by slug per clinic and locale. Sub-objects read and written whole (hero
-- image, body blocks, SEO) are JSON text; what lists filter on (tags, treatments, indications) gets its own table.
CREATE TABLE article (
    id                  UUID                     NOT NULL,
    clinic_id           UUID                     NOT NULL,
    slug                VARCHAR(80)              NOT NULL,
    locale              VARCHAR(35)              NOT NULL,
    translation_group   UUID                     NOT NULL,
    title               VARCHAR(300),
    subtitle            VARCHAR(300),
    excerpt             VARCHAR(1000),
    hero_image          VARCHAR(6000),
    body                VARCHAR(1000000)         NOT NULL,
    author_id           UUID,
    medical_reviewer_id UUID,
    last_reviewed_at    DATE,
    health_content      BOOLEAN                  NOT NULL,
    seo                 VARCHAR(4000),
    status              VARCHAR(20)              NOT NULL,
    publish_at          TIMESTAMP WITH TIME ZONE,
    unpublish_at        TIMESTAMP WITH TIME ZONE,
    published_at        TIMESTAMP WITH TIME ZONE,
    word_count          INTEGER                  NOT NULL,
    reading_minutes     INTEGER                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_article PRIMARY KEY (id),
    CONSTRAINT uk_article_clinic_locale_slug UNIQUE (clinic_id, locale, slug),
    CONSTRAINT fk_article_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_article_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_article_medical_reviewer FOREIGN KEY (medical_reviewer_id) REFERENCES person (id),
    CONSTRAINT ck_article_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_article_version CHECK (version >= 0)
);

-- The list's sort (updated_at desc, id) per clinic, alone and with the status, locale and author filters.
CREATE INDEX ix_article_clinic_updated ON article (clinic_id, updated_at, id);
CREATE INDEX ix_article_clinic_status_updated ON article (clinic_id, status, updated_at, id);
CREATE INDEX ix_article_clinic_locale_updated ON article (clinic_id, locale, updated_at, id);
CREATE INDEX ix_article_author ON article (author_id, updated_at);
CREATE INDEX ix_article_medical_reviewer ON article (medical_reviewer_id);
CREATE INDEX ix_article_translation_group ON article (translation_group);
-- The scheduler's two queries: due scheduled publications and due unpublications.
CREATE INDEX ix_article_status_publish_at ON article (status, publish_at);
CREATE INDEX ix_article_status_unpublish_at ON article (status, unpublish_at);

CREATE TABLE article_tag (
    article_id UUID        NOT NULL,
    tag        VARCHAR(64) NOT NULL,
    CONSTRAINT pk_article_tag PRIMARY KEY (article_id, tag),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_tag_tag ON article_tag (tag, article_id);

-- Referenced treatments and indications: a catalog entry an article uses cannot be deleted (409).
CREATE TABLE article_treatment (
    article_id   UUID NOT NULL,
    treatment_id UUID NOT NULL,
    CONSTRAINT pk_article_treatment PRIMARY KEY (article_id, treatment_id),
    CONSTRAINT fk_article_treatment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_treatment_treatment FOREIGN KEY (treatment_id) REFERENCES treatment (id)
);
CREATE INDEX ix_article_treatment_treatment ON article_treatment (treatment_id, article_id);

CREATE TABLE article_indication (
    article_id    UUID NOT NULL,
    indication_id UUID NOT NULL,
    CONSTRAINT pk_article_indication PRIMARY KEY (article_id, indication_id),
    CONSTRAINT fk_article_indication_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_indication_indication FOREIGN KEY (indication_id) REFERENCES indication (id)
);
CREATE INDEX ix_article_indication_indication ON article_indication (indication_id, article_id);
