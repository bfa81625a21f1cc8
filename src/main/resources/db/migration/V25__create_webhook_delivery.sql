-- The webhook outbox: one delivery per (event, subscription), written in the transaction of the content change,
-- so a change and its deliveries are stored together or not at all. A debounced subscription folds a burst of
-- events into one delivery while it is still waiting for its first attempt.
-- A worker claims a due delivery by setting lease_until/lease_token; an expired lease (crashed worker) makes the
-- delivery due again, so nothing is lost. Each attempt is kept in webhook_attempt.
CREATE TABLE webhook_delivery (
    id               UUID                     NOT NULL,
    subscription_id  UUID                     NOT NULL,
    event_type       VARCHAR(40)              NOT NULL,
    event_sequence   BIGINT                   NOT NULL,
    event_count      INTEGER                  NOT NULL,
    payload          VARCHAR(1048576)         NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retry_since      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    lease_until      TIMESTAMP WITH TIME ZONE,
    lease_token      UUID,
    attempts         INTEGER                  NOT NULL,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_webhook_delivery_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_webhook_delivery_event_count CHECK (event_count >= 1)
);

-- The worker's due query, and the delivery log of a subscription (newest first).
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at, id);

CREATE TABLE webhook_attempt (
    id              UUID                     NOT NULL,
    delivery_id     UUID                     NOT NULL,
    attempt_number  INTEGER                  NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms     BIGINT                   NOT NULL,
    status_code     INTEGER,
    error           VARCHAR(500),
    outcome         VARCHAR(20)              NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_webhook_attempt PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    CONSTRAINT uk_webhook_attempt_number UNIQUE (delivery_id, attempt_number),
    CONSTRAINT ck_webhook_attempt_outcome CHECK (outcome IN ('ACKNOWLEDGED', 'RETRY', 'GAVE_UP', 'DISABLED'))
);
