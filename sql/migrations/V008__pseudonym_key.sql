-- The fingerprint of the pseudonym key that made this warehouse's pseudonyms: HMAC-SHA256 of a
-- fixed label under the key, never the key itself. Recorded by the first load; a load with another
-- key stops before reading any file (it would give every employee a second pseudonym).
CREATE TABLE IF NOT EXISTS meta.pseudonym_key (
    fingerprint  VARCHAR   NOT NULL,
    recorded_at  TIMESTAMP NOT NULL
);
