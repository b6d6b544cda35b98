"""The vault: one SQLCipher database plus its key file."""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from outreach.errors import (
    PassphraseTooShort,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultProblem,
    WrongPassphrase,
)
from outreach.files import _fsync_dir
from outreach.vault import files
from outreach.vault import keyfile as kf
from outreach.vault.connection import connect, integrity_problems
from outreach.vault.db import Connection, transaction
from outreach.vault.files import key_file_path
from outreach.vault.migrations import migrate
from outreach.vault.throttle import UnlockThrottle

#: Where the vault keeps the Argon2id parameters it seals with (inside the encrypted
#: database, so editing the key file cannot lower them).
KDF_FLOOR_KEY = "kdf_floor"

__all__ = ["Vault", "check_passphrase_acceptable", "kdf_floor", "key_file_path"]


class Vault:
    """An open vault. Use :meth:`create`, :meth:`open` or :meth:`recover` to get one."""

    def __init__(self, path: Path, conn: Connection, lock: files.VaultLock | None = None) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock = lock
        self._tx_lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: kf.KdfParams = kf.DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it with the one-time recovery code to show the user.

        ``kdf`` becomes the vault's floor: nothing is ever sealed more cheaply. The database
        is built under a temporary name and renamed into place after its key file is written,
        so a killed init leaves at most a key file with no database, which the next init sets
        aside (see :func:`_set_aside_unfinished_init`).
        """
        path = Path(path)
        check_passphrase_acceptable(passphrase)
        if path.exists() or path.is_symlink():
            raise VaultExists(VaultProblem.EXISTS, file=path)
        files.ensure_private_dir(path.parent)
        with files.exclusive(path, "create the vault"):
            files.remove_leftovers(path)
            if path.exists() or path.is_symlink():
                raise VaultExists(VaultProblem.EXISTS, file=path)
            _set_aside_unfinished_init(path)
            db_key = kf.new_db_key()
            recovery = kf.new_recovery_code()
            staging = path.with_name(f".{path.name}.creating-{secrets.token_hex(4)}")
            try:
                conn = connect(staging, db_key, create=True)
                try:
                    files.make_private(staging)
                    migrate(conn)
                    _store_floor(conn, kdf)
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
                kf.KeyFile.create(db_key, passphrase, recovery, kdf).save(key_file_path(path))
                staging.replace(path)
                _fsync_dir(path.parent)
            finally:
                files.remove_with_sidecars(staging)
        vault = cls._open_with_key(path, db_key, check=False)
        return vault, recovery

    @classmethod
    def open(cls, path: Path, passphrase: str, *, check: bool = True) -> Vault:
        """Unlock with the passphrase; wrong ones are refused with growing delays.

        A passphrase slot sealed more cheaply than the vault's floor, in the old form, or
        under the passphrase as typed rather than normalised is sealed again at once.
        """
        path = Path(path)
        _require_exists(path)
        files.clean_leftovers(path)
        keys = kf.KeyFile.load(key_file_path(path))
        unwrapped = _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(passphrase))
        vault = cls._open_with_key(path, unwrapped.db_key, check=check)
        try:
            floor = kdf_floor(vault.conn)
            if unwrapped.stale or keys.slots["passphrase"].kdf.weaker_than(floor):
                _reseal_passphrase(path, unwrapped.db_key, passphrase, floor)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def recover(cls, path: Path, recovery_code: str, new_passphrase: str) -> tuple[Vault, str]:
        """Unlock with the recovery code, set a new passphrase, and issue a new recovery code.

        The used code stops working in this key file: it is single-use by design. (A copy of
        the old key file still opens the database until ``rekey``.)
        """
        path = Path(path)
        _require_exists(path)
        check_passphrase_acceptable(new_passphrase)
        files.clean_leftovers(path)
        keys = kf.KeyFile.load(key_file_path(path))
        db_key = _unwrap_throttled(path, lambda: keys.unwrap_with_recovery_code(recovery_code))
        vault = cls._open_with_key(path, db_key, check=True)
        try:
            floor = kdf_floor(vault.conn)
            new_code = kf.new_recovery_code()
            keys.with_passphrase(db_key, new_passphrase, floor).with_recovery_code(
                db_key, new_code, floor
            ).save(key_file_path(path))
        except BaseException:
            vault.close()
            raise
        return vault, new_code

    @classmethod
    def _open_with_key(cls, path: Path, db_key: bytes, *, check: bool) -> Vault:
        lock = files.VaultLock(path)
        lock.acquire(exclusive=False, wait=True)
        try:
            conn = connect(path, db_key)
        except WrongPassphrase as exc:
            lock.release()
            # The key file gave a key (its seal checked out), so the database does not match.
            raise VaultDamaged(VaultProblem.KEY_MISMATCH, file=path.name) from exc
        except BaseException:
            lock.release()
            raise
        try:
            if check:
                problems = integrity_problems(conn)
                if problems:
                    raise VaultDamaged(
                        VaultProblem.INTEGRITY, count=len(problems), problem=problems[0]
                    )
            migrate(conn)
        except BaseException:
            conn.close()
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def change_passphrase(cls, path: Path, old: str, new: str) -> None:
        """Re-wrap the database key under a new passphrase. The database is not rewritten."""
        path = Path(path)
        _require_exists(path)
        check_passphrase_acceptable(new)
        files.clean_leftovers(path)
        keys = kf.KeyFile.load(key_file_path(path))
        unwrapped = _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(old))
        with cls._open_with_key(path, unwrapped.db_key, check=False) as vault:
            floor = kdf_floor(vault.conn)
            keys.with_passphrase(unwrapped.db_key, new, floor).save(key_file_path(path))

    @staticmethod
    def rekey(path: Path, passphrase: str) -> str:
        """Re-encrypt the database under a fresh key; returns the new recovery code.

        Old key files (and the recovery codes and passphrases they hold) stop opening the
        vault. Refused while the vault is open anywhere. See :mod:`outreach.vault.rekey`.
        """
        from outreach.vault.rekey import rekey

        return rekey(Path(path), passphrase)

    def rekey_in_place(self, passphrase: str) -> str:
        """Re-encrypt this open vault under a fresh key and open it again as the same object,
        so work already holding it carries on. Returns the new recovery code.

        A wrong passphrase is refused (and counted) before anything closes. Once the
        passphrase is known to be right the vault is always opened again, whether the rekey
        succeeded or was refused (another process has the vault open, say).
        """
        path = self.path
        keys = kf.KeyFile.load(key_file_path(path))
        _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(passphrase))
        with self._tx_lock:
            self.close()
            try:
                return Vault.rekey(path, passphrase)
            finally:
                # The copy passed its integrity check inside rekey; no second full check.
                fresh = Vault.open(path, passphrase, check=False)
                self._conn, self._lock = fresh._conn, fresh._lock
                fresh._conn = fresh._lock = None

    # -- using -----------------------------------------------------------------------------
    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any exception (Cancelled included).

        Nested (a write that joins its caller's transaction, or one begun by hand), it is a
        savepoint: everything commits together, and a failure undoes only the inner part.
        """
        with self._tx_lock, transaction(self.conn) as conn:
            yield conn

    def check(self) -> list[str]:
        """Integrity problems of the database, then key-file slots weaker than the floor."""
        problems = integrity_problems(self.conn)
        try:
            keys = kf.KeyFile.load(key_file_path(self.path))
        except VaultDamaged as exc:
            return [*problems, str(exc)]
        return [*problems, *keys.weak_slots(kdf_floor(self.conn))]

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


