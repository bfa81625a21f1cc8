-- Disclaimers: a network default (clinic_id null) or a clinic's override of the same key, one row per locale.
-- scope is 'network' or the clinic's id, so (scope, key, locale) can be unique on both H2 and PostgreSQL
-- (a unique constraint over a nullable clinic_id would let network defaults repeat).
CREATE TABLE disclaimer (
    id             UUID                     NOT NULL,
    scope          VARCHAR(36)              NOT NULL,
    clinic_id      UUID,
    disclaimer_key VARCHAR(64)              NOT NULL,
    kind           VARCHAR(20)              NOT NULL,
    locale         VARCHAR(35)              NOT NULL,
    latest_number  INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_disclaimer PRIMARY KEY (id),
    CONSTRAINT uk_disclaimer_scope_key_locale UNIQUE (scope, disclaimer_key, locale),
    CONSTRAINT fk_disclaimer_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_disclaimer_scope CHECK ((clinic_id IS NULL AND scope = 'network') OR clinic_id IS NOT NULL),
    CONSTRAINT ck_disclaimer_kind CHECK (kind IN ('MEDICAL_ADVICE', 'OFF_LABEL', 'RESULTS_VARY', 'INSURANCE',
                                                  'REGULATORY', 'OTHER')),
    CONSTRAINT ck_disclaimer_latest_number CHECK (latest_number >= 1),
    CONSTRAINT ck_disclaimer_version CHECK (version >= 0)
);

CREATE INDEX ix_disclaimer_clinic ON disclaimer (clinic_id);
CREATE INDEX ix_disclaimer_key ON disclaimer (disclaimer_key, scope);
CREATE INDEX ix_disclaimer_locale ON disclaimer (scope, locale);
