"""The key file: the vault's random database key, wrapped by the passphrase and a recovery code.

The database is encrypted with a random 256-bit key used as a raw SQLCipher key. That key
never touches the disk in the clear: it is sealed with AES-256-GCM under a key-encryption key
derived with Argon2id, once from the passphrase and once from the one-time recovery code. Changing
the passphrase only re-seals the key, so the database is never rewritten. The key file is
replaced atomically (temp file, fsync, rename, fsync of the folder), so a crash leaves either
the old or the new file, never a torn one.

Everything in the file is untrusted input. Each slot's Argon2id parameters are bounded when read
(a huge cost would hang the unlock) and bound to the sealed key as AEAD associated data, so
editing them makes the slot unopenable rather than cheaper to guess. How strongly new slots are
sealed is never read from this file: the caller passes the vault's floor (kept inside the
encrypted database). A checksum over the file tells accidental damage from a wrong passphrase.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import unicodedata
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach.errors import VaultDamaged, VaultProblem, WrongPassphrase, WrongSecret
from outreach.files import write_atomically

#: 2: slot parameters authenticated, file checksum. 1: the first release (still read).
KEY_FILE_FORMAT = 2
READABLE_FORMATS = (1, 2)
DB_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
SEALED_BYTES = DB_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_KEY_FILE_BYTES = 64 * 1024
SLOT_NAMES = ("passphrase", "recovery")
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, written down

#: What a key file may ask of Argon2id. The upper bounds stop a doctored file from hanging
#: the unlock or exhausting memory (4x the default's memory, 3x its passes); the lower bounds
#: are Argon2's own.
MAX_TIME_COST = 10
MAX_MEMORY_COST_KIB = 1024 * 1024
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; stored in each slot so the file says how to open itself.

    The default costs about 0.3 s and 256 MiB on a current laptop core (measured 0.31 s here;
    64 MiB took 0.09 s), so each guess at a stolen key file costs an attacker the same.
    """

    time_cost: int = 3
    memory_cost_kib: int = 256 * 1024
    parallelism: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret=secret.encode("utf-8"),
            salt=salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def at_least(self, floor: KdfParams) -> KdfParams:
        """These parameters raised, one by one, to ``floor`` where they fall short of it."""
        return KdfParams(
            time_cost=max(self.time_cost, floor.time_cost),
            memory_cost_kib=max(self.memory_cost_kib, floor.memory_cost_kib),
            parallelism=max(self.parallelism, floor.parallelism),
        )

    def weaker_than(self, floor: KdfParams) -> bool:
        """True when guessing costs less under these than under ``floor``."""
        return self.time_cost < floor.time_cost or self.memory_cost_kib < floor.memory_cost_kib

    def describe(self) -> str:
        return (
            f"{self.time_cost} pass(es), {self.memory_cost_kib // 1024} MiB, "
            f"{self.parallelism} lane(s)"
        )

    @classmethod
    def from_json(cls, raw: object) -> KdfParams:
        """Parameters read from a file, refused (ValueError) when absent or out of bounds."""
        if not isinstance(raw, dict) or set(raw) != {
            "time_cost",
            "memory_cost_kib",
            "parallelism",
        }:
            raise ValueError("not a set of Argon2id parameters")
        values = {name: raw[name] for name in ("time_cost", "memory_cost_kib", "parallelism")}
        if any(type(value) is not int for value in values.values()):
            raise ValueError("Argon2id parameters must be whole numbers")
        params = cls(**values)
        if not 1 <= params.parallelism <= MAX_PARALLELISM:
            raise ValueError("parallelism out of bounds")
        if not 1 <= params.time_cost <= MAX_TIME_COST:
            raise ValueError("time cost out of bounds")
        if not 8 * params.parallelism <= params.memory_cost_kib <= MAX_MEMORY_COST_KIB:
            raise ValueError("memory cost out of bounds")
        return params


DEFAULT_KDF = KdfParams()


