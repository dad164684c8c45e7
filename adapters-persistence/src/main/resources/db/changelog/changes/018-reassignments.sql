--liquibase formatted sql

--changeset casework:018-reassignments
-- What happens to the open cases of a member who becomes unavailable: none, team_queue or rerun; and how long an
-- out-of-office window must be (more than this many hours) before its start moves them.
ALTER TABLE organizations ADD COLUMN reassign_on_unavailable text NOT NULL DEFAULT 'none'
    CHECK (reassign_on_unavailable IN ('none', 'team_queue', 'rerun'));
ALTER TABLE organizations ADD COLUMN reassign_after_hours integer NOT NULL DEFAULT 24
    CHECK (reassign_after_hours BETWEEN 0 AND 8760);

-- One job per member who became unavailable, written in the transaction of the change that made them so. Workers
-- claim due pending jobs (FOR UPDATE SKIP LOCKED) and move a batch of cases per transaction, appending the moved
-- cases here in it; the last transaction queues the one digest email and closes the job. A job of an
-- out-of-office window is due when the window starts; replacing the windows cancels the member's pending ones.
CREATE TABLE reassignments (
    id              text COLLATE "C" PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organizations (id),
    staff_member_id text        NOT NULL REFERENCES staff_members (id),
    reason          text        NOT NULL CHECK (reason IN ('deactivated', 'away', 'out_of_office')),
    -- for out_of_office: the window, so that the worker checks the member is still out at due time
    window_ends_at  timestamptz,
    status          text        NOT NULL CHECK (status IN ('pending', 'done', 'cancelled')),
    moved_case_ids  text[]      NOT NULL DEFAULT '{}',
    due_at          timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    finished_at     timestamptz
);
CREATE INDEX reassignments_due ON reassignments (due_at) WHERE status = 'pending';
CREATE INDEX reassignments_by_member ON reassignments (staff_member_id) WHERE status = 'pending';

-- The digest telling a member which of their cases moved is about many cases, so about none of them.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('assigned', 'unassigned', 'sign_in', 'sla_breached', 'reassigned')
        AND (kind IN ('sign_in', 'reassigned')) = (case_id IS NULL));
