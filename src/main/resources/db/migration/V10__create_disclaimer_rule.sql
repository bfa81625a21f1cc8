-- Rules that attach disclaimers to content. Sets are comma lists of enum names.
CREATE TABLE disclaimer_rule (
    id             UUID                     NOT NULL,
    slug           VARCHAR(64)              NOT NULL,
    disclaimer_key VARCHAR(64)              NOT NULL,
    applies_to     VARCHAR(100)             NOT NULL,
    condition_type VARCHAR(40)              NOT NULL,
    statuses       VARCHAR(100)             NOT NULL,
    tag            VARCHAR(64),
    display_order  INTEGER                  NOT NULL,
    enabled        BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_disclaimer_rule PRIMARY KEY (id),
    CONSTRAINT uk_disclaimer_rule_slug UNIQUE (slug),
    CONSTRAINT ck_disclaimer_rule_condition CHECK (condition_type IN ('ALWAYS', 'INDICATION_STATUS_NOT_APPROVED',
                                                                      'INDICATION_STATUS_IN', 'TAG')),
    CONSTRAINT ck_disclaimer_rule_version CHECK (version >= 0)
);

CREATE INDEX ix_disclaimer_rule_key ON disclaimer_rule (disclaimer_key);
CREATE INDEX ix_disclaimer_rule_enabled_order ON disclaimer_rule (enabled, display_order);
