-- A clinic import records each resource it creates as IMPORTED (it keeps the version and times the resource had
-- where it was exported, so CREATED would misdescribe it).
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action
    CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'REVOKED', 'IMPORTED'));
