"""Reading and writing the installed-pack row (see :mod:`outreach.packs.schema`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from outreach.packs.format import PackManifest

_COLUMNS = ("name", "source", "version", "kind", "created", "applied_at", "verified_at", "starter")


def applied_version(conn: Any) -> int | None:
    """The version of the installed feed pack, or ``None`` when none was ever applied.

    The bundled starter pack does not count: it belongs to no feed, so a feed must send its
    full pack whatever version the starter carries (see :func:`pack_state` for the starter).
    """
    row = conn.execute("SELECT version, starter FROM pack_state WHERE id = 1").fetchone()
    if row is None or row[0] is None or row[1]:
        return None
    return int(row[0])


def pack_state(conn: Any) -> dict[str, Any]:
    """What is installed: ``name``, ``source``, ``version``, ``kind``, ``created``,
    ``applied_at``, ``verified_at`` (ISO UTC strings or ``None``) and ``starter`` (bool)."""
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM pack_state WHERE id = 1").fetchone()
    if row is None:
        return {column: None for column in _COLUMNS} | {"starter": False}
    state = dict(zip(_COLUMNS, row, strict=True))
    state["starter"] = bool(state["starter"])
    return state


def mark_verified(conn: Any, at: datetime) -> None:
    """Record that the feed was verified at ``at`` (after each successful TUF refresh).

    Works whether or not a pack is installed yet; ``at`` must be timezone-aware.
    """
    if at.tzinfo is None:
        raise ValueError("mark_verified needs a timezone-aware datetime")
    conn.execute(
        "INSERT INTO pack_state (id, verified_at) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET verified_at = excluded.verified_at",
        (_iso(at),),
    )


def record_applied(conn: Any, manifest: PackManifest, *, starter: bool, now: datetime) -> None:
    """Store ``manifest`` as the installed pack (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO pack_state (id, name, source, version, kind, content_sha256, created,"
        " applied_at, starter) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, source = excluded.source,"
        " version = excluded.version, kind = excluded.kind,"
        " content_sha256 = excluded.content_sha256, created = excluded.created,"
        " applied_at = excluded.applied_at, starter = excluded.starter",
        (
            manifest.name,
            manifest.source,
            manifest.version,
            manifest.kind,
            manifest.content_sha256,
            manifest.created,
            _iso(now),
            int(starter),
        ),
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
