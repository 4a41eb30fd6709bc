-- The typed report (issue 10): when the incident started, as RFC 3339 UTC (converted once from the victim's
-- local time), and the routing answer computed when the report was received (JSON), so the receipt, the status
-- page and the delivery payload never parse or route again. Older rows keep NULL and are routed as before.
ALTER TABLE reports ADD COLUMN started_at TEXT;
ALTER TABLE reports ADD COLUMN routing_json TEXT;
