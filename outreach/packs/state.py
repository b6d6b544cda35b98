"""Reading and writing the installed-pack row (see :mod:`outreach.packs.schema`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from outreach.clock import iso_utc, parse_moment
from outreach.packs.format import PackManifest
from outreach.vault.db import Connection

_COLUMNS = ("name", "source", "version", "kind", "created", "applied_at", "verified_at", "starter")


def applied_version(conn: Connection) -> int | None:
    """The version of the installed feed pack, or ``None`` when none was ever applied.

    The bundled starter pack does not count: it belongs to no feed, so a feed must send its
    full pack whatever version the starter carries (see :func:`pack_state` for the starter).
    """
    row = conn.execute("SELECT version, starter FROM pack_state WHERE id = 1").fetchone()
    if row is None or row[0] is None or row[1]:
        return None
    return int(row[0])


@dataclass(frozen=True)
class InstalledPack:
    """The installed pack (all ``None`` when nothing was ever applied), times as aware UTC."""

    name: str | None = None
    source: str | None = None
    version: int | None = None
    kind: str | None = None
    #: When the coordinator built the pack (the starter's age is this, not when it was loaded).
    created: datetime | None = None
    applied_at: datetime | None = None
    #: The last successful check against the feed's signed metadata.
    verified_at: datetime | None = None
    starter: bool = False

    @property
    def last_confirmed(self) -> datetime | None:
        """When the directory was last known to be current: verified, else applied."""
        return self.verified_at or self.applied_at


def pack_state(conn: Connection) -> InstalledPack:
    """What is installed (see :class:`InstalledPack`)."""
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM pack_state WHERE id = 1").fetchone()
    if row is None:
        return InstalledPack()
    name, source, version, kind, created, applied_at, verified_at, starter = row
    return InstalledPack(
        name=name,
        source=source,
        version=None if version is None else int(version),
        kind=kind,
        created=parse_moment(created),
        applied_at=parse_moment(applied_at),
        verified_at=parse_moment(verified_at),
        starter=bool(starter),
    )


def mark_verified(conn: Connection, at: datetime) -> None:
    """Record that the feed was verified at ``at`` (after each successful TUF refresh).

    Works whether or not a pack is installed yet; ``at`` must be timezone-aware.
    """
    if at.tzinfo is None:
        raise ValueError("mark_verified needs a timezone-aware datetime")
    conn.execute(
        "INSERT INTO pack_state (id, verified_at) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET verified_at = excluded.verified_at",
        (iso_utc(at),),
    )


def record_applied(
    conn: Connection, manifest: PackManifest, *, starter: bool, now: datetime
) -> None:
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
            iso_utc(now),
            int(starter),
        ),
    )
