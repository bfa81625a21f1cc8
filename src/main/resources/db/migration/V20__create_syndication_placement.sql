-- One origin article (all translations of its translation group) placed on one target clinic's site. Delivery reads
-- the origin article live; only the per-target state and overrides are stored here.
CREATE TABLE syndication_placement (
    id                UUID                     NOT NULL,
    origin_clinic_id  UUID                     NOT NULL,
    translation_group UUID                     NOT NULL,
    target_clinic_id  UUID                     NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    title_override    VARCHAR(300),
    excerpt_override  VARCHAR(1000),
    slug_override     VARCHAR(80),
    hero_override     VARCHAR(6000),
    rule_id           UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_syndication_placement PRIMARY KEY (id),
    CONSTRAINT uk_syndication_placement_target_group UNIQUE (target_clinic_id, origin_clinic_id, translation_group),
    CONSTRAINT fk_syndication_placement_origin FOREIGN KEY (origin_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT fk_syndication_placement_target FOREIGN KEY (target_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_syndication_placement_state CHECK (state IN ('ACTIVE', 'PAUSED', 'WITHDRAWN')),
    CONSTRAINT ck_syndication_placement_distinct CHECK (origin_clinic_id <> target_clinic_id)
);

-- Delivery joins placements of the target to the origin's articles by translation group.
CREATE INDEX ix_syndication_placement_origin_group ON syndication_placement (origin_clinic_id, translation_group);
