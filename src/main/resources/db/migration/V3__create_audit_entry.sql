-- Audit log of management writes. Append-only: the application never updates or deletes a row,
-- and there are no foreign keys so entries outlive what they describe.
CREATE TABLE audit_entry (
    id             UUID                     NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_key_id   UUID,
    actor_name     VARCHAR(100)             NOT NULL,
    clinic_id      UUID,
    resource_type  VARCHAR(40)              NOT NULL,
    resource_id    UUID                     NOT NULL,
    resource_name  VARCHAR(200),
    action         VARCHAR(20)              NOT NULL,
    version_before BIGINT,
    version_after  BIGINT,
    request_id     VARCHAR(128),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT ck_audit_entry_action CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'REVOKED'))
);

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_clinic_time ON audit_entry (clinic_id, occurred_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_key_id);
