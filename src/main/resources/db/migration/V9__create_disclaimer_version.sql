-- Versions of a disclaimer's content. Immutable: the application only ever inserts rows;
-- they go only with their disclaimer.
CREATE TABLE disclaimer_version (
    id             UUID                     NOT NULL,
    disclaimer_id  UUID                     NOT NULL,
    version_number INTEGER                  NOT NULL,
    title          VARCHAR(200)             NOT NULL,
    body           VARCHAR(20000)           NOT NULL,
    short_text     VARCHAR(200)             NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_disclaimer_version PRIMARY KEY (id),
    CONSTRAINT uk_disclaimer_version_number UNIQUE (disclaimer_id, version_number),
    CONSTRAINT fk_disclaimer_version_disclaimer FOREIGN KEY (disclaimer_id) REFERENCES disclaimer (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_disclaimer_version_number CHECK (version_number >= 1)
);

CREATE INDEX ix_disclaimer_version_effective ON disclaimer_version (disclaimer_id, effective_from);
