-- Follow-up questions both ways, and notices to the victim (the contact-point loop).
--
-- One table holds a thread's messages and the outbox that carries them:
--   kind = 'question': a recipient's question to the victim (through the signed link page or the signed
--          webhook callback); never sent anywhere, shown on the victim's status page. `state` is NULL.
--   kind = 'answer':   the victim's answer to one question (`question_id`), sent back to that recipient on its
--          own channel with the delivery guarantees of reports (lease, retries, idempotency key = `id`).
--   kind = 'notice':   an e-mail to a victim who opted in ("there is news about your report"), no content.
-- `id` is the idempotency key (a hash; see `followups.rs`). Timestamps are RFC 3339 UTC text with milliseconds.
CREATE TABLE followups (
    id               TEXT PRIMARY KEY NOT NULL,
    job_id           TEXT NOT NULL REFERENCES delivery_jobs (id),
    reference        TEXT NOT NULL,
    kind             TEXT NOT NULL,          -- question | answer | notice
    question_id      TEXT,                   -- answer: the question it answers
    body             TEXT,                   -- question or answer text (plain text); NULL for a notice
    via              TEXT NOT NULL,          -- question: link | webhook; answer: status-page | api; notice: update | question
    state            TEXT,                   -- answer, notice: queued | sent | failed
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    locked_until     TEXT,
    claimed_by       TEXT,
    transport        TEXT,
    wait_reason      TEXT,
    last_error       TEXT,
    sent_at          TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX followups_thread ON followups (reference, created_at);
CREATE INDEX followups_due ON followups (state, next_attempt_at);
-- one answer per question: a second, different answer is refused, the same one again is a no-op
CREATE UNIQUE INDEX followups_one_answer ON followups (question_id) WHERE kind = 'answer';
