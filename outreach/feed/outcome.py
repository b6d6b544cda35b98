"""What a sync did: a status and a reason as codes, worded by the GUI and the CLI.

Offline is normal (``OFFLINE``); an expired feed keeps the current directory and warns
(``FROZEN``); anything that fails verification is ``REJECTED``. In every case but
``UPDATED`` the directory in the vault is exactly as it was.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass

from tuf.api import exceptions as tuf_exc

from outreach.changes import DIRECTORY, FEEDS, Changes
from outreach.errors import FeedError, PackRejected, UserFacingError
from outreach.packs.apply import ApplyResult


class SyncStatus(enum.Enum):
    """The outcome of one sync of one feed."""

    UPDATED = "updated"
    UP_TO_DATE = "up-to-date"
    OFFLINE = "offline"
    FROZEN = "frozen"
    REJECTED = "rejected"


class SyncReason(enum.Enum):
    """Why a sync ended as it did: the code the GUI and the CLI each word in their language.

    The value is the English wording (``%1`` the feed as ``'name'``, ``%2`` the detail), which
    the CLI prints and the GUI uses as the source text of its translations.
    """

    UPDATED = "Updated to version %3: %4 added, %5 updated, %6 removed."
    ALREADY_INSTALLED = "Version %3 is already installed; nothing changed."
    UP_TO_DATE = "The directory is up to date (version %3)."
    EXPIRED = (
        "The signatures of the feed %1 have expired, so it cannot be verified now; the "
        "current directory is kept. Tell the feed's coordinator if this lasts."
    )
    OVERSIZED = (
        "The feed %1 sent more data than it signed for; the download was refused and "
        "nothing changed."
    )
    HTTP_ERROR = (
        "Could not reach the feed %1: the server answered HTTP %2. Nothing changed; try "
        "again later."
    )
    STALLED = "Could not reach the feed %1: the server stopped responding. Nothing changed."
    UNREACHABLE = (
        "Could not reach the feed %1 (no connection, or the download was cut off). Nothing "
        "changed; the current directory stays in use."
    )
    ROLLBACK = (
        "The feed %1 offered older metadata than already seen (a rollback); it was refused "
        "and nothing changed."
    )
    UNSIGNED = (
        "The feed %1 sent metadata that is not signed by its trusted keys; it was refused and "
        "nothing changed."
    )
    TAMPERED = (
        "A file from the feed %1 does not match its signed hash (tampered or damaged); it was "
        "refused and nothing changed."
    )
    FAILED_VERIFICATION = "The feed %1 failed verification (%2); nothing changed."
    #: A pack or feed error with its own message for the user (``%2``).
    REFUSED = "%2 Nothing changed."
    BUNDLE_UNREADABLE = "Cannot read %2."
    #: A feed's last problem recorded as an English sentence (before problems were kept as
    #: codes): shown as it was written, ``%2``, until the next check replaces it.
    RECORDED_TEXT = "%2"


@dataclass(frozen=True)
class SyncResult:
    """What a sync did: a status, the reason as a code, and the values the wording needs.

    ``message`` is the English wording (for the command line and the feed's last error);
    the GUI words :attr:`reason` itself. Neither ever holds secrets.
    """

    status: SyncStatus
    reason: SyncReason
    feed: str = ""
    detail: str = ""
    previous_version: int | None = None
    version: int | None = None
    used_delta: bool = False
    bytes_downloaded: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    #: When ``detail`` is a coded error's English (``REFUSED``): its code, as
    #: ``"FamilyName.MEMBER"``, and its values, so the GUI can word it in its language.
    detail_code: str = ""
    detail_values: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return self.status in (SyncStatus.UPDATED, SyncStatus.UP_TO_DATE)

    @property
    def changes(self) -> Changes:
        """A sync always records its check on the feed; only an update changes the directory."""
        return DIRECTORY | FEEDS if self.status is SyncStatus.UPDATED else FEEDS

    @property
    def values(self) -> tuple[str, ...]:
        """The values for ``%1`` … ``%6`` of the wording, in that order (numbers unformatted)."""
        return (
            repr(self.feed),
            self.detail,
            "" if self.version is None else str(self.version),
            str(self.added),
            str(self.updated),
            str(self.removed),
        )

    @property
    def message(self) -> str:
        return fill(self.reason.value, self.values, number=lambda n: f"{int(n):,}")


def applied_outcome(
    applied: ApplyResult, *, feed: str = "", used_delta: bool = False, bytes_downloaded: int = 0
) -> SyncResult:
    """What applying a pack did, as an outcome: a feed's pack, a bundle and the starter pack
    are all worded the same way (by the CLI from :attr:`SyncResult.message`, by the GUI)."""
    if applied.already_installed:
        return SyncResult(
            SyncStatus.UP_TO_DATE,
            SyncReason.ALREADY_INSTALLED,
            feed=feed,
            previous_version=applied.previous_version,
            version=applied.version,
        )
    return SyncResult(
        SyncStatus.UPDATED,
        SyncReason.UPDATED,
        feed=feed,
        previous_version=applied.previous_version,
        version=applied.version,
        used_delta=used_delta,
        bytes_downloaded=bytes_downloaded,
        added=applied.added,
        updated=applied.updated,
        removed=applied.removed,
    )


def problem_record(result: SyncResult) -> str:
    """What a feed's record keeps of a failed check: its codes and detail, never a sentence
    (each interface words it when it shows it, in its own language)."""
    doc: dict[str, object] = {
        "status": result.status.value,
        "reason": result.reason.name,
        "detail": result.detail,
    }
    if result.detail_code:
        doc["detail_code"] = result.detail_code
        doc["detail_values"] = dict(result.detail_values)
    return json.dumps(doc)


def recorded_problem(stored: str | None, feed: str) -> SyncResult | None:
    """A problem kept by :func:`problem_record`, ready to word; None when there is none."""
    if not stored:
        return None
    try:
        doc = json.loads(stored)
        return SyncResult(
            SyncStatus(doc["status"]),
            SyncReason[doc["reason"]],
            feed=feed,
            detail=str(doc.get("detail") or ""),
            detail_code=str(doc.get("detail_code") or ""),
            detail_values=tuple(
                (str(name), str(value)) for name, value in (doc.get("detail_values") or {}).items()
            ),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        # Vaults from before codes hold the English sentence itself.
        return SyncResult(SyncStatus.REJECTED, SyncReason.RECORDED_TEXT, feed=feed, detail=stored)


def fill(template: str, values: tuple[str, ...], *, number: Callable[[str], str] = str) -> str:
    """``template`` with ``%1`` … ``%n`` replaced (counts ``%4``–``%6`` through ``number``)."""
    text = template
    for position, value in enumerate(values, start=1):
        if position >= 4:
            value = number(value)
        text = text.replace(f"%{position}", value)
    return text


def coded_detail(exc: BaseException) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A coded error's code as ``"FamilyName.MEMBER"`` and its values (empty when it has
    none), for a result that may be stored and worded later."""
    if not isinstance(exc, UserFacingError) or exc.code is None:
        return "", ()
    return f"{type(exc.code).__name__}.{exc.code.name}", tuple(sorted(exc.values.items()))


def classify_failure(exc: BaseException, feed_name: str) -> SyncResult:
    """Turn a TUF, transport or pack error into a result the user can act on.

    Anything else (a bug) is raised again.
    """
    for kind, status, reason in _FAILURES:
        if isinstance(exc, kind):
            detail, code = "", ""
            values: tuple[tuple[str, str], ...] = ()
            if reason is SyncReason.HTTP_ERROR:
                detail = str(getattr(exc, "status_code", ""))
            elif reason is SyncReason.FAILED_VERIFICATION:
                detail = type(exc).__name__
            elif reason is SyncReason.REFUSED:
                detail = str(exc)
                code, values = coded_detail(exc)
            return SyncResult(
                status,
                reason,
                feed=feed_name,
                detail=detail,
                detail_code=code,
                detail_values=values,
            )
    raise exc


#: The first match wins (the TUF errors are subclasses of each other).
_FAILURES: tuple[tuple[type[BaseException], SyncStatus, SyncReason], ...] = (
    (tuf_exc.ExpiredMetadataError, SyncStatus.FROZEN, SyncReason.EXPIRED),
    (tuf_exc.DownloadLengthMismatchError, SyncStatus.REJECTED, SyncReason.OVERSIZED),
    (tuf_exc.DownloadHTTPError, SyncStatus.OFFLINE, SyncReason.HTTP_ERROR),
    (tuf_exc.SlowRetrievalError, SyncStatus.OFFLINE, SyncReason.STALLED),
    (tuf_exc.DownloadError, SyncStatus.OFFLINE, SyncReason.UNREACHABLE),
    (tuf_exc.BadVersionNumberError, SyncStatus.REJECTED, SyncReason.ROLLBACK),
    (tuf_exc.UnsignedMetadataError, SyncStatus.REJECTED, SyncReason.UNSIGNED),
    (tuf_exc.LengthOrHashMismatchError, SyncStatus.REJECTED, SyncReason.TAMPERED),
    (tuf_exc.RepositoryError, SyncStatus.REJECTED, SyncReason.FAILED_VERIFICATION),
    (PackRejected, SyncStatus.REJECTED, SyncReason.REFUSED),
    (FeedError, SyncStatus.REJECTED, SyncReason.REFUSED),
)
