--liquibase formatted sql

--changeset casework:004-idempotency-keys
-- The first response to each POST sent with an Idempotency-Key, per organization and key, kept 24 hours.
CREATE TABLE idempotency_keys (
    organization_id  text        NOT NULL,
    key              text        NOT NULL,
    token            text        NOT NULL,
    fingerprint      text        NOT NULL,
    claimed_at       timestamptz NOT NULL,
    response_status  integer,
    response_headers jsonb,
    response_body    text,
    PRIMARY KEY (organization_id, key)
);
CREATE INDEX idempotency_keys_claimed_at ON idempotency_keys (claimed_at);
