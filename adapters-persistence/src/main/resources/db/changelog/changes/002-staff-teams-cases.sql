--liquibase formatted sql

--changeset casework:002-staff-teams-cases
-- Every table carries organization_id and every query filters by it. Lists are read newest first by keyset
-- over (created_at, id), so each listed table has an index in that order behind organization_id.
-- Enumerations are stored as their lower-case API names; the checks keep the partial indexes' predicates honest.

CREATE TABLE staff_members (
    id               text        PRIMARY KEY,
    organization_id  text        NOT NULL REFERENCES organizations (id),
    email            text        NOT NULL,
    email_normalized text        NOT NULL,
    name             text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('active', 'deactivated')),
    availability     text        NOT NULL CHECK (availability IN ('available', 'away')),
    max_active_cases integer     CHECK (max_active_cases >= 1),
    last_assigned_at timestamptz,
    created_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CONSTRAINT staff_members_email_unique UNIQUE (organization_id, email_normalized),
    -- the target of team_members' foreign key, which keeps a team to members of its own organization
    CONSTRAINT staff_members_organization_id_unique UNIQUE (organization_id, id)
);
CREATE INDEX staff_members_page ON staff_members (organization_id, created_at DESC, id DESC);

CREATE TABLE teams (
    id                      text        PRIMARY KEY,
    organization_id         text        NOT NULL REFERENCES organizations (id),
    name                    text        NOT NULL,
    -- the member the round robin picked last; not part of the team's version, which clients see as its ETag
    rotation_last_member_id text,
    created_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL,
    CONSTRAINT teams_organization_id_unique UNIQUE (organization_id, id)
);
CREATE INDEX teams_page ON teams (organization_id, created_at DESC, id DESC);

-- position is the rotation order
CREATE TABLE team_members (
    organization_id text    NOT NULL,
    team_id         text    NOT NULL,
    position        integer NOT NULL,
    staff_member_id text    NOT NULL,
    PRIMARY KEY (team_id, position),
    CONSTRAINT team_members_once UNIQUE (team_id, staff_member_id),
    FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id),
    FOREIGN KEY (organization_id, staff_member_id) REFERENCES staff_members (organization_id, id)
);

CREATE TABLE cases (
    id               text        PRIMARY KEY,
    organization_id  text        NOT NULL REFERENCES organizations (id),
    case_type        text        NOT NULL,
    priority         text        NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    subject          jsonb,
    attributes       jsonb       NOT NULL,
    tags             text[]      NOT NULL,
    status           text        NOT NULL CHECK (status IN ('open', 'pending', 'resolved')),
    resolution       text        CHECK (resolution IS NULL OR status = 'resolved'),
    assignee_type    text        CHECK (assignee_type IN ('staff_member', 'team')),
    assignee_id      text,
    assigned_by_type text,
    assigned_by_id   text,
    assigned_at      timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CONSTRAINT cases_assignment_whole
        CHECK (num_nulls(assignee_type, assignee_id, assigned_by_type, assigned_by_id, assigned_at) IN (0, 5))
);
CREATE INDEX cases_page ON cases (organization_id, created_at DESC, id DESC);
-- GET /v1/cases?assignee_id=: unassigned cases, often most of them, are never looked up by assignee
CREATE INDEX cases_by_assignee ON cases (organization_id, assignee_id, created_at DESC, id DESC)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX cases_by_status ON cases (organization_id, status, created_at DESC, id DESC);
CREATE INDEX cases_by_type ON cases (organization_id, case_type, created_at DESC, id DESC);
-- every assignment counts the open and pending cases of its candidates
CREATE INDEX cases_active_by_assignee ON cases (organization_id, assignee_id) WHERE status <> 'resolved';

CREATE TABLE case_events (
    id              text        PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organizations (id),
    case_id         text        NOT NULL REFERENCES cases (id),
    -- append order; a case's events are appended under its row lock, so this is also commit order
    seq             bigserial   NOT NULL,
    type            text        NOT NULL,
    actor_type      text        NOT NULL,
    actor_id        text        NOT NULL,
    data            jsonb       NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX case_events_timeline ON case_events (organization_id, case_id, seq);

CREATE TABLE notifications (
    id              text        PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organizations (id),
    case_id         text        NOT NULL REFERENCES cases (id),
    staff_member_id text        NOT NULL REFERENCES staff_members (id),
    recipient_email text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('assigned', 'unassigned')),
    -- the whole email as it was when the change happened, so a later send renders what was true then
    email           jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        integer     NOT NULL,
    last_error      text,
    -- when a sender may take it next: at creation, after a failed attempt, or when a sender's lease runs out
    due_at          timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX notifications_page ON notifications (organization_id, created_at DESC, id DESC);
CREATE INDEX notifications_by_case ON notifications (organization_id, case_id, created_at DESC, id DESC);
CREATE INDEX notifications_by_status ON notifications (organization_id, status, created_at DESC, id DESC);
CREATE INDEX notifications_due ON notifications (due_at) WHERE status = 'pending';
