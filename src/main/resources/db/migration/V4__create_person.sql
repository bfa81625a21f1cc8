-- People: authors and medical reviewers, shared by every clinic of the network.
-- Credentials are a JSON array of strings in a text column (read and written whole, never queried).
CREATE TABLE person (
    id               UUID                     NOT NULL,
    slug             VARCHAR(64)              NOT NULL,
    name             VARCHAR(200)             NOT NULL,
    credentials      VARCHAR(1000)            NOT NULL,
    title            VARCHAR(200),
    bio              VARCHAR(4000),
    photo_url        VARCHAR(2000),
    photo_alt        VARCHAR(300),
    profile_url      VARCHAR(2000),
    medical_reviewer BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uk_person_slug UNIQUE (slug),
    CONSTRAINT ck_person_photo_alt CHECK (photo_url IS NULL OR photo_alt IS NOT NULL),
    CONSTRAINT ck_person_version CHECK (version >= 0)
);

-- The list filter reviewer=true|false, in slug order.
CREATE INDEX ix_person_reviewer_slug ON person (medical_reviewer, slug);
