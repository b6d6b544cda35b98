"""The vault table that remembers which resource pack is installed.

``pack_state`` holds at most one row (``id = 1``). Keeping the installed version inside the
encrypted vault, not only in the TUF metadata cache, is what makes rollback protection survive
a lost or wiped cache: an older pack is refused against this row. ``starter`` marks the bundled
starter pack, which any feed pack replaces whatever its version.

Never edit a step once committed; add a new one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE pack_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT,
    source TEXT,
    version INTEGER,
    kind TEXT,
    content_sha256 TEXT,
    created TEXT,
    applied_at TEXT,
    verified_at TEXT,
    starter INTEGER NOT NULL DEFAULT 0
);
""",
    ),
]
