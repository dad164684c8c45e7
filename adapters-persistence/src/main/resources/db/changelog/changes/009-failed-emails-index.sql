--liquibase formatted sql

--changeset casework:009-failed-emails-index
-- The emails given up on are counted for a metric every few seconds; they are few among millions sent.
CREATE INDEX notifications_failed ON notifications (created_at) WHERE status = 'failed';
