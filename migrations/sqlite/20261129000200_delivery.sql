-- Delivery outbox: one job per consented recipient with a contact point, written in the same transaction as the
-- report. `id` is the job's idempotency key (sent with every attempt, so receivers can drop duplicates).
-- Timestamps are RFC 3339 UTC text with milliseconds (`2026-11-29T14:05:00.123Z`), compared as text.
CREATE TABLE delivery_jobs (
    id               TEXT PRIMARY KEY NOT NULL,
    reference        TEXT NOT NULL REFERENCES reports (reference),
    position         INTEGER NOT NULL,
    contact_id       TEXT NOT NULL,
    state            TEXT NOT NULL,          -- queued | sent | acknowledged | failed
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    locked_until     TEXT,                   -- lease of the worker that claimed it
    claimed_by       TEXT,
    transport        TEXT,                   -- email | webhook | file | memory, once known
    wait_reason      TEXT,                   -- why a queued job is not being sent (no-smtp, no-channel)
    last_error       TEXT,
    sent_at          TEXT,
    acknowledged_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (reference, position)
);

CREATE INDEX delivery_jobs_due ON delivery_jobs (state, next_attempt_at);
