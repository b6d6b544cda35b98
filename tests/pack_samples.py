"""Directory records for the pack tests, made from the official HSDS 3.0 example service."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from outreach.packs.format import content_digest

SERVICE_FULL = Path(__file__).resolve().parent / "data" / "hsds-3.0-examples" / "service_full.json"


def example_service() -> dict[str, Any]:
    """The HSDS example service in the record shape (organization without its lists)."""
    record: dict[str, Any] = json.loads(SERVICE_FULL.read_text(encoding="utf-8"))
    organization = record.get("organization") or {}
    for key in ("services", "locations"):
        organization.pop(key, None)
    return record


def sample_records(count: int, *, prefix: str = "svc", text: str = "") -> list[dict[str, Any]]:
    """``count`` distinct services cloned from the example, ids ``{prefix}-0000`` upwards."""
    template = json.dumps(example_service())
    description = json.loads(template).get("description", "")
    records = []
    for n in range(count):
        record = json.loads(template)  # a fresh copy, several times faster than deepcopy
        record["id"] = f"{prefix}-{n:04d}"
        record["name"] = f"Community Counselling {n}{text}"
        record["description"] = f"{description} Branch {n}."
        records.append(record)
    return records


def zip_members(members: dict[str, bytes]) -> bytes:
    """A ZIP holding exactly ``members`` (for hand-made, broken packs)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def hand_made_pack(
    records_jsonl: bytes, removed_jsonl: bytes = b"", **manifest_overrides: Any
) -> bytes:
    """A pack with the given member contents and a manifest that matches them unless told."""
    services = records_jsonl.count(b"\n")
    manifest: dict[str, Any] = {
        "format": 1,
        "kind": "full",
        "version": 1,
        "base_version": None,
        "created": "2024-05-01T12:00:00Z",
        "name": "Hand made",
        "source": "tests",
        "services": services,
        "removed": removed_jsonl.count(b"\n"),
        "content_sha256": content_digest(records_jsonl, removed_jsonl),
    }
    manifest.update(manifest_overrides)
    return zip_members(
        {
            "manifest.json": json.dumps(manifest).encode(),
            "records.jsonl": records_jsonl,
            "removed.jsonl": removed_jsonl,
        }
    )
