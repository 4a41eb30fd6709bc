-- Key-value facts about this database (schema notes, instance id). Timestamps are RFC 3339 UTC text.
CREATE TABLE meta (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
