-- Indications: a treatment used for a condition, the clinical fact sheet of the shared catalog.
-- Sub-objects read and written whole (treated areas, onset, duration, session details, references) are JSON text;
-- regulatory statuses get their own table because lists filter on them.
CREATE TABLE indication (
    id                  UUID                     NOT NULL,
    slug                VARCHAR(64)              NOT NULL,
    treatment_id        UUID                     NOT NULL,
    condition_id        UUID                     NOT NULL,
    evidence_level      VARCHAR(20)              NOT NULL,
    mechanism_of_action VARCHAR(4000),
    treated_areas       VARCHAR(4000)            NOT NULL,
    onset               VARCHAR(200),
    duration            VARCHAR(200),
    session_details     VARCHAR(4000),
    insurance_note      VARCHAR(2000),
    summary             VARCHAR(2000)            NOT NULL,
    reference_list      VARCHAR(100000)          NOT NULL,
    last_reviewed_at    DATE,
    reviewer_id         UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_indication PRIMARY KEY (id),
    CONSTRAINT uk_indication_slug UNIQUE (slug),
    CONSTRAINT uk_indication_treatment_condition UNIQUE (treatment_id, condition_id),
    CONSTRAINT fk_indication_treatment FOREIGN KEY (treatment_id) REFERENCES treatment (id),
    CONSTRAINT fk_indication_condition FOREIGN KEY (condition_id) REFERENCES condition (id),
    CONSTRAINT fk_indication_reviewer FOREIGN KEY (reviewer_id) REFERENCES person (id),
    CONSTRAINT ck_indication_evidence_level CHECK (evidence_level IN ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW')),
    CONSTRAINT ck_indication_version CHECK (version >= 0)
);

-- List filters (treatment, condition) in slug order, and the reviewer check before a person is deleted.
CREATE INDEX ix_indication_treatment_slug ON indication (treatment_id, slug);
CREATE INDEX ix_indication_condition_slug ON indication (condition_id, slug);
CREATE INDEX ix_indication_reviewer ON indication (reviewer_id);

-- Regulatory status per jurisdiction and product, in the order the client sent them.
CREATE TABLE indication_regulatory_status (
    indication_id UUID          NOT NULL,
    position      INTEGER       NOT NULL,
    jurisdiction  VARCHAR(6)    NOT NULL,
    product       VARCHAR(100)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    approval_year INTEGER,
    note          VARCHAR(1000),
    reference_url VARCHAR(2000),
    CONSTRAINT pk_indication_regulatory_status PRIMARY KEY (indication_id, position),
    CONSTRAINT fk_indication_regulatory_status_indication FOREIGN KEY (indication_id)
        REFERENCES indication (id) ON DELETE CASCADE,
    CONSTRAINT ck_indication_regulatory_status_status CHECK (status IN ('APPROVED', 'OFF_LABEL', 'INVESTIGATIONAL')),
    CONSTRAINT ck_indication_regulatory_status_year CHECK ((status = 'APPROVED') = (approval_year IS NOT NULL))
);

-- The list filter status (+ jurisdiction).
CREATE INDEX ix_indication_regulatory_status_filter ON indication_regulatory_status (status, jurisdiction, indication_id);
