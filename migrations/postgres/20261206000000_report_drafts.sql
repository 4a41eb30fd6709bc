-- The report form's previews, so that it can answer POST-redirect-GET (back and reload never resubmit).
-- Each row is sealed (ChaCha20-Poly1305) with a key that exists only in the victim's URL: the server cannot read
-- a draft without the link, and deletes it 2 hours after the last preview (src/server/reports/draft.rs).
CREATE TABLE report_drafts (
    id         TEXT PRIMARY KEY,
    sealed     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX report_drafts_expiry ON report_drafts (expires_at);
