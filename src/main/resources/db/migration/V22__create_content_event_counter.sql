-- The last sequence number of each clinic's changes log. A writer takes the next number by locking this row
-- (SELECT ... FOR UPDATE) in the transaction that makes the change, so the transactions of one clinic that record
-- events commit in sequence order and a reader never sees number n+1 before n (event/README.md).
CREATE TABLE content_event_counter (
    clinic_id     UUID   NOT NULL,
    last_sequence BIGINT NOT NULL,
    CONSTRAINT pk_content_event_counter PRIMARY KEY (clinic_id),
    CONSTRAINT fk_content_event_counter_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_event_counter_sequence CHECK (last_sequence >= 0)
);
