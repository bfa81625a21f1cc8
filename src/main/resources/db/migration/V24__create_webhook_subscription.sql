-- Webhook subscriptions of a clinic: where to POST which content events.
-- The signing secret must be recoverable to compute HMACs, so it is stored encrypted (AES-GCM, see
-- webhook/WebhookSecrets), never in clear. During a rotation the previous secret is kept, encrypted, until
-- previous_secret_expires_at so receivers can switch over (deliveries carry both signatures meanwhile).
-- Deleting a clinic deletes its subscriptions (and, by cascade, their deliveries).
CREATE TABLE webhook_subscription (
    id                         UUID                     NOT NULL,
    clinic_id                  UUID                     NOT NULL,
    url                        VARCHAR(2000)            NOT NULL,
    event_types                VARCHAR(500)             NOT NULL,
    status                     VARCHAR(20)              NOT NULL,
    disabled_reason            VARCHAR(300),
    debounce_seconds           INTEGER,
    description                VARCHAR(500),
    secret                     VARCHAR(200)             NOT NULL,
    previous_secret            VARCHAR(200),
    previous_secret_expires_at TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT                   NOT NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id),
    CONSTRAINT fk_webhook_subscription_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_webhook_subscription_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_webhook_subscription_debounce CHECK (debounce_seconds IS NULL OR debounce_seconds > 0),
    CONSTRAINT ck_webhook_subscription_version CHECK (version >= 0)
);

-- The management list (newest first) and the event observer (active subscriptions of a clinic).
CREATE INDEX ix_webhook_subscription_clinic ON webhook_subscription (clinic_id, created_at, id);