MIN_PASSPHRASE_CHARS = 8


def check_passphrase_acceptable(passphrase: str) -> None:
    if len(kf.normalise_passphrase(passphrase)) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShort(MIN_PASSPHRASE_CHARS)


def kdf_floor(conn: Connection) -> kf.KdfParams:
    """The Argon2id parameters this vault seals with (the default for vaults that predate it)."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (KDF_FLOOR_KEY,)).fetchone()
    if row is None:
        return kf.DEFAULT_KDF
    try:
        return kf.KdfParams.from_json(json.loads(row[0]))
    except (ValueError, TypeError):
        return kf.DEFAULT_KDF


def _store_floor(conn: Connection, kdf: kf.KdfParams) -> None:
    kf.KdfParams.from_json(kdf.__dict__)  # refuse out-of-bounds parameters up front
    conn.execute(
        "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
        (KDF_FLOOR_KEY, json.dumps(kdf.__dict__, sort_keys=True)),
    )


def _reseal_passphrase(path: Path, db_key: bytes, passphrase: str, floor: kf.KdfParams) -> None:
    """Seal the passphrase slot again under ``floor`` (read afresh: another process may have
    changed the file meanwhile, and only the slot we hold the secret for is touched)."""
    current = kf.KeyFile.load(key_file_path(path))
    try:
        current.unwrap_with_passphrase(passphrase)
    except WrongPassphrase:
        return  # the passphrase was changed meanwhile; leave that change alone
    current.with_passphrase(db_key, passphrase, floor).save(key_file_path(path))


def _unwrap_throttled(path: Path, unwrap: Callable[[], Any]) -> Any:
    """Wait out any delay earned by earlier failures, then try; count a failure, or clear them."""
    with UnlockThrottle(path).attempt() as throttle:
        try:
            result = unwrap()
        except WrongPassphrase:
            throttle.record_failure()
            raise
        throttle.reset()
        return result


def _require_exists(path: Path) -> None:
    if path.is_dir():
        raise VaultNotFound(VaultProblem.FOLDER, file=path)
    if not path.exists() and not key_file_path(path).exists():
        raise VaultNotFound(VaultProblem.NO_VAULT, file=path)
    if not path.exists():
        raise VaultDamaged(VaultProblem.ONLY_KEY_FILE, file=path.name)


def _set_aside_unfinished_init(path: Path) -> None:
    """A key file with no database: an init killed between its two renames (or a database
    lost since). It opens nothing, but is kept aside rather than deleted."""
    key = key_file_path(path)
    if key.exists():
        stamp = time.strftime("%Y%m%d-%H%M%S")
        key.replace(key.with_name(f"{key.name}.unused-{stamp}-{secrets.token_hex(2)}"))
