"""Vault tables owned by the feed client (applied by outreach.vault.migrations).

``feed`` holds each feed a worker trusts. ``trusted_root`` is the root metadata the trust
starts from: first the invite's, later the newest root the client verified, so trust never
depends on the (unprotected) metadata cache. For the same reason ``timestamp_version`` and
``snapshot_version`` keep the highest versions ever verified (step 2): with the cache deleted,
an older but still valid feed is refused as a rollback. Steps are never edited once committed.
"""

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE feed (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    trusted_root BLOB NOT NULL,
    added_at TEXT NOT NULL,
    last_checked_at TEXT,
    last_verified_at TEXT,
    last_error TEXT
);
""",
    ),
    (
        2,
        """
ALTER TABLE feed ADD COLUMN timestamp_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feed ADD COLUMN snapshot_version INTEGER NOT NULL DEFAULT 0;
""",
    ),
]
