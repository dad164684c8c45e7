--liquibase formatted sql

--changeset casework:003-workflows
-- Ids that lists are ordered by use the "C" collation: byte order, the same on every server, whatever its locale.
CREATE TABLE workflows (
    id                      text COLLATE "C" PRIMARY KEY,
    organization_id         text        NOT NULL REFERENCES organizations (id),
    name                    text        NOT NULL,
    status                  text        NOT NULL CHECK (status IN ('draft', 'published', 'unpublished')),
    draft_trigger           jsonb       NOT NULL,
    draft_steps             jsonb       NOT NULL,
    published_version       integer,
    -- the trigger of the latest published version, copied here so that finding the workflows a new case
    -- starts is one indexed query
    published_trigger_event text,
    published_case_types    text[],
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL
);
CREATE INDEX workflows_listing ON workflows (organization_id, created_at DESC, id DESC);
CREATE INDEX workflows_triggering ON workflows (organization_id) WHERE status = 'published';

CREATE TABLE workflow_versions (
    workflow_id     text COLLATE "C" NOT NULL REFERENCES workflows (id),
    version         integer     NOT NULL,
    organization_id text        NOT NULL REFERENCES organizations (id),
    name            text        NOT NULL,
    trigger         jsonb       NOT NULL,
    steps           jsonb       NOT NULL,
    published_at    timestamptz NOT NULL,
    PRIMARY KEY (workflow_id, version)
);

-- case_id has no foreign key: cases belong to another changeset, and each changeset stands on its own
CREATE TABLE workflow_runs (
    id               text COLLATE "C" PRIMARY KEY,
    organization_id  text        NOT NULL REFERENCES organizations (id),
    workflow_id      text COLLATE "C" NOT NULL,
    workflow_version integer     NOT NULL,
    trigger_event    text        NOT NULL,
    case_id          text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    lease_owner      text,
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    FOREIGN KEY (workflow_id, workflow_version) REFERENCES workflow_versions (workflow_id, version)
);
-- only unfinished runs are candidates for claiming, so this index stays small
CREATE INDEX workflow_runs_claimable ON workflow_runs (status, created_at) WHERE status IN ('queued', 'running');
CREATE INDEX workflow_runs_listing ON workflow_runs (organization_id, created_at DESC, id DESC);
CREATE INDEX workflow_runs_by_workflow ON workflow_runs (workflow_id, created_at DESC, id DESC);
CREATE INDEX workflow_runs_by_case ON workflow_runs (case_id, created_at DESC, id DESC);

-- The primary key is the last guard against doing a step twice: a second result for it cannot be stored.
-- seq keeps the order in which results were recorded.
CREATE TABLE workflow_run_steps (
    run_id        text COLLATE "C" NOT NULL REFERENCES workflow_runs (id),
    step_id       text        NOT NULL,
    seq           bigint      GENERATED ALWAYS AS IDENTITY,
    type          text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('succeeded', 'failed', 'skipped')),
    error_code    text,
    error_message text,
    output        jsonb       NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL,
    PRIMARY KEY (run_id, step_id)
);
