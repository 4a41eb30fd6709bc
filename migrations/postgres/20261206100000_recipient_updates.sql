-- Recipient updates (the contact-point loop): what a recipient tells the victim about one delivery, through the
-- signed e-mail link, the signed webhook callback `POST /api/v1/deliveries/{id}/status`, or a ticketing system's
-- answer (RT ticket id, MISP event id, TheHive alert id). Append-only; `id` makes every update idempotent (the
-- sender's update id, else a hash of job and body). Timestamps are RFC 3339 UTC text with milliseconds.
CREATE TABLE delivery_updates (
    id               TEXT PRIMARY KEY NOT NULL,
    job_id           TEXT NOT NULL REFERENCES delivery_jobs (id),
    reference        TEXT NOT NULL,          -- the report's reference, for the victim's timeline
    state            TEXT NOT NULL,          -- received | in-progress | closed
    their_reference  TEXT,                   -- the recipient's own case reference
    outcome          TEXT,                   -- advice-given | case-opened | referred-elsewhere | no-action-possible
    message          TEXT,                   -- short message to the victim (plain text, at most 2000 characters)
    via              TEXT NOT NULL,          -- link | webhook | rt | misp | thehive
    created_at       TEXT NOT NULL
);

CREATE INDEX delivery_updates_report ON delivery_updates (reference, created_at);

-- The furthest state a recipient reached (0 none, 1 received, 2 in-progress, 3 closed): an update may only keep
-- or advance it, checked and set in one UPDATE so that concurrent updates cannot move it backwards.
ALTER TABLE delivery_jobs ADD COLUMN recipient_rank BIGINT NOT NULL DEFAULT 0;
