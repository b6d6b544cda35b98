"""Encrypted backups: a copy of the vault sealed with its own passphrase, in one file.

Layout: a magic line, a 4-byte big-endian length, a key file (JSON, passphrase slot only) and
the bytes of a SQLCipher database written with ``sqlcipher_export`` under a fresh random key.
Nothing in the file is readable without the backup passphrase.
"""

from __future__ import annotations

import os
import secrets
import shutil
import struct
import time
from pathlib import Path

from outreach.errors import (
    UserFacingError,
    VaultDamaged,
    VaultExists,
    VaultProblem,
    WrongPassphrase,
    WrongSecret,
)
from outreach.vault import files
from outreach.vault import keyfile as kf
from outreach.vault.connection import connect, integrity_problems
from outreach.vault.files import key_file_path, remove_with_sidecars
from outreach.vault.vault import Vault, check_passphrase_acceptable, kdf_floor

MAGIC = b"OUTREACH-BACKUP-1\n"
#: A backup header is a key file; anything longer is not one of ours.
MAX_HEADER_BYTES = kf.MAX_KEY_FILE_BYTES


def write_backup(
    vault: Vault, dest: Path, backup_passphrase: str, *, kdf: kf.KdfParams | None = None
) -> None:
    """Write an encrypted backup of ``vault`` to ``dest`` (replaced atomically).

    The backup's key is sealed at least as strongly as the vault's own (``kdf`` can only
    raise that). ``dest`` may not be one of the vault's files or inside its folder.
    """
    check_passphrase_acceptable(backup_passphrase)
    dest = Path(dest)
    _refuse_own_files(vault.path, dest)
    if not dest.parent.is_dir():
        raise UserFacingError(f"Cannot write the backup to {dest}: the folder does not exist.")
    if dest.is_dir():
        raise UserFacingError(f"Cannot write the backup to {dest}: it is a folder.")
    floor = kdf_floor(vault.conn)
    sealing = (kdf or floor).at_least(floor)
    backup_key = kf.new_db_key()
    # The export goes beside the vault, where the next unlock cleans up after a killed backup.
    staging = vault.path.with_name(f".{vault.path.name}.backup-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700)
    try:
        export_path = staging / "export.db"
        conn = vault.conn
        conn.execute(
            f"ATTACH DATABASE ? AS backup_copy KEY \"x'{backup_key.hex()}'\"", (str(export_path),)
        )
        try:
            conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
        finally:
            conn.execute("DETACH DATABASE backup_copy")
        keys = kf.KeyFile.create(backup_key, backup_passphrase, None, sealing)
        header = keys.to_bytes()
        payload = MAGIC + struct.pack(">I", len(header)) + header + export_path.read_bytes()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    try:
        kf.write_atomically(dest, payload)
    except OSError as exc:
        raise UserFacingError(
            f"Cannot write the backup to {dest}: {exc.strerror or 'not writable'}."
        ) from exc


def _refuse_own_files(vault_path: Path, dest: Path) -> None:
    """A backup must never land on the vault's own files or in its folder."""
    folder = vault_path.parent.resolve()
    target = dest.resolve()
    own = {path.resolve() for path in files.own_files(vault_path)}
    if target in own or target.parent == folder or folder in target.parents:
        raise UserFacingError(
            f"Cannot write the backup to {dest}: that is the vault's own folder. Choose "
            "another place, ideally a USB stick kept apart from this laptop."
        )


def _parse(source: Path) -> tuple[kf.KeyFile, bytes]:
    name = Path(source).name
    try:
        data = Path(source).read_bytes()
    except IsADirectoryError:
        raise UserFacingError(f"{source} is a folder, not a backup file.") from None
    except OSError as exc:
        raise UserFacingError(
            f"Cannot read the backup {source}: {exc.strerror or 'unreadable'}."
        ) from exc
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise UserFacingError(f"{name} is not an Outreach Companion backup.")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER_BYTES:
        raise VaultDamaged(VaultProblem.BACKUP_HEADER, file=name)
    if start + length > len(data):
        raise VaultDamaged(VaultProblem.BACKUP_TRUNCATED, file=name)
    keys = kf.KeyFile.from_bytes(data[start : start + length], file=name, in_backup=True)
    db_bytes = data[start + length :]
    if not db_bytes:
        raise VaultDamaged(VaultProblem.BACKUP_NO_DATABASE, file=name)
    return keys, db_bytes


def restore_backup(
    source: Path, backup_passphrase: str, dest: Path, new_passphrase: str, *, force: bool = False
) -> tuple[Vault, str]:
    """Restore ``source`` as the vault at ``dest``, protected by ``new_passphrase``.

    Returns the open vault and its new recovery code. An existing vault is only replaced with
    ``force``, and then moved aside (renamed with a unique time-stamped name), never deleted.
    The new key file is sealed under the restored vault's floor, never under the header's.
    """
    dest = Path(dest)
    check_passphrase_acceptable(new_passphrase)
    if dest.is_dir():
        raise UserFacingError(f"{dest} is a folder; name the vault file to restore to.")
    keys, db_bytes = _parse(source)
    try:
        db_key = keys.unwrap_with_passphrase(backup_passphrase).db_key
    except WrongPassphrase as exc:
        raise WrongPassphrase(WrongSecret.BACKUP_PASSPHRASE) from exc
    if (dest.exists() or key_file_path(dest).exists()) and not force:
        raise VaultExists(VaultProblem.EXISTS_USE_FORCE, file=dest)
    files.ensure_private_dir(dest.parent)
    with files.exclusive(dest, "restore"):
        files.remove_leftovers(dest)
        staged = dest.with_name(f".{dest.name}.restoring-{secrets.token_hex(4)}")
        try:
            fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(db_bytes)
                handle.flush()
                os.fsync(handle.fileno())
            floor = _check_staged(staged, db_key, Path(source).name)
            if dest.exists() or key_file_path(dest).exists():
                _move_aside(dest)
            recovery = kf.new_recovery_code()
            kf.KeyFile.create(db_key, new_passphrase, recovery, floor).save(key_file_path(dest))
            staged.replace(dest)
            files.make_private(dest)
        finally:
            remove_with_sidecars(staged)
    return Vault.open(dest, new_passphrase), recovery


def _check_staged(staged: Path, db_key: bytes, name: str) -> kf.KdfParams:
    """Refuse a staged copy that is damaged or empty; return its vault's sealing floor."""
    try:
        conn = connect(staged, db_key)
    except (WrongPassphrase, VaultDamaged) as exc:
        raise VaultDamaged(VaultProblem.BACKUP_DOES_NOT_OPEN, file=name) from exc
    try:
        problems = integrity_problems(conn)
        if problems:
            raise VaultDamaged(VaultProblem.BACKUP_DAMAGED, file=name, problem=problems[0])
        floor = kdf_floor(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return floor


def _move_aside(dest: Path) -> None:
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{secrets.token_hex(3)}"
    for candidate in [dest, key_file_path(dest), *files.sidecars(dest)]:
        if candidate.exists():
            shutil.move(
                str(candidate), str(candidate.with_name(f"{candidate.name}.replaced-{stamp}"))
            )
