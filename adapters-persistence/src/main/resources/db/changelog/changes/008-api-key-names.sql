--liquibase formatted sql

--changeset casework:008-api-key-names
-- Organizations manage their keys: a name to tell them apart, when each was last used (written at most once a
-- minute), and revocation, which keeps the key listed.
ALTER TABLE api_keys ADD COLUMN name text;
UPDATE api_keys SET name = 'First key';
ALTER TABLE api_keys ALTER COLUMN name SET NOT NULL;
ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz;
ALTER TABLE api_keys ADD COLUMN revoked_at timestamptz;
DROP INDEX api_keys_organization;
CREATE INDEX api_keys_organization ON api_keys (organization_id, created_at DESC, id DESC);
