--liquibase formatted sql

--changeset casework:017-slas
-- An organization's SLA policies; a case reads them once when it is created and when its priority changes.
CREATE TABLE sla_policies (
    id                     text        PRIMARY KEY,
    organization_id        text        NOT NULL REFERENCES organizations (id),
    position               integer     NOT NULL,
    case_types             text[],
    priority               text        CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_minutes integer     CHECK (first_response_minutes >= 1),
    resolution_minutes     integer     NOT NULL CHECK (resolution_minutes >= 1),
    UNIQUE (organization_id, position)
);

-- A case's SLA: the policy that applies, its deadlines and those breached. sla_due_at is the durable timer: the
-- next deadline that can still pass unmet (assign-by while unassigned, resolve-by while open or pending), written
-- with the case in every transaction that changes it, so resolving or assigning in time disarms it at once.
ALTER TABLE cases ADD COLUMN sla_policy text;
ALTER TABLE cases ADD COLUMN sla_assign_by timestamptz;
ALTER TABLE cases ADD COLUMN sla_resolve_by timestamptz;
ALTER TABLE cases ADD COLUMN sla_breached text[] NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN sla_due_at timestamptz;
ALTER TABLE cases ADD CONSTRAINT cases_sla_check
    CHECK ((sla_policy IS NULL) = (sla_resolve_by IS NULL) AND (sla_due_at IS NULL OR sla_policy IS NOT NULL));
-- the breach loop claims due cases of every organization, earliest first; cases without a pending deadline are
-- not in it, so it costs nothing while no policy is set
CREATE INDEX cases_sla_due ON cases (sla_due_at) WHERE sla_due_at IS NOT NULL;
-- GET /v1/cases?sla=due_within_minutes:N and ?sla=breached
CREATE INDEX cases_sla_due_by_organization ON cases (organization_id, sla_due_at) WHERE sla_due_at IS NOT NULL;
CREATE INDEX cases_sla_breached ON cases (organization_id, created_at DESC, id DESC) WHERE sla_breached <> '{}';

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('assigned', 'unassigned', 'sign_in', 'sla_breached') AND (kind = 'sign_in') = (case_id IS NULL));
