-- Rows the baseline transactions refer to through foreign keys, in a database migrated by `casework.jar db migrate`.
INSERT INTO organizations (id, name, plan, created_at) VALUES ('org_pgbench', 'pgbench', 'enterprise', now());
INSERT INTO staff_members (id, organization_id, email, email_normalized, name, status, availability, created_at, version)
VALUES ('stf_pgbench1', 'org_pgbench', 'm1@example.com', 'm1@example.com', 'Member 1', 'active', 'available', now(), 1),
       ('stf_pgbench2', 'org_pgbench', 'm2@example.com', 'm2@example.com', 'Member 2', 'active', 'available', now(), 1),
       ('stf_pgbench3', 'org_pgbench', 'm3@example.com', 'm3@example.com', 'Member 3', 'active', 'available', now(), 1);
INSERT INTO teams (id, organization_id, name, created_at, version) VALUES ('team_pgbench', 'org_pgbench', 'team', now(), 1);
INSERT INTO team_members (organization_id, team_id, position, staff_member_id)
VALUES ('org_pgbench', 'team_pgbench', 0, 'stf_pgbench1'), ('org_pgbench', 'team_pgbench', 1, 'stf_pgbench2'),
       ('org_pgbench', 'team_pgbench', 2, 'stf_pgbench3');
INSERT INTO workflows (id, organization_id, name, status, draft_trigger, draft_steps, published_version,
                       published_trigger_event, published_case_types, created_at, updated_at, version)
VALUES ('wfl_pgbench', 'org_pgbench', 'rr', 'published', '{"event":"case.created","case_types":["bench"]}', '[]', 1,
        'case.created', ARRAY['bench'], now(), now(), 2);
INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, steps, published_at)
VALUES ('wfl_pgbench', 1, 'org_pgbench', 'rr', '{"event":"case.created","case_types":["bench"]}', '[]', now());
