"""The resource-pack file format: names, limits and the manifest.

A pack is a ZIP archive holding exactly three members (see docs/pack-format.md):

- ``manifest.json``: a small JSON object, the :class:`PackManifest`;
- ``records.jsonl``: one canonical JSON directory record per line, sorted by id;
- ``removed.jsonl``: one JSON string per line, the ids a delta removes (empty in a full pack).

ZIP was chosen because every platform can open it for inspection, Python reads it without
extra dependencies, and each member can be streamed with a hard bound on its size.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

PACK_FORMAT = 1
"""The format number this release writes and the highest it reads."""

PACK_SUFFIX = ".ocpack"

MANIFEST_NAME = "manifest.json"
RECORDS_NAME = "records.jsonl"
REMOVED_NAME = "removed.jsonl"
MEMBER_NAMES = (MANIFEST_NAME, RECORDS_NAME, REMOVED_NAME)

MAX_MANIFEST_BYTES = 64 * 1024
MAX_RECORD_BYTES = 4 * 1024 * 1024
"""No single directory record is anywhere near this; a longer line means a broken pack."""

MAX_NAME_CHARS = 200

PackKind = Literal["full", "delta"]


@dataclass(frozen=True)
class PackManifest:
    """What a pack says about itself.

    ``services`` is the number of records the pack carries (for a delta, the added and changed
    ones); ``removed`` the number of ids a delta removes. ``content_sha256`` is the SHA-256 of
    ``records.jsonl``, a NUL byte, then ``removed.jsonl`` (see :func:`content_digest`).
    """

    format: int
    kind: PackKind
    version: int
    base_version: int | None
    created: str
    name: str
    source: str
    services: int
    removed: int
    content_sha256: str

    def to_json(self) -> bytes:
        """The manifest as written into the pack (sorted keys, UTF-8)."""
        return json.dumps(asdict(self), sort_keys=True, indent=1, ensure_ascii=False).encode()

    def describe(self) -> str:
        """One line for people: "Springfield 211, version 7 (delta from 6), 120 services"."""
        kind = "full" if self.kind == "full" else f"delta from {self.base_version}"
        text = f"{self.name}, version {self.version} ({kind}), {self.services:,} services"
        if self.kind == "delta":
            text += f", {self.removed:,} removed"
        return text


def canonical_json(record: Any) -> str:
    """The canonical text of a record, as defined in docs/records.md."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_digest(record: dict[str, Any]) -> str:
    """SHA-256 (hex) of a record's canonical JSON: equal digests mean equal records."""
    return hashlib.sha256(canonical_json(record).encode()).hexdigest()


def content_digest(records_jsonl: bytes, removed_jsonl: bytes) -> str:
    """The manifest's ``content_sha256`` for the two content members.

    JSON text can never contain a raw NUL, so the separator makes the split unambiguous.
    """
    digest = hashlib.sha256(records_jsonl)
    digest.update(b"\0")
    digest.update(removed_jsonl)
    return digest.hexdigest()
