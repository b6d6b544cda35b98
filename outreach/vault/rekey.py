"""Re-encrypting the vault under a fresh database key (``outreach vault rekey``).

Changing the passphrase only re-seals the same database key, so a copy of an old key file
(with the old passphrase or a used recovery code) keeps opening the database. A rekey copies
the database with ``sqlcipher_export`` under a new random key and seals that key afresh, with
a new recovery code; afterwards no older key file opens anything.

Safe under SIGKILL: the copy and its key file are staged beside the vault; the staged key file,
written last and atomically, is the commit point. :func:`finish_interrupted_rekey` (run at every
unlock, under the exclusive lock) completes a committed rekey or discards an uncommitted one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from outreach.errors import VaultDamaged, VaultProblem
from outreach.files import _fsync_dir
from outreach.vault import files
from outreach.vault import keyfile as kf
from outreach.vault.connection import connect, integrity_problems
from outreach.vault.files import key_file_path


def staged_paths(db_path: Path) -> tuple[Path, Path]:
    """The staged copy of the database and its key file (the commit marker)."""
    staged_db = db_path.with_name(f".{db_path.name}.rekey-new")
    return staged_db, key_file_path(staged_db)


def rekey(path: Path, passphrase: str) -> str:
    """Re-encrypt the vault at ``path`` under a fresh key; returns the new recovery code.

    Refused while any process has the vault open. The passphrase stays the same.
    """
    from outreach.vault.vault import _require_exists, _unwrap_throttled, kdf_floor

    path = Path(path)
    _require_exists(path)
    with files.exclusive(path, "re-encrypt it"):
        finish_interrupted_rekey(path)
        files.remove_leftovers(path)
        keys = kf.KeyFile.load(key_file_path(path))
        old_key = _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(passphrase)).db_key
        staged_db, staged_key = staged_paths(path)
        new_key = kf.new_db_key()
        conn = connect(path, old_key)
        try:
            problems = integrity_problems(conn)
            if problems:
                raise VaultDamaged(VaultProblem.INTEGRITY_BEFORE_REKEY, problem=problems[0])
            floor = kdf_floor(conn)
            files.remove_with_sidecars(staged_db)
            conn.execute(
                f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(staged_db),)
            )
            try:
                conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            finally:
                conn.execute("DETACH DATABASE rekeyed")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _check_copy(staged_db, new_key)
        files.make_private(staged_db)
        _fsync(staged_db)
        code = kf.new_recovery_code()
        kf.KeyFile.create(new_key, passphrase, code, floor).save(staged_key)  # the commit point
        _roll_forward(path)
    return code


def _check_copy(staged_db: Path, key: bytes) -> None:
    conn = connect(staged_db, key)
    try:
        problems = integrity_problems(conn)
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()  # leave no -wal beside it
    finally:
        conn.close()
    if problems:
        files.remove_with_sidecars(staged_db)
        raise VaultDamaged(VaultProblem.REKEYED_COPY_DAMAGED, problem=problems[0])


def finish_interrupted_rekey(path: Path) -> bool:
    """Complete a rekey that reached its commit point, or discard one that did not.

    The caller holds the vault's lock exclusively. Returns True when something was done.
    """
    staged_db, staged_key = staged_paths(path)
    if staged_key.exists():
        _roll_forward(path)
        return True
    if staged_db.exists():
        files.remove_with_sidecars(staged_db)
        return True
    return False


def _roll_forward(path: Path) -> None:
    staged_db, staged_key = staged_paths(path)
    if staged_db.exists():
        # The old database's log belongs to the old key: it must not meet the new file.
        for sidecar in files.sidecars(path):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(staged_db, path)
        _fsync_dir(path.parent)
    os.replace(staged_key, key_file_path(path))
    _fsync_dir(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
