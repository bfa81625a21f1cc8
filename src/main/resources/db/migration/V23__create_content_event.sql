-- The changes log (outbox): one row per change to a clinic's published content, written in the transaction of the
-- change. Numbered per clinic without gaps; a deleted clinic's log goes with it.
CREATE TABLE content_event (
    id          UUID                     NOT NULL,
    clinic_id   UUID                     NOT NULL,
    sequence_number BIGINT               NOT NULL,
    event_type  VARCHAR(40)              NOT NULL,
    resource    VARCHAR(20)              NOT NULL,
    slug        VARCHAR(120)             NOT NULL,
    locale      VARCHAR(35),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    data        VARCHAR(8000)            NOT NULL,
    CONSTRAINT pk_content_event PRIMARY KEY (id),
    CONSTRAINT uk_content_event_clinic_sequence UNIQUE (clinic_id, sequence_number),
    CONSTRAINT fk_content_event_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_event_sequence CHECK (sequence_number > 0),
    CONSTRAINT ck_content_event_type CHECK (event_type IN ('article.published', 'article.updated',
        'article.unpublished', 'article.deleted', 'indication.updated', 'disclaimer.updated', 'syndication.changed')),
    CONSTRAINT ck_content_event_resource CHECK (resource IN ('article', 'indication', 'disclaimer', 'syndication'))
);
