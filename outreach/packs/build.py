"""Writing packs: a full pack from records, and a delta between two full packs."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal

from outreach.directory.identity import RecordFault, record_fault
from outreach.errors import UserFacingError
from outreach.packs.format import (
    MANIFEST_NAME,
    MAX_NAME_CHARS,
    PACK_FORMAT,
    RECORDS_NAME,
    REMOVED_NAME,
    PackKind,
    PackManifest,
    canonical_json,
    content_digest,
    record_digest,
)
from outreach.packs.read import read_pack

# Level 6 is zlib's default: level 9 makes 100,000-service packs noticeably slower to build
# for about 1% less size.
COMPRESS_LEVEL = 6
Compression = Literal["deflate", "lzma"]
# deflate builds fast (about 80 MB/s); lzma is about 30% smaller but 30 times slower to build,
# worth it for a pack shipped inside the app. Both unpack quickly.
_METHODS = {"deflate": zipfile.ZIP_DEFLATED, "lzma": zipfile.ZIP_LZMA}


class PackBuildFailed(UserFacingError):
    """The records given could not be made into a pack (the message says which and why)."""


def build_pack(
    records: Iterable[dict[str, Any]],
    *,
    version: int,
    name: str,
    source: str,
    created: datetime | None = None,
    compression: Compression = "deflate",
) -> bytes:
    """Build a full pack holding ``records`` and return its bytes.

    ``compression`` is ``"deflate"`` (fast) or ``"lzma"`` (smaller, slow to build).
    The result depends only on the arguments: the same records, version, name, source and
    creation time always give the same bytes (records are written sorted by id).
    """
    _check_identity(version, name)
    lines: dict[str, str] = {}
    for number, record in enumerate(records, start=1):
        fault = record_fault(record)
        if fault is RecordFault.NOT_AN_OBJECT:
            raise PackBuildFailed(f"record {number:,} is not a JSON object")
        if fault is RecordFault.NO_ID:
            raise PackBuildFailed(f"record {number:,} has no id")
        record_id = record["id"]
        if fault is RecordFault.NO_NAME:
            raise PackBuildFailed(f"record {number:,} (id {record_id!r}) has no name")
        if record_id in lines:
            raise PackBuildFailed(f"record {number:,} repeats the id {record_id!r}")
        lines[record_id] = canonical_json(record)
    return _write_pack(
        kind="full",
        version=version,
        base_version=None,
        name=name,
        source=source,
        created=created,
        record_lines=[lines[key] for key in sorted(lines)],
        removed_ids=[],
        compression=compression,
    )


def make_delta(base_pack: bytes, new_pack: bytes, *, compression: Compression = "deflate") -> bytes:
    """A delta pack taking a vault from ``base_pack``'s version to ``new_pack``'s.

    It carries the records that are new or changed (by canonical content) and the ids that
    ``new_pack`` no longer has. Both inputs must be full packs, the new one of a higher version.
    """
    base = read_pack(base_pack)
    new = read_pack(new_pack)
    if base.manifest.kind != "full" or new.manifest.kind != "full":
        raise PackBuildFailed("a delta can only be made between two full packs")
    if new.manifest.version <= base.manifest.version:
        raise PackBuildFailed(
            f"the new pack's version ({new.manifest.version}) must be higher than "
            f"the base pack's ({base.manifest.version})"
        )
    base_digests = {record["id"]: record_digest(record) for record in base.iter_records()}
    changed: list[str] = []
    seen: set[str] = set()
    for record in new.iter_records():
        record_id = record["id"]
        seen.add(record_id)
        text = canonical_json(record)
        if base_digests.get(record_id) != record_digest(record):
            changed.append(text)
    removed = sorted(set(base_digests) - seen)
    return _write_pack(
        kind="delta",
        version=new.manifest.version,
        base_version=base.manifest.version,
        name=new.manifest.name,
        source=new.manifest.source,
        created=datetime.fromisoformat(new.manifest.created),
        record_lines=changed,
        removed_ids=removed,
        compression=compression,
    )


def _check_identity(version: int, name: str) -> None:
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PackBuildFailed(f"pack version must be a whole number from 1 up, not {version!r}")
    if not name.strip():
        raise PackBuildFailed("a pack needs a name")
    if len(name) > MAX_NAME_CHARS:
        raise PackBuildFailed(f"a pack name can have at most {MAX_NAME_CHARS} characters")


def _write_pack(
    *,
    kind: PackKind,
    version: int,
    base_version: int | None,
    name: str,
    source: str,
    created: datetime | None,
    record_lines: list[str],
    removed_ids: list[str],
    compression: Compression,
) -> bytes:
    when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    records_bytes = "".join(line + "\n" for line in record_lines).encode()
    removed_bytes = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in removed_ids).encode()
    manifest = PackManifest(
        format=PACK_FORMAT,
        kind=kind,
        version=version,
        base_version=base_version,
        created=when.isoformat().replace("+00:00", "Z"),
        name=name.strip(),
        source=source.strip(),
        services=len(record_lines),
        removed=len(removed_ids),
        content_sha256=content_digest(records_bytes, removed_bytes),
    )
    # Fixed member timestamps keep builds reproducible; ZIP cannot store dates before 1980.
    stamp = max(when, datetime(1980, 1, 1, tzinfo=UTC)).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, payload, method in (
            (MANIFEST_NAME, manifest.to_json(), zipfile.ZIP_STORED),
            (RECORDS_NAME, records_bytes, _METHODS[compression]),
            (REMOVED_NAME, removed_bytes, _METHODS[compression]),
        ):
            info = zipfile.ZipInfo(member, date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = method
            level = COMPRESS_LEVEL if method == zipfile.ZIP_DEFLATED else None
            archive.writestr(info, payload, compresslevel=level)
    return buffer.getvalue()
