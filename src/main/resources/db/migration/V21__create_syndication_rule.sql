-- Subscription rules: every published article of the origin clinic carrying the tag is placed on each target clinic.
CREATE TABLE syndication_rule (
    id               UUID                     NOT NULL,
    origin_clinic_id UUID                     NOT NULL,
    tag              VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_syndication_rule PRIMARY KEY (id),
    CONSTRAINT uk_syndication_rule_origin_tag UNIQUE (origin_clinic_id, tag),
    CONSTRAINT fk_syndication_rule_origin FOREIGN KEY (origin_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE
);

CREATE TABLE syndication_rule_target (
    rule_id          UUID NOT NULL,
    target_clinic_id UUID NOT NULL,
    CONSTRAINT pk_syndication_rule_target PRIMARY KEY (rule_id, target_clinic_id),
    CONSTRAINT fk_syndication_rule_target_rule FOREIGN KEY (rule_id) REFERENCES syndication_rule (id) ON DELETE CASCADE,
    CONSTRAINT fk_syndication_rule_target_clinic FOREIGN KEY (target_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE
);
