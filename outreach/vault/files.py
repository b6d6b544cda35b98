"""The vault's files on disk: private folders, the in-use lock, and leftovers of killed steps.

Beside ``vault.db`` live its key file, SQLite's ``-wal``/``-shm``, the unlock-attempts file and
a lock file. Every process that has the vault open holds a shared lock on the lock file; steps
that replace the files (init, restore, rekey) and the clean-up of leftovers hold it exclusively,
so they never pull a file from under another process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from outreach.errors import UserFacingError, VaultProblem
from outreach.vault.throttle import UnlockThrottle

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the steps still run, unguarded
    fcntl = None  # type: ignore[assignment]


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


def sidecars(db_path: Path) -> list[Path]:
    """SQLite's write-ahead log, shared-memory index and rollback journal of ``db_path``."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def own_files(db_path: Path) -> list[Path]:
    """Every file that belongs to the vault at ``db_path``."""
    name = db_path.name
    extra = [db_path.with_name(name + suffix) for suffix in (".attempts", ".lock")]
    return [db_path, key_file_path(db_path), *sidecars(db_path), *extra]


def remove_with_sidecars(path: Path) -> None:
    for candidate in [path, *sidecars(path)]:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only (0700).

    Folders that already exist are left as they are, except that a folder this app made
    earlier with looser permissions is not told apart: callers pass app-owned folders.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
        _chmod_quietly(path, 0o700)
    if not folder.is_dir():
        raise UserFacingError(VaultProblem.NOT_A_FOLDER, file=folder)


def make_private(path: Path, mode: int = 0o600) -> None:
    _chmod_quietly(path, mode)


def _chmod_quietly(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # not the owner, or a file system without modes
        os.chmod(path, mode)


class VaultLock:
    """An advisory lock on ``.vault.db.lock``: shared while open, exclusive while replacing."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(f".{db_path.name}.lock")
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool, wait: bool) -> bool:
        """Take the lock; False if ``wait`` is off and another process holds it the other way."""
        if fcntl is None:
            return True
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:  # a read-only folder: nothing else can replace files there either
                return True
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        if not wait:
            flags |= fcntl.LOCK_NB
        try:
            fcntl.flock(self._fd, flags)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor drops the lock


@contextlib.contextmanager
def exclusive(db_path: Path, refusal: VaultProblem) -> Iterator[VaultLock]:
    """Hold the vault's lock exclusively, or refuse with ``refusal`` (an ``OPEN_ELSEWHERE_…``
    code saying what needs the vault closed) because the vault is open elsewhere."""
    lock = VaultLock(db_path)
    if not lock.acquire(exclusive=True, wait=False):
        lock.release()
        raise UserFacingError(refusal)
    try:
        yield lock
    finally:
        lock.release()


def leftovers(db_path: Path) -> list[Path]:
    """Files left by steps that were killed half-way (never the vault's own files).

    ``.vault.db.key.*.tmp``: a key file being replaced (a complete sealed key: it would keep an
    old passphrase working). ``.vault.db.creating-*``: an init. ``.vault.db.restoring-*``: a
    restore's staged copy. ``.vault.db.backup-*``: a backup's export folder. A rekey's staged
    files are not leftovers: ``outreach.vault.rekey`` finishes or discards them first.
    """
    name = db_path.name
    patterns = (
        f".{name}.key.*.tmp",
        f".{name}.creating-*",
        f".{name}.restoring-*",
        f".{name}.backup-*",
        f".{name}.attempts.*.tmp",
        f"..{name}.rekey-new.key.*.tmp",
    )
    found: list[Path] = []
    folder = db_path.parent
    if not folder.is_dir():
        return found
    for pattern in patterns:
        found.extend(sorted(folder.glob(pattern)))
    return found


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove :func:`leftovers`; the caller holds the lock exclusively.

    A wrong-passphrase count is written before the vault's lock is taken, so the exclusive
    lock does not cover it: its temporary file goes only while no attempt holds its turn."""
    with UnlockThrottle(db_path).idle() as no_attempt_running:
        found = [
            path
            for path in leftovers(db_path)
            if no_attempt_running or not path.name.startswith(f".{db_path.name}.attempts.")
        ]
        _remove(found)
    return found


def _remove(found: list[Path]) -> None:
    for path in found:
        with contextlib.suppress(FileNotFoundError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()


def clean_leftovers(db_path: Path) -> list[Path]:
    """Finish or discard an interrupted rekey, and remove :func:`leftovers`, when no other
    process has the vault open; returns what was removed."""
    from outreach.vault.rekey import finish_interrupted_rekey, staged_paths

    pending = any(path.exists() for path in staged_paths(db_path))
    if not pending and not leftovers(db_path):
        return []
    lock = VaultLock(db_path)
    try:
        if not lock.acquire(exclusive=True, wait=False):
            return []  # another process is at work; it may still need them
        finish_interrupted_rekey(db_path)
        return remove_leftovers(db_path)
    finally:
        lock.release()
