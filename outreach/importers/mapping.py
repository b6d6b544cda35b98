"""Column mappings for plain CSV exports (TOML or JSON files in resources/mappings/)."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from outreach.errors import ImportFailed

#: Where the mappings shipped with the app live.
BUNDLED_MAPPINGS = Path(__file__).resolve().parents[2] / "resources" / "mappings"

#: Record fields a mapping may fill from columns or constants.
MAPPABLE_FIELDS = frozenset(
    {
        "name",
        "alternate_name",
        "description",
        "organization",
        "address_1",
        "address_2",
        "city",
        "region",
        "state",
        "postal_code",
        "country",
        "phone",
        "url",
        "email",
        "latitude",
        "longitude",
        "category",
        "language",
        "timezone",
        "eligibility_description",
        "fees_description",
        "application_process",
        "alert",
        "assured_date",
        "hours",
        "status",
    }
)
_ALIASES = {"county": "region", "state_province": "state", "zip": "postal_code", "lat": "latitude",
            "lon": "longitude", "website": "url", "categories": "category",
            "languages": "language"}  # fmt: skip


@dataclass
class FieldSource:
    """Which columns fill one field, and how several are joined."""

    columns: list[str]
    join: str = " "


@dataclass
class ColumnMapping:
    """A parsed mapping file."""

    path: Path
    fields: dict[str, FieldSource]
    constants: dict[str, list[str]]
    id_column: str | None = None
    id_hash: list[str] = field(default_factory=list)
    id_prefix: str = ""
    source: str | None = None
    detect_columns: list[str] = field(default_factory=list)
    #: Status column values (lower case) that mean each HSDS status, e.g. "closed" → inactive.
    status_values: dict[str, str] = field(default_factory=dict)
    #: Rows to leave out: (column, values in lower case).
    skip_column: str | None = None
    skip_values: frozenset[str] = frozenset()


def _fail(path: Path, message: str) -> ImportFailed:
    return ImportFailed(f"Mapping {path.name}: {message}")


def _field_name(path: Path, key: str) -> str:
    name = _ALIASES.get(key, key)
    if name not in MAPPABLE_FIELDS:
        known = ", ".join(sorted(MAPPABLE_FIELDS))
        raise _fail(path, f"unknown field {key!r} (known fields: {known}).")
    return name


def _string_list(path: Path, where: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise _fail(path, f"{where} must be a column name or a list of column names.")


def load_mapping(path: Path) -> ColumnMapping:
    """Parse a ``.toml`` or ``.json`` mapping; a clear ImportFailed for anything wrong.

    A bare name (``samhsa-treatment``) refers to a mapping shipped in resources/mappings.
    """
    if not path.exists() and path.parent == Path("."):
        for suffix in (".toml", ".json"):
            bundled = BUNDLED_MAPPINGS / f"{path.name}{suffix}"
            if bundled.exists():
                path = bundled
                break
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(path, "not a text file (a mapping is UTF-8 TOML or JSON).") from exc
    except OSError as exc:
        raise _fail(path, f"cannot read it ({exc.strerror or 'unreadable'}).") from exc
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        kind = path.suffix.lstrip(".").upper() or "TOML"
        raise _fail(path, f"not valid {kind} ({exc}).") from exc
    if not isinstance(data, dict):
        raise _fail(path, "expected a table of settings.")
    return _parse(path, data)


def _parse(path: Path, data: dict[str, Any]) -> ColumnMapping:
    raw_fields = data.get("fields", {})
    if not isinstance(raw_fields, dict):
        raise _fail(path, "[fields] must be a table.")
    fields: dict[str, FieldSource] = {}
    for key, spec in raw_fields.items():
        name = _field_name(path, key)
        if isinstance(spec, dict):
            columns = _string_list(path, f"fields.{key}.columns", spec.get("columns"))
            fields[name] = FieldSource(columns, str(spec.get("join", " ")))
        else:
            fields[name] = FieldSource(_string_list(path, f"fields.{key}", spec))
    constants: dict[str, list[str]] = {}
    raw_constants = data.get("constants", {})
    if not isinstance(raw_constants, dict):
        raise _fail(path, "[constants] must be a table.")
    for key, value in raw_constants.items():
        constants[_field_name(path, key)] = _string_list(path, f"constants.{key}", value)
    if "name" not in fields:
        raise _fail(path, "no column for the service name (fields.name).")
    for zone in constants.get("timezone", []):
        _check_zone(path, zone)
    id_spec = data.get("id", {})
    if not isinstance(id_spec, dict):
        raise _fail(path, "[id] must be a table with 'column' or 'hash'.")
    mapping = ColumnMapping(path, fields, constants)
    if "column" in id_spec:
        mapping.id_column = str(id_spec["column"])
    if "hash" in id_spec:
        mapping.id_hash = _string_list(path, "id.hash", id_spec["hash"])
    mapping.id_prefix = str(id_spec.get("prefix", ""))
    if isinstance(data.get("source"), str):
        mapping.source = data["source"]
    _parse_status(path, data.get("status", {}), mapping)
    _parse_skip(path, data.get("skip"), mapping)
    detect = data.get("detect", {})
    if isinstance(detect, dict) and "columns" in detect:
        mapping.detect_columns = _string_list(path, "detect.columns", detect["columns"])
    return mapping


_STATUS_KEYS = {"active": "active", "inactive": "inactive", "defunct": "defunct",
                "temporarily_closed": "temporarily closed"}  # fmt: skip


def _parse_status(path: Path, spec: Any, mapping: ColumnMapping) -> None:
    """``[status] inactive = ["Closed", "Not verified"]``: which values mean which status."""
    if not isinstance(spec, dict):
        raise _fail(path, '[status] must be a table such as inactive = ["Closed"].')
    for key, values in spec.items():
        status = _STATUS_KEYS.get(key)
        if status is None:
            known = ", ".join(_STATUS_KEYS)
            raise _fail(path, f"[status] {key!r} is not a status (known: {known}).")
        for value in _string_list(path, f"status.{key}", values):
            mapping.status_values[value.strip().lower()] = status
    if mapping.status_values and "status" not in mapping.fields:
        raise _fail(path, "[status] says which values mean what, but no column is fields.status.")


def _parse_skip(path: Path, spec: Any, mapping: ColumnMapping) -> None:
    """``[skip] column = "Level", values = ["Agency"]``: rows the import leaves out."""
    if spec is None:
        return
    if not isinstance(spec, dict) or not isinstance(spec.get("column"), str):
        raise _fail(path, '[skip] needs column = "..." and values = ["..."].')
    values = _string_list(path, "skip.values", spec.get("values"))
    mapping.skip_column = spec["column"]
    mapping.skip_values = frozenset(v.strip().lower() for v in values)


def _check_zone(path: Path, zone: str) -> None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _fail(path, f"unknown time zone {zone!r}.") from exc


def bundled_mapping_for(columns: set[str]) -> Path | None:
    """The shipped mapping whose ``[detect] columns`` all appear in ``columns``, if any."""
    if not BUNDLED_MAPPINGS.is_dir():
        return None
    for candidate in sorted(BUNDLED_MAPPINGS.glob("*.toml")):
        try:
            mapping = load_mapping(candidate)
        except ImportFailed:
            continue
        wanted = {c.lower() for c in mapping.detect_columns}
        if wanted and wanted <= columns:
            return candidate
    return None
