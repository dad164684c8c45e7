--liquibase formatted sql

--changeset casework:011-case-filters-and-resolutions
-- GET /v1/cases?priority= and ?subject.reference_id=, read newest first like the other filters. A case without
-- a reference id is never looked up by one.
CREATE INDEX cases_by_priority ON cases (organization_id, priority, created_at DESC, id DESC);
CREATE INDEX cases_by_reference_id ON cases (organization_id, (subject ->> 'reference_id'), created_at DESC, id DESC)
    WHERE subject ->> 'reference_id' IS NOT NULL;

-- An event that resolves a case is case.resolved and one that moves a resolved case back is case.reopened; the
-- versions before stored both as case.updated. Retype them, so a timeline reads the same whenever it was written.
UPDATE case_events SET type = 'case.resolved'
WHERE type = 'case.updated' AND data -> 'changes' -> 'status' ->> 'to' = 'resolved';
UPDATE case_events SET type = 'case.reopened'
WHERE type = 'case.updated' AND data -> 'changes' -> 'status' ->> 'from' = 'resolved';

-- When a case was last resolved, null unless it is resolved: the time of its last case.resolved event. Every case
-- is created open, so a resolved one has one; should one not, its last change stands in, so the check holds.
ALTER TABLE cases ADD COLUMN resolved_at timestamptz;
UPDATE cases c
SET resolved_at = e.created_at
FROM (SELECT DISTINCT ON (case_id) case_id, created_at FROM case_events
      WHERE type = 'case.resolved' ORDER BY case_id, seq DESC) e
WHERE c.status = 'resolved' AND c.id = e.case_id;
UPDATE cases SET resolved_at = updated_at WHERE status = 'resolved' AND resolved_at IS NULL;
ALTER TABLE cases ADD CONSTRAINT cases_resolved_at_when_resolved
    CHECK ((status = 'resolved') = (resolved_at IS NOT NULL));
