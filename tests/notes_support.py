"""Helpers for the notes tests: a fixed clock, sample services, and reading a vault's pages.

``plaintext_pages`` decrypts every page of a SQLCipher 4 file (and every frame of its WAL)
with the vault's own key, free pages included, so a test can say that deleted text is gone
from the database itself and not only hidden by the encryption.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from outreach.vault.keyfile import KeyFile
from outreach.vault.vault import key_file_path

NOW = datetime(2026, 3, 15, 18, 30, tzinfo=UTC)
PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page
WAL_HEADER, FRAME_HEADER = 32, 24


def service(service_id: str, name: str, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": service_id,
        "name": name,
        "organization": {"id": f"org-{service_id}", "name": f"{name} Org"},
        "phones": [{"id": f"ph-{service_id}", "number": "555-0100"}],
    }
    record.update(extra)
    return record


def db_key(vault_path: Path, passphrase: str) -> bytes:
    return KeyFile.load(key_file_path(vault_path)).unwrap_with_passphrase(passphrase).db_key


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(vault_path: Path, key: bytes) -> Iterator[tuple[str, bytes]]:
    """(file name, decrypted page) for every page of the database and of its WAL."""
    data = vault_path.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        yield vault_path.name, _decrypt_page(page, key, first=offset == 0)
    wal = vault_path.with_name(vault_path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()
        step = FRAME_HEADER + PAGE_SIZE
        for offset in range(WAL_HEADER, len(frames) - step + 1, step):
            header = frames[offset : offset + FRAME_HEADER]
            page_number = int.from_bytes(header[:4], "big")
            page = frames[offset + FRAME_HEADER : offset + step]
            yield wal.name, _decrypt_page(page, key, first=page_number == 1)


def files_holding(vault_path: Path, key: bytes, needle: str) -> list[str]:
    """Files in the vault's folder that hold ``needle``: raw bytes, or decrypted pages."""
    found = []
    variants = {needle.encode(), needle.lower().encode(), needle.encode("utf-16-le")}
    for file in sorted(vault_path.parent.iterdir()):
        if file.is_file() and any(v in file.read_bytes() for v in variants):
            found.append(f"{file.name} (raw)")
    for name, page in plaintext_pages(vault_path, key):
        if any(v in page for v in variants):
            found.append(f"{name} (decrypted)")
    return found
