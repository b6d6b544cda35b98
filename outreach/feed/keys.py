"""Passphrase-protected signing keys for a feed's TUF roles.

Each key is an Ed25519 private key in a PKCS#8 PEM file encrypted with the passphrase
(``cryptography``'s best available encryption). Three keys live in the coordinator's key
folder, which must never be inside the published feed folder:

- ``root.key``: signs root metadata; keep it offline.
- ``targets.key``: signs what the feed offers (packs and the index); keep it offline.
- ``online.key``: signs snapshot and timestamp; used by the cron refresh.

Passphrases come from a callback, so the CLI can read environment variables or prompt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)
from securesystemslib.signer import CryptoSigner

from outreach.errors import FeedError
from outreach.feed.problems import FeedProblem
from outreach.files import write_atomically

#: The key slots; snapshot and timestamp share the online key.
KEY_SLOTS = ("root", "targets", "online")

#: Environment variables holding each key slot's passphrase (for scripts and cron).
PASSPHRASE_ENV = {
    "root": "OUTREACH_ROOT_KEY_PASSPHRASE",
    "targets": "OUTREACH_TARGETS_KEY_PASSPHRASE",
    "online": "OUTREACH_ONLINE_KEY_PASSPHRASE",
}

#: ``passphrase_for(slot) -> str``; raises if none can be had.
PassphraseSource = Callable[[str], str]


def slot_for_role(role: str) -> str:
    """The key slot that signs a TUF role ("snapshot" and "timestamp" share "online")."""
    if role in ("snapshot", "timestamp", "online"):
        return "online"
    if role in ("root", "targets"):
        return role
    raise FeedError(FeedProblem.UNKNOWN_ROLE, role=repr(role))


def passphrases_from_env(environ: dict[str, str] | None = None) -> PassphraseSource:
    """A passphrase source reading the documented environment variables."""
    env = os.environ if environ is None else environ

    def source(slot: str) -> str:
        value = env.get(PASSPHRASE_ENV[slot])
        if not value:
            raise FeedError(FeedProblem.NO_PASSPHRASE_ENV, slot=slot, variable=PASSPHRASE_ENV[slot])
        return value

    return source


def key_path(key_dir: Path, slot: str) -> Path:
    return key_dir / f"{slot}.key"


def check_key_dir(key_dir: Path, feed_dir: Path) -> None:
    """Refuse a key folder inside the feed folder: everything there gets published."""
    keys = key_dir.resolve()
    feed = feed_dir.resolve()
    if keys == feed or feed in keys.parents:
        raise FeedError(FeedProblem.KEYS_INSIDE_FEED, keys=key_dir, feed=feed_dir)


def create_key(key_dir: Path, slot: str, passphrase: str) -> CryptoSigner:
    """Generate a new Ed25519 key, write it encrypted to ``key_dir/<slot>.key``.

    An existing key file is kept as ``<slot>.key.retired-<UTC time>`` rather than lost.
    """
    if not passphrase:
        raise FeedError(FeedProblem.EMPTY_KEY_PASSPHRASE, slot=slot)
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_key = Ed25519PrivateKey.generate()
    pem = private_key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode())
    )
    path = key_path(key_dir, slot)
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        path.rename(path.with_name(f"{path.name}.retired-{stamp}"))
    _write_private(path, pem)
    return CryptoSigner(private_key)


def load_key(key_dir: Path, slot: str, passphrase: str) -> CryptoSigner:
    """Decrypt ``key_dir/<slot>.key``; a clear error for a missing key or a bad passphrase."""
    path = key_path(key_dir, slot)
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise FeedError(FeedProblem.NO_KEY, slot=slot, file=path) from None
    except OSError as exc:
        raise FeedError(
            FeedProblem.KEY_UNREADABLE, slot=slot, file=path, reason=exc.strerror
        ) from None
    try:
        private_key = load_pem_private_key(pem, passphrase.encode())
    except (ValueError, TypeError):
        # Never echo the passphrase; the message only names the key.
        raise FeedError(FeedProblem.WRONG_KEY_PASSPHRASE, slot=slot, file=path) from None
    if not isinstance(private_key, Ed25519PrivateKey):
        raise FeedError(FeedProblem.NOT_ED25519, file=path)
    return CryptoSigner(private_key)


def _write_private(path: Path, data: bytes) -> None:
    write_atomically(path, data)  # private (0600) by default
