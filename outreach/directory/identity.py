"""The one check every stored, built or read record passes: an object with an id and a name.

Light on purpose (packs are built and read without the store's search machinery); each caller
words the fault its own way (an import report, a refused pack, a failed build).
"""

from __future__ import annotations

import enum


class RecordFault(enum.Enum):
    NOT_AN_OBJECT = "not an object"
    NO_ID = "no id"
    NO_NAME = "no name"


def record_fault(record: object) -> RecordFault | None:
    """What keeps ``record`` from being a service record, or None when it is one."""
    if not isinstance(record, dict):
        return RecordFault.NOT_AN_OBJECT
    record_id = record.get("id")
    if not isinstance(record_id, str) or not record_id.strip():
        return RecordFault.NO_ID
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        return RecordFault.NO_NAME
    return None
