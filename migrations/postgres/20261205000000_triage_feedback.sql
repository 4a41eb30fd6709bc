-- "None of these fit" in the guided diagnosis: one row per submission, no personal data. The free text is kept
-- 90 days (set to NULL afterwards, see src/server/triage_feedback.rs); counts per node and language remain.
CREATE TABLE triage_feedback (
    id         BIGSERIAL PRIMARY KEY,
    node       TEXT NOT NULL,
    lang       TEXT NOT NULL,
    text       TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX triage_feedback_node ON triage_feedback (node, lang);
