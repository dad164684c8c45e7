--liquibase formatted sql

--changeset casework:007-sign-in
-- Sign-in emails go through the same outbox as case emails, in the transaction that makes the link; they are about
-- no case.
ALTER TABLE notifications ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('assigned', 'unassigned', 'sign_in') AND (kind = 'sign_in') = (case_id IS NULL));

-- One-time links; only the SHA-256 of the token is kept, so a copy of the table signs nobody in. Rows stay after use
-- or expiry: they are what the limit of links per address counts.
CREATE TABLE sign_in_links (
    token_hash       text        PRIMARY KEY,
    organization_id  text        NOT NULL,
    staff_member_id  text        NOT NULL,
    email_normalized text        NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    used_at          timestamptz,
    FOREIGN KEY (organization_id, staff_member_id) REFERENCES staff_members (organization_id, id)
);
CREATE INDEX sign_in_links_by_address ON sign_in_links (email_normalized, created_at);

-- Server-side sessions, shared by every server process; only the SHA-256 of the cookie's value is kept.
CREATE TABLE sessions (
    id_hash         text        PRIMARY KEY,
    organization_id text        NOT NULL,
    staff_member_id text        NOT NULL,
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL,
    FOREIGN KEY (organization_id, staff_member_id) REFERENCES staff_members (organization_id, id)
);
