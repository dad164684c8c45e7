--liquibase formatted sql

--changeset casework:012-archived-workflows
-- An archived workflow never runs again; it keeps its versions and runs.
ALTER TABLE workflows DROP CONSTRAINT workflows_status_check;
ALTER TABLE workflows ADD CONSTRAINT workflows_status_check
    CHECK (status IN ('draft', 'published', 'unpublished', 'archived'));