def normalise_passphrase(passphrase: str) -> str:
    """The form new passphrases are sealed under: Unicode NFC, so "señor" typed with a
    composed ñ or with n and a combining tilde is the same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


@dataclass(frozen=True)
class Slot:
    """One sealed copy of the database key. ``version`` 1 slots predate authenticated params."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed: bytes
    version: int = KEY_FILE_FORMAT

    def aad(self, name: str) -> bytes:
        if self.version == 1:
            return f"outreach-vault-key:v1:{name}".encode()
        k = self.kdf
        return (
            f"outreach-vault-key:v2:{name}:t={k.time_cost}:m={k.memory_cost_kib}:p={k.parallelism}"
        ).encode()

    def open(self, name: str, secret: str) -> bytes | None:
        try:
            return AESGCM(self.kdf.derive(secret, self.salt)).decrypt(
                self.nonce, self.sealed, self.aad(name)
            )
        except InvalidTag:
            return None
        except HashingError as exc:  # bounded parameters should never get here
            raise VaultDamaged(VaultProblem.KEY_SLOT_DAMAGED, slot=name) from exc

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "kdf": asdict(self.kdf),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.sealed),
        }
        if self.version != 1:
            doc["version"] = self.version
        return doc

    @classmethod
    def from_json(cls, raw: object) -> Slot:
        if not isinstance(raw, dict):
            raise ValueError("a slot is not an object")
        version = raw.get("version", 1)
        if version not in READABLE_FORMATS or type(version) is not int:
            raise ValueError("unknown slot version")
        return cls(
            kdf=KdfParams.from_json(raw.get("kdf")),
            salt=_unb64(raw.get("salt"), SALT_BYTES),
            nonce=_unb64(raw.get("nonce"), NONCE_BYTES),
            sealed=_unb64(raw.get("sealed"), SEALED_BYTES),
            version=version,
        )

    @classmethod
    def seal(cls, name: str, secret: str, db_key: bytes, kdf: KdfParams) -> Slot:
        slot = cls(kdf, secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES), b"")
        kek = kdf.derive(secret, slot.salt)
        return replace(slot, sealed=AESGCM(kek).encrypt(slot.nonce, db_key, slot.aad(name)))


def new_db_key() -> bytes:
    return secrets.token_bytes(DB_KEY_BYTES)


def new_recovery_code() -> str:
    """A 125-bit code in 5 groups of 5 unambiguous characters, easy to copy onto paper."""
    text = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(text[i : i + 5] for i in range(0, 25, 5))


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


@dataclass(frozen=True)
class Unwrapped:
    """The database key, and whether its slot should be sealed again now (weak or old form)."""

    db_key: bytes
    stale: bool


