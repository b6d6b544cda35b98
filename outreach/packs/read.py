"""Reading untrusted pack bytes: bounded, validated, with a clear reason when refused.

Nothing here trusts the archive: member names are checked against the three the format
allows, sizes are bounded before and while decompressing (a pack that claims 1 KB and
inflates to 1 GB stops at the limit), and every record and removed id is validated before
:func:`read_pack` returns. Any problem raises :class:`~outreach.errors.PackRejected`.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from outreach.directory.identity import RecordFault, record_fault
from outreach.errors import PackRejected
from outreach.packs.format import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_NAME_CHARS,
    MAX_RECORD_BYTES,
    MEMBER_NAMES,
    PACK_FORMAT,
    RECORDS_NAME,
    REMOVED_NAME,
    PackManifest,
)
from outreach.packs.problems import PackProblem

DEFAULT_MAX_UNCOMPRESSED = 2_000_000_000
_CHUNK = 1 << 20
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA)
_OBJECT_LIST_FIELDS = (
    "phones",
    "schedules",
    "languages",
    "cost_options",
    "required_documents",
    "service_areas",
    "contacts",
    "funding",
    "attributes",
    "service_at_locations",
)
_OBJECT_FIELDS = ("organization", "program")
# Errors the standard library raises for damaged or hostile archives.
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
)


# A records member up to this size is kept unpacked after the first pass, so applying the
# pack does not decompress it again; a larger one is streamed from the archive each time.
_KEEP_UNPACKED = 64_000_000


@dataclass(frozen=True)
class Pack:
    """A pack whose bytes passed every check. Records are streamed again on demand."""

    manifest: PackManifest
    removed_ids: tuple[str, ...]
    data: bytes = field(repr=False)
    max_uncompressed: int = field(default=DEFAULT_MAX_UNCOMPRESSED, repr=False)
    #: The lines of ``records.jsonl``, unpacked, when small enough to keep (``_KEEP_UNPACKED``).
    record_lines: tuple[bytes, ...] | None = field(default=None, repr=False)

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """Yield the pack's records, each checked as it streams, in the order written.

        Raises ``PackRejected`` at the first bad record, a repeated id, or an id the pack
        also removes: a pack read with ``check_records=False`` is checked here, and an
        apply that meets the problem is rolled back.
        """
        seen: set[str] = set()
        removed = set(self.removed_ids)
        for number, line in enumerate(self._record_lines(), start=1):
            record = _parse_record(number, line)
            record_id = record["id"]
            if record_id in seen:
                raise PackRejected(f"Record {number:,} repeats the id {_show(record_id)}.")
            if record_id in removed:
                raise PackRejected(
                    f"The resource pack both changes and removes {_show(record_id)}."
                )
            seen.add(record_id)
            yield record

    def _record_lines(self) -> Iterator[bytes]:
        if self.record_lines is not None:
            yield from self.record_lines
            return
        with _open_archive(self.data) as archive:
            yield from _member_lines(archive, RECORDS_NAME, self.max_uncompressed)


def read_pack(
    data: bytes, *, max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED, check_records: bool = True
) -> Pack:
    """Check ``data`` is a well-formed resource pack and return it.

    ``max_uncompressed`` bounds the total unpacked size. Raises ``PackRejected`` naming the
    problem ("pack is not a resource pack", "record 1,234 has no id", ...).

    ``check_records=False`` checks everything but the records' contents (the archive, the
    manifest, the checksum, the counts, the removed ids) and leaves each record to be
    checked as :meth:`Pack.iter_records` streams it: for a pack about to be applied in one
    transaction, which a bad record rolls back, it saves parsing every record twice.
    """
    with _open_archive(data) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if MANIFEST_NAME not in names:
            raise PackRejected(PackProblem.NO_MANIFEST)
        unexpected = sorted(set(names) - set(MEMBER_NAMES))
        if unexpected or len(names) != len(set(names)) or len(names) != len(MEMBER_NAMES):
            if unexpected:
                raise PackRejected(PackProblem.UNEXPECTED_MEMBER, member=repr(unexpected[0]))
            raise PackRejected(PackProblem.CONTENTS_NOT_AS_EXPECTED)
        if any(info.compress_type not in _METHODS for info in infos):
            raise PackRejected(PackProblem.COMPRESSION)
        declared = sum(info.file_size for info in infos)
        if declared > max_uncompressed:
            raise PackRejected(
                PackProblem.TOO_BIG, size=f"{declared:,}", allowed=f"{max_uncompressed:,}"
            )
        manifest = _parse_manifest(_read_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES))
        digest = hashlib.sha256()
        services = 0
        seen: set[str] = set()
        kept: list[bytes] | None = []
        kept_bytes = 0
        for line in _member_lines(archive, RECORDS_NAME, max_uncompressed, digest):
            services += 1
            if kept is not None:
                kept.append(line)
                kept_bytes += len(line)
                if kept_bytes > _KEEP_UNPACKED:
                    kept = None
            if not check_records:
                continue
            record_id = _parse_record(services, line)["id"]
            if record_id in seen:
                raise PackRejected(f"Record {services:,} repeats the id {_show(record_id)}.")
            seen.add(record_id)
        digest.update(b"\0")
        removed: list[str] = []
        for line in _member_lines(archive, REMOVED_NAME, max_uncompressed, digest):
            removed.append(_parse_removed_id(len(removed) + 1, line, seen))
    if len(set(removed)) != len(removed):
        raise PackRejected("The resource pack lists a removed id twice.")
    if services != manifest.services or len(removed) != manifest.removed:
        raise PackRejected(
            PackProblem.INCOMPLETE,
            services=f"{manifest.services:,}",
            removals=f"{manifest.removed:,}",
            held_services=f"{services:,}",
            held_removals=f"{len(removed):,}",
        )
    if manifest.kind == "full" and removed:
        raise PackRejected("A full resource pack cannot remove services.")
    if digest.hexdigest() != manifest.content_sha256:
        raise PackRejected(PackProblem.CONTENT_MISMATCH)
    lines = tuple(kept) if kept is not None else None
    return Pack(manifest, tuple(removed), data, max_uncompressed, lines)


def _open_archive(data: bytes) -> zipfile.ZipFile:
    if not data.startswith(b"PK\x03\x04"):
        raise PackRejected(PackProblem.NOT_A_PACK)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _ARCHIVE_ERRORS as exc:
        raise PackRejected(PackProblem.ARCHIVE_DAMAGED) from exc


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    return b"".join(_chunks(archive, name, limit))


def _chunks(archive: zipfile.ZipFile, name: str, limit: int) -> Iterator[bytes]:
    """Decompress one member in chunks, stopping as soon as it exceeds ``limit`` bytes."""
    total = 0
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise PackRejected(
                        PackProblem.MEMBER_TOO_BIG, member=name, allowed=f"{limit:,}"
                    )
                yield chunk
    except _ARCHIVE_ERRORS as exc:
        raise PackRejected(PackProblem.MEMBER_UNREADABLE, member=name) from exc


def _member_lines(
    archive: zipfile.ZipFile, name: str, limit: int, digest: Any = None
) -> Iterator[bytes]:
    pending = b""
    for chunk in _chunks(archive, name, limit):
        if digest is not None:
            digest.update(chunk)
        pieces = (pending + chunk).split(b"\n")
        pending = pieces.pop()
        # Only the first piece can have grown across chunks; the others fit in one chunk.
        if len(pending) > MAX_RECORD_BYTES or (pieces and len(pieces[0]) > MAX_RECORD_BYTES):
            raise PackRejected(f"The resource pack's {name} has a line longer than allowed.")
        yield from pieces
    if pending:
        yield pending


def _load_json(data: bytes) -> Any:
    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)


def _parse_manifest(data: bytes) -> PackManifest:
    try:
        raw = _load_json(data)
    except (ValueError, RecursionError) as exc:
        raise PackRejected("The resource pack's manifest is not valid JSON.") from exc
    if not isinstance(raw, dict):
        raise PackRejected("The resource pack's manifest is not a JSON object.")
    fmt = raw.get("format")
    if not _is_int(fmt):
        raise PackRejected("The resource pack's manifest has no format number.")
    if fmt > PACK_FORMAT:
        raise PackRejected(PackProblem.NEWER_FORMAT, format=fmt, readable=PACK_FORMAT)
    kind = raw.get("kind")
    if kind not in ("full", "delta"):
        raise PackRejected("The resource pack's manifest has an unknown kind.")
    version = _manifest_int(raw, "version", minimum=1)
    base = raw.get("base_version")
    if kind == "full" and base is not None:
        raise PackRejected("A full resource pack cannot have a base version.")
    if kind == "delta":
        base = _manifest_int(raw, "base_version", minimum=1)
        if base >= version:
            raise PackRejected(f"A delta to version {version} cannot start from version {base}.")
    created = _manifest_str(raw, "created", 40)
    try:
        if datetime.fromisoformat(created).tzinfo is None:
            raise ValueError("no time zone")
    except ValueError as exc:
        raise PackRejected("The resource pack's creation time is not a valid date.") from exc
    digest = _manifest_str(raw, "content_sha256", 64)
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise PackRejected("The resource pack's manifest has no valid content checksum.")
    name = _manifest_str(raw, "name", MAX_NAME_CHARS)
    if not name.strip():
        raise PackRejected("The resource pack has no name.")
    return PackManifest(
        format=fmt,
        kind=kind,
        version=version,
        base_version=base,
        created=created,
        name=name,
        source=_manifest_str(raw, "source", 2000),
        services=_manifest_int(raw, "services", minimum=0),
        removed=_manifest_int(raw, "removed", minimum=0),
        content_sha256=digest,
    )


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _manifest_int(raw: dict[str, Any], key: str, *, minimum: int) -> int:
    value = raw.get(key)
    if not _is_int(value) or value < minimum:
        raise PackRejected(f"The resource pack's manifest has no valid {key.replace('_', ' ')}.")
    return int(value)


def _manifest_str(raw: dict[str, Any], key: str, max_chars: int) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or len(value) > max_chars:
        raise PackRejected(f"The resource pack's manifest has no valid {key.replace('_', ' ')}.")
    return value


def _parse_record(number: int, line: bytes) -> dict[str, Any]:
    try:
        record = _load_json(line)
    except UnicodeDecodeError as exc:
        raise PackRejected(f"Record {number:,} is not UTF-8 text.") from exc
    except (ValueError, RecursionError) as exc:
        raise PackRejected(f"Record {number:,} is not valid JSON.") from exc
    fault = record_fault(record)
    if fault is RecordFault.NOT_AN_OBJECT:
        raise PackRejected(f"Record {number:,} is not a JSON object.")
    if fault is RecordFault.NO_ID:
        raise PackRejected(f"Record {number:,} has no id.")
    record_id = record["id"]
    if fault is RecordFault.NO_NAME:
        raise PackRejected(f"Record {number:,} (id {_show(record_id)}) has no name.")
    for key in _OBJECT_LIST_FIELDS:
        value = record.get(key)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(item, dict) for item in value)
        ):
            raise PackRejected(
                f"Record {number:,} (id {_show(record_id)}): {key} is not a list of objects."
            )
    for key in _OBJECT_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, dict):
            raise PackRejected(
                f"Record {number:,} (id {_show(record_id)}): {key} is not an object."
            )
    return record


def _parse_removed_id(number: int, line: bytes, kept: set[str]) -> str:
    try:
        value = _load_json(line)
    except (ValueError, RecursionError) as exc:
        raise PackRejected(f"Removed id {number:,} is not valid JSON.") from exc
    if not isinstance(value, str) or not value.strip():
        raise PackRejected(f"Removed id {number:,} is not an id.")
    if value in kept:
        raise PackRejected(f"The resource pack both changes and removes {_show(value)}.")
    return value


def _show(record_id: str) -> str:
    """An id quoted for a message, cut short so a hostile pack cannot flood the screen."""
    return repr(record_id if len(record_id) <= 60 else record_id[:57] + "...")
