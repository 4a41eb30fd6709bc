-- Incident reports and their recipients. Text is stored as typed; timestamps are RFC 3339 UTC text.
CREATE TABLE reports (
    reference      TEXT PRIMARY KEY NOT NULL,
    form_key_hash  TEXT NOT NULL UNIQUE,
    token_hash     TEXT NOT NULL,
    lang           TEXT NOT NULL,
    country        TEXT NOT NULL,
    victim         TEXT NOT NULL,
    incident       TEXT NOT NULL,
    rsit           TEXT NOT NULL,
    input_json     TEXT NOT NULL,
    aware_at       TEXT,
    created_at     TEXT NOT NULL
);

CREATE TABLE report_recipients (
    reference      TEXT NOT NULL REFERENCES reports (reference),
    position       INTEGER NOT NULL,
    step_key       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    contact_id     TEXT,
    consented      INTEGER NOT NULL,
    state          TEXT NOT NULL,
    deadline_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (reference, position)
);
