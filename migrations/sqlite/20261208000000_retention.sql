-- Retention and withdrawal (issue 19). A report's personal fields (description, contact details, evidence list,
-- amount, and the recipients' and victim's free text in delivery_updates.message and followups.body) are purged
-- a configurable time after every recipient finished with it, after a maximum age in any case, or at once when
-- the victim withdraws it (src/server/reports/retention.rs). The row stays, without them, for the statistics.
ALTER TABLE reports ADD COLUMN purged_at TEXT;        -- RFC 3339 UTC; NULL while the personal fields are kept
ALTER TABLE reports ADD COLUMN purge_reason TEXT;     -- retention | max-age | withdrawn
ALTER TABLE reports ADD COLUMN withdrawn_at TEXT;     -- RFC 3339 UTC; the victim withdrew the report

CREATE INDEX reports_unpurged ON reports (created_at) WHERE purged_at IS NULL;
