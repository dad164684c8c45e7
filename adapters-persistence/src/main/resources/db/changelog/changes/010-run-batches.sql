--liquibase formatted sql

--changeset casework:010-run-batches
-- A batch claims each organization's oldest claimable runs: found by skipping through this index from one
-- organization to the next, then read in order within each.
CREATE INDEX workflow_runs_claimable_by_organization ON workflow_runs (organization_id, created_at, id)
    WHERE status IN ('queued', 'running');
