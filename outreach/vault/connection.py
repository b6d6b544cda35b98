"""Opening a SQLCipher connection with a raw key and the settings the vault depends on."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from outreach.errors import VaultDamaged, VaultProblem, WrongPassphrase, WrongSecret
from outreach.vault.db import Connection

SQLITE_HEADER = b"SQLite format 3\x00"
#: The page cache's ceiling in KiB (see ``connect``); pages are allocated only as used.
CACHE_KIB = 64 * 1024


def memory_security_wanted() -> bool:
    """Whether to turn on SQLCipher's memory sanitising (``OUTREACH_MEMORY_SECURITY=on``).

    Off by default, as in SQLCipher itself since 4.5.0: it wraps every SQLite allocation in
    mlock/munlock and a wipe, which made a search 20x slower (p95 1.6 s against 87 ms at
    100,000 services; benchmarks/search.py) and import 5x slower, and it protects only SQLite's
    own buffers of a running, unlocked app, while the same records and notes are held in
    Python objects and Qt widgets anyway. It does nothing for the threat that matters here, a
    lost or seized laptop, which the encryption at rest covers. Once on, it stays on for the
    whole process.
    """
    return os.environ.get("OUTREACH_MEMORY_SECURITY", "").strip().lower() in {"1", "on", "yes"}


def _raw_key_pragma(db_key: bytes) -> str:
    # A raw key is given as a blob literal: SQLCipher then skips its own KDF.
    return f"PRAGMA key = \"x'{db_key.hex()}'\""


def connect(path: Path, db_key: bytes, *, create: bool = False) -> Connection:
    """Open ``path`` with ``db_key`` and apply the vault's connection settings.

    Raises WrongPassphrase if the key does not open the file and VaultDamaged if the file is
    not an encrypted vault. Never falls back to plain SQLite.
    """
    if not create:
        if not path.exists():
            raise VaultDamaged(VaultProblem.FILE_MISSING, file=path.name)
        if not path.is_file():
            raise VaultDamaged(VaultProblem.NOT_A_FILE, file=path)
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError as exc:
            raise VaultDamaged(
                VaultProblem.FILE_UNREADABLE, file=path.name, reason=exc.strerror or "unreadable"
            ) from exc
        if header == SQLITE_HEADER:
            raise VaultDamaged(VaultProblem.UNENCRYPTED, file=path.name)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Off by default; said out loud because a loaded extension could read every page.
        conn.enable_load_extension(False)
        # SQLCipher prints codec errors to stderr by default; we report them ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(_raw_key_pragma(db_key))
        if memory_security_wanted():
            conn.execute("PRAGMA cipher_memory_security = ON")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise VaultDamaged(VaultProblem.NO_SQLCIPHER)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongPassphrase(WrongSecret.KEY) from exc
        if not create and not _has_schema(conn):
            # Checked before the settings below: turning on WAL would write to the file.
            raise VaultDamaged(VaultProblem.EMPTY, file=path.name)
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
            "PRAGMA foreign_keys = ON",
            "PRAGMA trusted_schema = OFF",
            "PRAGMA temp_store = MEMORY",
            # Up to 64 MiB of decrypted pages (SQLite's default is 2 MB). An import or pack
            # apply is one transaction whose changed pages all stay dirty until it commits;
            # with a small cache they spill to the WAL mid-transaction and are decrypted
            # again when touched, which made page I/O a third of a 60,000-service import.
            # Memory only: what is committed, and when, is unchanged.
            f"PRAGMA cache_size = -{CACHE_KIB}",
        ):
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def _has_schema(conn: Connection) -> bool:
    """Whether the database was set up by ``Vault.create`` (an empty file was not)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    return row is not None


def integrity_problems(conn: Connection) -> list[str]:
    """Run SQLCipher's HMAC check and SQLite's quick_check; return what they report."""
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        quick = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlcipher3.DatabaseError as exc:
        return [f"the database cannot be read ({exc})"]
    if quick != ["ok"]:
        problems.extend(quick)
    return problems
