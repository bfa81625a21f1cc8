-- Conditions of the shared clinical catalog. Synonyms are a JSON array of strings in a text column.
CREATE TABLE condition (
    id         UUID                     NOT NULL,
    slug       VARCHAR(64)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    synonyms   VARCHAR(4000)            NOT NULL,
    body_area  VARCHAR(100),
    icd10      VARCHAR(8),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_condition PRIMARY KEY (id),
    CONSTRAINT uk_condition_slug UNIQUE (slug),
    CONSTRAINT ck_condition_version CHECK (version >= 0)
);
