-- Treatments: products and procedures of the shared clinical catalog.
-- Brand names are a JSON array of strings in a text column (read and written whole).
CREATE TABLE treatment (
    id                UUID                     NOT NULL,
    slug              VARCHAR(64)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    generic_name      VARCHAR(200),
    brand_names       VARCHAR(2000)            NOT NULL,
    category          VARCHAR(30)              NOT NULL,
    mechanism_summary VARCHAR(2000),
    manufacturer      VARCHAR(200),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_treatment PRIMARY KEY (id),
    CONSTRAINT uk_treatment_slug UNIQUE (slug),
    CONSTRAINT ck_treatment_category CHECK (category IN ('NEUROMODULATOR', 'DERMAL_FILLER', 'LASER_LIGHT',
        'CHEMICAL_PEEL', 'MICRONEEDLING', 'TOPICAL', 'ORAL_MEDICATION', 'PROCEDURE', 'OTHER')),
    CONSTRAINT ck_treatment_version CHECK (version >= 0)
);
