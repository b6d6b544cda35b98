"""Phone numbers as HSDS phone records, normalised with ``phonenumbers``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import phonenumbers


@dataclass(frozen=True)
class Phone:
    """A callable number: national format without extension, the extension apart."""

    number: str
    extension: str | None
    label: str

    @property
    def key(self) -> tuple[str, str | None]:
        return self.number, self.extension

    def hsds(self, record_id: str, position: int) -> dict[str, Any]:
        phone: dict[str, Any] = {
            "id": f"{record_id}-phone-{position}",
            "number": self.number,
            "type": "voice",
            "description": self.label,
        }
        if self.extension:
            # HSDS 3 types the extension as a number; every SAMHSA extension is digits.
            phone["extension"] = int(self.extension)
        return phone


def parse_phone(text: str, label: str) -> Phone | None:
    """ "410-273-1030 x4100" -> Phone("(410) 273-1030", "4100"); ``None`` when the text is
    empty or not a valid US number (vanity letters such as "800-999HOPE" are dialled)."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    extension = parsed.extension if parsed.extension and parsed.extension.isdigit() else None
    parsed.extension = None
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return Phone(number, extension, label)


def merge_phones(*groups: list[Phone]) -> list[Phone]:
    """All phones in order, each number (with its extension) once: the first label wins."""
    seen: set[tuple[str, str | None]] = set()
    merged: list[Phone] = []
    for group in groups:
        for phone in group:
            if phone.key not in seen:
                seen.add(phone.key)
                merged.append(phone)
    return merged
