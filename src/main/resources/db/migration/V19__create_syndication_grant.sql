-- Network-level permission: the origin clinic's articles may be placed on the target clinic's site. Without a grant
-- no placement, manual or by rule, can be made between the two.
CREATE TABLE syndication_grant (
    id               UUID                     NOT NULL,
    origin_clinic_id UUID                     NOT NULL,
    target_clinic_id UUID                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_syndication_grant PRIMARY KEY (id),
    CONSTRAINT uk_syndication_grant_pair UNIQUE (origin_clinic_id, target_clinic_id),
    CONSTRAINT fk_syndication_grant_origin FOREIGN KEY (origin_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT fk_syndication_grant_target FOREIGN KEY (target_clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_syndication_grant_distinct CHECK (origin_clinic_id <> target_clinic_id)
);
