-- Responses of POST requests sent with an Idempotency-Key, so a retry gets the same answer
-- instead of a second resource. Scoped by the API key that sent them; kept for a day.
CREATE TABLE idempotency_record (
    id             UUID                     NOT NULL,
    api_key_id     UUID                     NOT NULL,
    idem_key       VARCHAR(255)             NOT NULL,
    operation      VARCHAR(300)             NOT NULL,
    fingerprint    VARCHAR(64)              NOT NULL,
    status         INTEGER                  NOT NULL,
    location       VARCHAR(2000),
    etag           VARCHAR(200),
    body           VARCHAR(1048576),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_record_key UNIQUE (api_key_id, idem_key)
);

CREATE INDEX ix_idempotency_record_created ON idempotency_record (created_at);
