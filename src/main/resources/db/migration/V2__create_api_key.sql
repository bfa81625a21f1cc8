-- API keys: only a SHA-256 hash of each key is stored; the prefix identifies a leaked key.
CREATE TABLE api_key (
    id           UUID                     NOT NULL,
    prefix       VARCHAR(16)              NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    clinic_id    UUID,
    scopes       VARCHAR(500)             NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uk_api_key_prefix UNIQUE (prefix),
    CONSTRAINT fk_api_key_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_key_clinic ON api_key (clinic_id);
