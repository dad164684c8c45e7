-- Seeds :n cases into the bench organization, straight into the table (far faster than the API), shaped like the
-- ones the server writes: spread evenly over the three members, created over the past year (older than the
-- load's cases), :resolved_per_mille of them resolved, the rest open or pending. No timeline events: the list
-- endpoint does not read them.
-- psql -v org=ORG -v m1=STF -v m2=STF -v m3=STF -v n=1000000 -v resolved_per_mille=950 -f seed-cases.sql
\set ON_ERROR_STOP on
BEGIN;
-- no row triggers for a million rows (if the schema has any); whatever they maintain is recomputed below
SET LOCAL session_replication_role = replica;
INSERT INTO cases (id, organization_id, case_type, priority, subject, attributes, tags, status, resolution,
                   assignee_type, assignee_id, assigned_by_type, assigned_by_id, assigned_at, created_at, updated_at,
                   version, resolved_at)
SELECT 'case_seed' || lpad(g::text, 10, '0'), :'org', 'seeded', (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g % 4],
       jsonb_build_object('reference_id', 'user-' || g, 'name', 'Seeded ' || g, 'email', NULL),
       '{"country": "GB", "risk_score": 50}'::jsonb, ARRAY['seed'],
       CASE WHEN g % 1000 < :resolved_per_mille THEN 'resolved' WHEN g % 5 = 0 THEN 'pending' ELSE 'open' END,
       CASE WHEN g % 1000 < :resolved_per_mille THEN 'approved' END,
       'staff_member', (ARRAY[:'m1', :'m2', :'m3'])[1 + g % 3], 'api_key', 'key_seed',
       ts + interval '1 minute', ts, ts + interval '2 minutes', 3,
       CASE WHEN g % 1000 < :resolved_per_mille THEN ts + interval '2 minutes' END
FROM (SELECT g, now() - interval '366 days' + g * interval '31 seconds' AS ts FROM generate_series(1, :n) g) s;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'staff_members' AND column_name = 'active_cases') THEN
        UPDATE staff_members s SET active_cases = coalesce((SELECT count(*) FROM cases c
            WHERE c.organization_id = s.organization_id AND c.assignee_id = s.id AND c.status <> 'resolved'), 0);
    END IF;
END
$$;
COMMIT;
-- what autovacuum would have done to a table that grew over a year: statistics and the visibility map
VACUUM ANALYZE cases;
