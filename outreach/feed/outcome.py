"""What a sync did: a status and a message written for people.

Offline is normal (``OFFLINE``); an expired feed keeps the current directory and warns
(``FROZEN``); anything that fails verification is ``REJECTED``. In every case but
``UPDATED`` the directory in the vault is exactly as it was.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from tuf.api import exceptions as tuf_exc

from outreach.changes import DIRECTORY, FEEDS, Changes
from outreach.errors import FeedError, PackRejected


class SyncStatus(enum.Enum):
    """The outcome of one sync of one feed."""

    UPDATED = "updated"
    UP_TO_DATE = "up-to-date"
    OFFLINE = "offline"
    FROZEN = "frozen"
    REJECTED = "rejected"


@dataclass(frozen=True)
class SyncResult:
    """What a sync did. ``message`` is written for the user and never holds secrets."""

    status: SyncStatus
    message: str
    previous_version: int | None = None
    version: int | None = None
    used_delta: bool = False
    bytes_downloaded: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def ok(self) -> bool:
        return self.status in (SyncStatus.UPDATED, SyncStatus.UP_TO_DATE)

    @property
    def changes(self) -> Changes:
        """A sync always records its check on the feed; only an update changes the directory."""
        return DIRECTORY | FEEDS if self.status is SyncStatus.UPDATED else FEEDS


def classify_failure(exc: BaseException, feed_name: str) -> SyncResult:
    """Turn a TUF, transport or pack error into a result the user can act on.

    Anything else (a bug) is raised again.
    """
    where = f"the feed {feed_name!r}"
    if isinstance(exc, tuf_exc.ExpiredMetadataError):
        return SyncResult(
            SyncStatus.FROZEN,
            f"The signatures of {where} have expired, so it cannot be verified now; the "
            "current directory is kept. Tell the feed's coordinator if this lasts.",
        )
    if isinstance(exc, tuf_exc.DownloadLengthMismatchError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} sent more data than it signed for; the download was "
            "refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.DownloadHTTPError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where}: the server answered HTTP {exc.status_code}. "
            "Nothing changed; try again later.",
        )
    if isinstance(exc, tuf_exc.SlowRetrievalError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where}: the server stopped responding. Nothing changed.",
        )
    if isinstance(exc, tuf_exc.DownloadError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where} (no connection, or the download was cut off). "
            "Nothing changed; the current directory stays in use.",
        )
    if isinstance(exc, tuf_exc.BadVersionNumberError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} offered older metadata than already seen (a rollback); "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.UnsignedMetadataError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} sent metadata that is not signed by its trusted keys; "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.LengthOrHashMismatchError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"A file from {where} does not match its signed hash (tampered or damaged); "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.RepositoryError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} failed verification ({type(exc).__name__}); nothing changed.",
        )
    if isinstance(exc, PackRejected | FeedError):
        return SyncResult(SyncStatus.REJECTED, f"{exc} Nothing changed.")
    raise exc
