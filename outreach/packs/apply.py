"""Applying a verified pack to the vault: all of it in one transaction, or nothing.

The rules, checked inside the transaction so two appliers cannot race:

- a pack older than the installed one is refused (rollback protection kept in the vault);
- the installed version again changes nothing and says so;
- a delta needs exactly its base version installed;
- the bundled starter pack is replaced by any feed pack, and never replaces a feed pack.

Referrals in the notes keep their own snapshot of a service, so removing services here never
breaks a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.changes import DIRECTORY, NOTHING, Changes
from outreach.clock import Clock, system_clock
from outreach.errors import PackRejected
from outreach.packs.problems import PackProblem
from outreach.packs.read import Pack
from outreach.packs.state import InstalledPack, pack_state, record_applied
from outreach.vault import Vault
from outreach.vault.db import Connection


@dataclass(frozen=True)
class ApplyResult:
    """What applying a pack did. ``already_installed`` means nothing was changed. Worded by
    the command line (``outreach.cli.pack_cmds.applied_text``) and the GUI
    (``outreach.gui.wording.apply_summary``)."""

    version: int
    previous_version: int | None
    kind: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    already_installed: bool = False

    @property
    def changes(self) -> Changes:
        return NOTHING if self.already_installed else DIRECTORY


def apply_pack(
    vault: Vault,
    pack: Pack,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
    starter: bool = False,
    clock: Clock = system_clock,
) -> ApplyResult:
    """Apply ``pack`` (from :func:`~outreach.packs.read.read_pack`) in one transaction.

    Inside a transaction the caller began, it is a savepoint (the caller's work and the pack
    commit together; a refused pack undoes only itself). Raises ``PackRejected`` (old version,
    wrong base) or ``Cancelled``; either way the vault is exactly as it was.
    ``starter=True`` marks the bundled starter pack; ``clock`` says when it was applied.
    """
    # Imported here so that reading and building packs (the feed, coordinators' tools) does not
    # load the search and hours machinery the store brings in.
    from outreach.directory import store

    manifest = pack.manifest
    cancel.raise_if_set()
    with vault.transaction() as conn:
        state = pack_state(conn)
        installed = state.version
        baseline = _version_to_compare(manifest.version, state, starter=starter)
        if manifest.version == baseline:
            return ApplyResult(manifest.version, installed, manifest.kind, already_installed=True)
        if manifest.kind == "delta":
            if manifest.base_version != baseline:
                if baseline is None:
                    raise PackRejected(PackProblem.NEEDS_BASE_NO_FEED, base=manifest.base_version)
                raise PackRejected(
                    PackProblem.NEEDS_BASE, base=manifest.base_version, have=baseline
                )
            result = _apply_delta(conn, pack, cancel, progress, installed)
        else:
            summary = store.replace_directory(
                conn, _SizedRecords(pack), source=manifest.name, cancel=cancel, progress=progress
            )
            result = ApplyResult(
                manifest.version,
                installed,
                "full",
                added=summary.added,
                updated=summary.updated,
                removed=summary.removed,
            )
        cancel.raise_if_set()
        record_applied(conn, manifest, starter=starter, now=clock())
    return result


def _version_to_compare(version: int, state: InstalledPack, *, starter: bool) -> int | None:
    """The installed version the rules compare against (``None``: anything may be applied)."""
    installed = state.version
    if state.starter and not starter:
        return None  # any feed pack replaces the starter pack
    if starter and installed is not None and not state.starter:
        raise PackRejected(PackProblem.STARTER_NOT_NEEDED)
    if installed is not None and version < installed:
        raise PackRejected(PackProblem.OLDER, version=version, installed=installed)
    return installed


def _apply_delta(
    conn: Connection, pack: Pack, cancel: CancelToken, progress: Progress, installed: int | None
) -> ApplyResult:
    from outreach.directory import store

    manifest = pack.manifest
    summary = store.upsert_records(
        conn, _SizedRecords(pack), source=manifest.name, cancel=cancel, progress=progress
    )
    cancel.raise_if_set()
    removed = store.remove_records(conn, list(pack.removed_ids)) if pack.removed_ids else 0
    return ApplyResult(
        manifest.version,
        installed,
        "delta",
        added=summary.added,
        updated=summary.updated,
        removed=removed,
    )


class _SizedRecords:
    """A pack's records with a length, so the store can report progress as "n of total"."""

    def __init__(self, pack: Pack) -> None:
        self._pack = pack

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._pack.iter_records()

    def __len__(self) -> int:
        return self._pack.manifest.services
