"""Vault tables owned by the feed client (applied by outreach.vault.migrations).

``feed`` holds each feed a worker trusts. ``trusted_root`` is the root metadata the trust
starts from: first the invite's, later the newest root the client verified, so trust never
depends on the (unprotected) metadata cache. Steps are never edited once committed.
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
]
