--liquibase formatted sql

--changeset casework:019-failed-webhooks-index
-- The webhook deliveries given up on are counted for a metric every few seconds, like the failed emails (009).
CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (created_at) WHERE status = 'failed';
