--liquibase formatted sql

--changeset casework:001-organizations
CREATE TABLE organizations (
    id          text        PRIMARY KEY,
    name        text        NOT NULL,
    plan        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE api_keys (
    id              text        PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organizations (id),
    secret_hash     bytea       NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX api_keys_organization ON api_keys (organization_id);

CREATE TABLE assign_case_usage (
    organization_id text    NOT NULL REFERENCES organizations (id),
    period          text    NOT NULL,
    executions      bigint  NOT NULL,
    PRIMARY KEY (organization_id, period)
);
