--liquibase formatted sql

--changeset casework:016-webhooks
-- The secret signs deliveries (HMAC), so unlike an API key's it is kept as is.
CREATE TABLE webhook_endpoints (
    id              text        PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organizations (id),
    url             text        NOT NULL,
    events          text[]      NOT NULL,
    description     text,
    secret          text        NOT NULL,
    enabled         boolean     NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
-- every change that may cause an event asks for the organization's enabled endpoints
CREATE INDEX webhook_endpoints_enabled ON webhook_endpoints (organization_id) WHERE enabled;
CREATE INDEX webhook_endpoints_by_organization ON webhook_endpoints (organization_id, created_at DESC, id DESC);

-- The webhook outbox: one row per event and endpoint, queued in the transaction of the change. seq orders the
-- deliveries of one endpoint and subject (a case): a later one waits while an earlier one is pending.
CREATE TABLE webhook_deliveries (
    id                 text        PRIMARY KEY,
    seq                bigserial   NOT NULL,
    organization_id    text        NOT NULL,
    endpoint_id        text        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id           text        NOT NULL,
    event_type         text        NOT NULL,
    subject            text        NOT NULL,
    body               text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts           integer     NOT NULL,
    due_at             timestamptz NOT NULL,
    last_response_code integer,
    last_error         text,
    last_attempt_at    timestamptz,
    created_at         timestamptz NOT NULL,
    delivered_at       timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (due_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (endpoint_id, subject, seq) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
