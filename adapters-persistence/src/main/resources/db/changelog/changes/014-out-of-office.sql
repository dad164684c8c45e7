--liquibase formatted sql

--changeset casework:014-out-of-office
-- A member's out-of-office windows, [{"starts_at": "...", "ends_at": "...", "note": "..." | null}] in start order
-- (at most 50), live in the member's own row: every query that locks members for an assignment reads them with no
-- join, and the assigner compares them with its clock's instant, so nothing has to run when a window opens.
ALTER TABLE staff_members ADD COLUMN out_of_office jsonb NOT NULL DEFAULT '[]';
