"""The vault: one SQLCipher database plus its key file."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from outreach.errors import VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WrongPassphrase
from outreach.vault import keyfile as kf
from outreach.vault.connection import connect, integrity_problems
from outreach.vault.db import Connection, transaction
from outreach.vault.migrations import migrate
from outreach.vault.throttle import UnlockThrottle


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


class Vault:
    """An open vault. Use :meth:`create`, :meth:`open` or :meth:`recover` to get one."""

    def __init__(self, path: Path, conn: Connection) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._tx_lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: kf.KdfParams = kf.DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it with the one-time recovery code to show the user."""
        path = Path(path)
        check_passphrase_acceptable(passphrase)
        if path.exists() or key_file_path(path).exists():
            raise VaultExists(f"A vault already exists at {path}.")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        db_key = kf.new_db_key()
        recovery = kf.new_recovery_code()
        conn = connect(path, db_key, create=True)
        try:
            os.chmod(path, 0o600)  # encrypted anyway; still nobody else's business
            migrate(conn)
        except BaseException:
            conn.close()
            _remove_quietly(path)
            raise
        kf.KeyFile.create(db_key, passphrase, recovery, kdf).save(key_file_path(path))
        return cls(path, conn), recovery

    @classmethod
    def open(cls, path: Path, passphrase: str, *, check: bool = True) -> Vault:
        """Unlock with the passphrase; wrong ones are refused with growing delays."""
        path = Path(path)
        _require_exists(path)
        keys = kf.KeyFile.load(key_file_path(path))
        db_key = _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(passphrase))
        return cls._open_with_key(path, db_key, check=check)

    @classmethod
    def recover(cls, path: Path, recovery_code: str, new_passphrase: str) -> tuple[Vault, str]:
        """Unlock with the recovery code, set a new passphrase, and issue a new recovery code.

        The used code stops working: it is single-use by design.
        """
        path = Path(path)
        _require_exists(path)
        check_passphrase_acceptable(new_passphrase)
        keys = kf.KeyFile.load(key_file_path(path))
        db_key = _unwrap_throttled(path, lambda: keys.unwrap_with_recovery_code(recovery_code))
        vault = cls._open_with_key(path, db_key, check=True)
        new_code = kf.new_recovery_code()
        keys.with_passphrase(db_key, new_passphrase).with_recovery_code(db_key, new_code).save(
            key_file_path(path)
        )
        return vault, new_code

    @classmethod
    def _open_with_key(cls, path: Path, db_key: bytes, *, check: bool) -> Vault:
        conn = connect(path, db_key)
        try:
            if check:
                problems = integrity_problems(conn)
                if problems:
                    raise VaultDamaged(
                        f"The vault failed its integrity check ({len(problems)} problem(s)): "
                        f"{problems[0]}. Restore it from a backup; it has not been changed."
                    )
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    @staticmethod
    def change_passphrase(path: Path, old: str, new: str) -> None:
        """Re-wrap the database key under a new passphrase. The database is not rewritten."""
        path = Path(path)
        _require_exists(path)
        check_passphrase_acceptable(new)
        keys = kf.KeyFile.load(key_file_path(path))
        db_key = _unwrap_throttled(path, lambda: keys.unwrap_with_passphrase(old))
        keys.with_passphrase(db_key, new).save(key_file_path(path))

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
        return integrity_problems(self.conn)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


MIN_PASSPHRASE_CHARS = 8


def check_passphrase_acceptable(passphrase: str) -> None:
    from outreach.errors import UserFacingError

    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise UserFacingError(
            f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters."
        )


def _unwrap_throttled(path: Path, unwrap: Callable[[], bytes]) -> bytes:
    """Wait out any delay earned by earlier failures, then try; count a failure, or clear them."""
    throttle = UnlockThrottle(path)
    throttle.wait()
    try:
        db_key = unwrap()
    except WrongPassphrase:
        throttle.record_failure()
        raise
    throttle.reset()
    return db_key


def _require_exists(path: Path) -> None:
    if not path.exists() and not key_file_path(path).exists():
        raise VaultNotFound(f"No vault at {path}. Create one with 'outreach vault init'.")


def _remove_quietly(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
