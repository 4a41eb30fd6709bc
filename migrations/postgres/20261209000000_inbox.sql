-- The contact-point inbox (issue 19): accounts of people at a contact point, one-time sign-in links, server-side
-- sessions, and an append-only audit log. Timestamps are RFC 3339 UTC text with milliseconds.
CREATE TABLE inbox_accounts (
    id              TEXT PRIMARY KEY NOT NULL,   -- 32 hex digits, random
    contact_id      TEXT NOT NULL,               -- the directory's contact point this person works for
    email           TEXT NOT NULL UNIQUE,        -- lowercase
    password_hash   TEXT,                        -- Argon2id PHC string; NULL until the person sets one
    totp_secret     TEXT,                        -- base32 (RFC 4648); NULL until an authenticator is set up
    totp_last_step  INTEGER NOT NULL DEFAULT 0,  -- the last accepted TOTP time step: a code works once
    failed_signins  INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,                        -- after repeated failed sign-ins
    created_at      TEXT NOT NULL,
    revoked_at      TEXT                         -- revoked: no sign-in, sessions end at once
);
CREATE INDEX inbox_accounts_contact ON inbox_accounts (contact_id);

-- One-time sign-in links (an invitation or an e-mailed link): only the SHA-256 of the token is stored.
CREATE TABLE inbox_links (
    token_hash  TEXT PRIMARY KEY NOT NULL,
    account_id  TEXT NOT NULL REFERENCES inbox_accounts (id),
    purpose     TEXT NOT NULL,                   -- invite | signin
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    created_at  TEXT NOT NULL
);

-- Server-side sessions (tower-sessions records): only the SHA-256 of the session id is stored.
CREATE TABLE inbox_sessions (
    id_hash     TEXT PRIMARY KEY NOT NULL,
    account_id  TEXT,                            -- set once signed in
    data        TEXT NOT NULL,                   -- JSON
    expires_at  TEXT NOT NULL
);
CREATE INDEX inbox_sessions_account ON inbox_sessions (account_id);

-- Every view, export and action in the inbox, and every refused attempt. Append-only: updates and deletes fail.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TEXT NOT NULL,
    account_id  TEXT,
    email       TEXT,
    contact_id  TEXT,
    action      TEXT NOT NULL,
    target      TEXT,
    outcome     TEXT NOT NULL,                   -- ok | denied | failed
    address     TEXT                             -- the client's IP address
);
CREATE INDEX audit_log_contact ON audit_log (contact_id, id);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
