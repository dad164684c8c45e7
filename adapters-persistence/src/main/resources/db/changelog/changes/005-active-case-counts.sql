--liquibase formatted sql

--changeset casework:005-active-case-counts splitStatements:false
-- Every assignment reads the open and pending cases of its candidates while it holds their row locks. Counting
-- them in cases made each assignment cost O(open cases of the members), inside the team's lock. Keep the number
-- on the member's row instead: a trigger moves it with every change of a case's assignee or status, under the
-- member's row lock, so a reader who holds that lock sees a count no later transaction can change.
ALTER TABLE staff_members ADD COLUMN active_cases bigint NOT NULL DEFAULT 0;

UPDATE staff_members s
SET active_cases = c.active
FROM (SELECT organization_id, assignee_id, count(*) AS active FROM cases
      WHERE assignee_type = 'staff_member' AND status <> 'resolved' GROUP BY 1, 2) c
WHERE s.organization_id = c.organization_id AND s.id = c.assignee_id;

CREATE FUNCTION cases_count_active_per_member() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_active boolean := TG_OP <> 'INSERT' AND OLD.assignee_type = 'staff_member' AND OLD.status <> 'resolved';
    is_active  boolean := TG_OP <> 'DELETE' AND NEW.assignee_type = 'staff_member' AND NEW.status <> 'resolved';
BEGIN
    IF was_active AND is_active AND OLD.assignee_id = NEW.assignee_id THEN
        RETURN NULL;
    END IF;
    IF was_active THEN
        UPDATE staff_members SET active_cases = active_cases - 1
        WHERE organization_id = OLD.organization_id AND id = OLD.assignee_id;
    END IF;
    IF is_active THEN
        UPDATE staff_members SET active_cases = active_cases + 1
        WHERE organization_id = NEW.organization_id AND id = NEW.assignee_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_count_active_per_member
AFTER INSERT OR DELETE OR UPDATE OF assignee_type, assignee_id, status ON cases
FOR EACH ROW EXECUTE FUNCTION cases_count_active_per_member();
