--liquibase formatted sql

--changeset casework:006-staff-roles
-- Admins manage workflows, staff, teams and keys; reviewers see and work cases. Every member hired before roles
-- existed is a reviewer: an operator makes the admins.
ALTER TABLE staff_members ADD COLUMN role text NOT NULL DEFAULT 'reviewer' CHECK (role IN ('admin', 'reviewer'));
