"""Encrypted backups: a copy of the vault sealed with its own passphrase, in one file.

Layout: a magic line, a 4-byte big-endian length, a key file (JSON, passphrase slot only) and
the bytes of a SQLCipher database written with ``sqlcipher_export`` under a fresh random key.
Nothing in the file is readable without the backup passphrase.
"""

from __future__ import annotations

import contextlib
import shutil
import struct
import tempfile
import time
from pathlib import Path

from outreach.errors import UserFacingError, VaultDamaged, VaultExists, WrongPassphrase
from outreach.vault import keyfile as kf
from outreach.vault.connection import connect, integrity_problems
from outreach.vault.vault import Vault, check_passphrase_acceptable, key_file_path

MAGIC = b"OUTREACH-BACKUP-1\n"


def write_backup(
    vault: Vault, dest: Path, backup_passphrase: str, *, kdf: kf.KdfParams | None = None
) -> None:
    """Write an encrypted backup of ``vault`` to ``dest`` (replaced atomically)."""
    check_passphrase_acceptable(backup_passphrase)
    dest = Path(dest)
    backup_key = kf.new_db_key()
    if not dest.parent.is_dir():
        raise UserFacingError(f"Cannot write the backup to {dest}: the folder does not exist.")
    with tempfile.TemporaryDirectory(prefix=".outreach-backup-", dir=dest.parent) as tmp:
        export_path = Path(tmp) / "export.db"
        conn = vault.conn
        conn.execute(
            f"ATTACH DATABASE ? AS backup_copy KEY \"x'{backup_key.hex()}'\"", (str(export_path),)
        )
        try:
            conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
        finally:
            conn.execute("DETACH DATABASE backup_copy")
        keys = kf.KeyFile.create(backup_key, backup_passphrase, None, kdf or vault_kdf(vault))
        header = keys.to_bytes()
        payload = MAGIC + struct.pack(">I", len(header)) + header + export_path.read_bytes()
    try:
        kf.write_atomically(dest, payload)
    except OSError as exc:
        raise UserFacingError(f"Cannot write the backup to {dest}: {exc.strerror}.") from exc


def vault_kdf(vault: Vault) -> kf.KdfParams:
    return kf.KeyFile.load(key_file_path(vault.path)).kdf


def _parse(source: Path) -> tuple[kf.KeyFile, bytes]:
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise UserFacingError(f"Cannot read the backup {source}: {exc.strerror}.") from exc
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise UserFacingError(f"{Path(source).name} is not an Outreach Companion backup.")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if start + length > len(data):
        raise VaultDamaged(f"The backup {Path(source).name} is truncated.")
    keys = kf.KeyFile.from_bytes(data[start : start + length], where="backup")
    return keys, data[start + length :]


def restore_backup(
    source: Path, backup_passphrase: str, dest: Path, new_passphrase: str, *, force: bool = False
) -> tuple[Vault, str]:
    """Restore ``source`` as the vault at ``dest``, protected by ``new_passphrase``.

    Returns the open vault and its new recovery code. An existing vault is only replaced with
    ``force``, and then moved aside (renamed with a timestamp), never deleted.
    """
    dest = Path(dest)
    check_passphrase_acceptable(new_passphrase)
    keys, db_bytes = _parse(source)
    try:
        db_key = keys.unwrap_with_passphrase(backup_passphrase)
    except WrongPassphrase as exc:
        raise WrongPassphrase("Wrong backup passphrase.") from exc
    if (dest.exists() or key_file_path(dest).exists()) and not force:
        raise VaultExists(f"A vault already exists at {dest}; use --force to replace it.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staged = dest.with_name(f".{dest.name}.restoring")
    staged.write_bytes(db_bytes)
    try:
        conn = connect(staged, db_key)
        try:
            problems = integrity_problems(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if problems:
            raise VaultDamaged(f"The backup is damaged: {problems[0]}")
    except BaseException:
        _remove_with_sidecars(staged)
        raise
    if dest.exists() or key_file_path(dest).exists():
        _move_aside(dest)
    recovery = kf.new_recovery_code()
    kf.KeyFile.create(db_key, new_passphrase, recovery, keys.kdf).save(key_file_path(dest))
    staged.replace(dest)
    _remove_with_sidecars(staged)
    return Vault.open(dest, new_passphrase), recovery


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def _remove_with_sidecars(path: Path) -> None:
    for candidate in [path, *_sidecars(path)]:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _move_aside(dest: Path) -> None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for candidate in [dest, key_file_path(dest), *_sidecars(dest)]:
        if candidate.exists():
            shutil.move(
                str(candidate), str(candidate.with_name(f"{candidate.name}.replaced-{stamp}"))
            )