@dataclass
class KeyFile:
    """The parsed key file: a passphrase slot and (optionally) a recovery slot."""

    slots: dict[str, Slot]

    @classmethod
    def create(
        cls, db_key: bytes, passphrase: str, recovery_code: str | None, kdf: KdfParams
    ) -> KeyFile:
        keys = cls(slots={}).with_passphrase(db_key, passphrase, kdf)
        if recovery_code is not None:
            keys = keys.with_recovery_code(db_key, recovery_code, kdf)
        return keys

    def unwrap_with_passphrase(self, passphrase: str) -> Unwrapped:
        """Open the passphrase slot: NFC first, then the form as typed (vaults sealed before
        passphrases were normalised). ``stale``: sealed under the typed form or the old format,
        so it should be sealed again (the caller also compares its cost with the floor)."""
        slot = self.slots["passphrase"]
        normal = normalise_passphrase(passphrase)
        key = slot.open("passphrase", normal)
        raw_form = False
        if key is None and normal != passphrase:
            key = slot.open("passphrase", passphrase)
            raw_form = key is not None
        if key is None:
            raise WrongPassphrase()
        return Unwrapped(key, raw_form or slot.version != KEY_FILE_FORMAT)

    def unwrap_with_recovery_code(self, code: str) -> bytes:
        slot = self.slots.get("recovery")
        if slot is None:
            raise WrongPassphrase(WrongSecret.NO_RECOVERY_CODE)
        key = slot.open("recovery", normalise_recovery_code(code))
        if key is None:
            raise WrongPassphrase(WrongSecret.RECOVERY_CODE)
        return key

    def weak_slots(self, floor: KdfParams) -> list[str]:
        """One line per slot sealed more cheaply than ``floor`` or in the old form."""
        lines = []
        for name, slot in sorted(self.slots.items()):
            if slot.kdf.weaker_than(floor):
                lines.append(
                    f"the {name} slot of the key file is sealed with weaker key derivation "
                    f"({slot.kdf.describe()}) than this vault's ({floor.describe()})"
                )
            elif slot.version != KEY_FILE_FORMAT:
                lines.append(f"the {name} slot of the key file is in the old, unchecked form")
        return lines

    def with_passphrase(self, db_key: bytes, passphrase: str, kdf: KdfParams) -> KeyFile:
        slot = Slot.seal("passphrase", normalise_passphrase(passphrase), db_key, kdf)
        return KeyFile(slots={**self.slots, "passphrase": slot})

    def with_recovery_code(self, db_key: bytes, code: str, kdf: KdfParams) -> KeyFile:
        slot = Slot.seal("recovery", normalise_recovery_code(code), db_key, kdf)
        return KeyFile(slots={**self.slots, "recovery": slot})

    def to_bytes(self) -> bytes:
        slots = {name: slot.to_json() for name, slot in sorted(self.slots.items())}
        doc = {"format": KEY_FILE_FORMAT, "slots": slots, "checksum": _checksum(slots)}
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, *, file: str = "", in_backup: bool = False) -> KeyFile:
        """The key file read from ``data``: ``file`` names it, or the backup that holds it."""
        if in_backup:
            damaged = VaultDamaged(VaultProblem.BACKUP_KEYS_DAMAGED, file=file)
            newer, no_passphrase = VaultProblem.BACKUP_NEWER, VaultProblem.BACKUP_NO_PASSPHRASE
        else:
            damaged = VaultDamaged(VaultProblem.KEY_FILE_DAMAGED, file=file)
            newer, no_passphrase = VaultProblem.KEY_FILE_NEWER, VaultProblem.KEY_FILE_NO_PASSPHRASE
        if len(data) > MAX_KEY_FILE_BYTES:
            raise damaged
        try:
            doc = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise damaged from exc
        if not isinstance(doc, dict) or doc.get("format") not in READABLE_FORMATS:
            if isinstance(doc, dict) and isinstance(doc.get("format"), int):
                raise VaultDamaged(newer, file=file)
            raise damaged
        raw_slots = doc.get("slots")
        if not isinstance(raw_slots, dict) or "passphrase" not in raw_slots:
            raise VaultDamaged(no_passphrase, file=file)
        if set(raw_slots) - set(SLOT_NAMES):
            raise damaged
        if doc["format"] >= 2 and doc.get("checksum") != _checksum(raw_slots):
            raise damaged
        try:
            slots = {name: Slot.from_json(raw) for name, raw in raw_slots.items()}
        except (ValueError, TypeError, binascii.Error) as exc:
            raise damaged from exc
        return cls(slots=slots)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise VaultDamaged(VaultProblem.KEY_FILE_MISSING, file=path.name) from exc
        except OSError as exc:
            raise VaultDamaged(
                VaultProblem.KEY_FILE_UNREADABLE,
                file=path.name,
                reason=exc.strerror or "unreadable",
            ) from exc
        return cls.from_bytes(data, file=path.name)

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_bytes())


def _checksum(raw_slots: object) -> str:
    """SHA-256 over the slots as canonical JSON: catches damage, not forgery (the AEAD does)."""
    try:
        canonical = json.dumps(raw_slots, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return ""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
