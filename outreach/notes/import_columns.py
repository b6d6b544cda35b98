"""Which CSV column holds which notes field: by header (English or Spanish) or by a mapping.

A notes spreadsheet whose headers name the fields imports as it is; any other takes a small
mapping file (TOML or JSON)::

    date_order = "dmy"            # how to read 03/04/2025 (default: mdy, or dmy for Spanish)
    [fields]
    alias = "Client nickname"
    date = "Date of contact"
    note = ["Notes", "Follow-up notes"]   # several columns are joined, one paragraph each
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outreach.directory.text import fold
from outreach.errors import ImportFailed, ImportProblem
from outreach.notes.csv_read import normalise_header

FIELDS = ("alias", "date", "time", "place", "needs", "supplies", "note", "referred_to", "tags")
REQUIRED = ("alias", "date")

_ENGLISH = {
    "alias": ["alias", "nickname", "client_alias", "street_name"],
    "date": ["date", "contact_date", "date_of_contact", "encounter_date", "when"],
    "time": ["time", "contact_time"],
    "place": ["place", "location", "where", "site"],
    "needs": ["needs", "need"],
    "supplies": ["supplies", "supplies_given", "harm_reduction_supplies"],
    "note": ["note", "notes", "narrative", "comments"],
    "referred_to": ["referred_to", "referral", "referrals", "referred"],
    "tags": ["tags", "tag"],
}
_SPANISH = {
    "alias": ["apodo", "seudonimo", "alias_del_cliente"],
    "date": ["fecha", "fecha_de_contacto", "fecha_del_encuentro"],
    "time": ["hora"],
    "place": ["lugar", "sitio", "ubicacion", "donde"],
    "needs": ["necesidades", "necesidad"],
    "supplies": ["insumos", "materiales", "suministros"],
    "note": ["nota", "notas", "narrativa", "comentarios"],
    "referred_to": [
        "referido_a",
        "referida_a",
        "derivado_a",
        "derivada_a",
        "remitido_a",
        "derivacion",
        "referencia",
    ],
    "tags": ["etiquetas", "etiqueta"],
}


@dataclass(frozen=True)
class NotesColumns:
    """For each field, the normalised header names whose values fill it."""

    fields: dict[str, tuple[str, ...]]
    date_order: str  # "mdy" or "dmy"
    source: str  # "headers" or the mapping's file name


def _lookup() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for spanish, names in ((False, _ENGLISH), (True, _SPANISH)):
        for field, words in names.items():
            for word in words:
                table.setdefault(word, (field, spanish))
    return table


def columns_from_headers(header: list[str]) -> NotesColumns:
    """Recognise the fields by their headers; raises with what is missing and what is there."""
    lookup = _lookup()
    fields: dict[str, tuple[str, ...]] = {}
    spanish_votes = 0
    for column in header:
        found = lookup.get(fold(column))
        if found and found[0] not in fields:
            fields[found[0]] = (column,)
            spanish_votes += 1 if found[1] else -1
    _require(fields, header, ImportProblem.NO_COLUMN_GIVE_MAPPING)
    return NotesColumns(fields, "dmy" if spanish_votes > 0 else "mdy", "headers")


def _require(fields: dict[str, Any], header: list[str], refusal: ImportProblem) -> None:
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        shown = ", ".join(header[:20]) or "none"
        raise ImportFailed(refusal, fields=" and ".join(missing), headers=shown)


def load_columns_mapping(path: Path, header: list[str]) -> NotesColumns:
    """Parse a notes column mapping and check its columns exist in ``header``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ImportFailed(
            ImportProblem.MAPPING_UNREADABLE, file=path.name, reason=exc.strerror
        ) from exc
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ImportFailed(ImportProblem.MAPPING_NOT_VALID, file=path.name, detail=exc) from exc
    raw = data.get("fields") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        raise ImportFailed(ImportProblem.MAPPING_NO_FIELDS, file=path.name)
    fields: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if key not in FIELDS:
            raise ImportFailed(
                ImportProblem.MAPPING_UNKNOWN_FIELD,
                file=path.name,
                field=repr(key),
                known=", ".join(FIELDS),
            )
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ImportFailed(ImportProblem.MAPPING_FIELD_NOT_COLUMNS, file=path.name, field=key)
        columns = tuple(normalise_header(n) for n in names)
        absent = [n for n, c in zip(names, columns, strict=True) if c not in header]
        if absent:
            raise ImportFailed(
                ImportProblem.MAPPING_COLUMN_ABSENT,
                file=path.name,
                field=key,
                column=repr(absent[0]),
            )
        fields[key] = columns
    order = data.get("date_order", "mdy")
    if order not in ("mdy", "dmy"):
        raise ImportFailed(ImportProblem.MAPPING_DATE_ORDER, file=path.name)
    _require(fields, header, ImportProblem.NO_COLUMN_IN_MAPPING)
    return NotesColumns(fields, str(order), path.name)
