"""Value cleaners shared by every importer: text, dates, times, numbers, coordinates, ids.

Each cleaner returns the clean value (or ``None`` when nothing usable is left) and
leaves reporting to the caller, which knows the file, row and field.
"""

from __future__ import annotations

import hashlib
import html
import re
import uuid
from datetime import date, datetime

import ftfy
from dateutil import parser as date_parser

from outreach.directory.numbers import parse_number

# uuid5 namespace for ids the importers make up, so that importing the same file
# twice gives the same ids (packs diff records by id).
GENERATED_ID_NAMESPACE = uuid.UUID("6f1c2a52-5d0e-4b53-9a3e-0c1f6e7b9d21")

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# </li> is left out: the next <li> already starts a line.
_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/p|/div|/h[1-6]|/tr)\s*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<\s*li(?:\s[^<>]*)?>", re.IGNORECASE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def clean_text(value: str) -> tuple[str, bool]:
    """Return ``(clean, repaired)``.

    ``repaired`` is true when escapes, markup or entities were removed; trimming
    whitespace alone is not worth reporting.
    """
    if "\\" not in value and "<" not in value and "&" not in value:
        return value.strip(), False
    text = value
    if "\\" in text:
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\r", "\n")
        text = text.replace("\\t", " ")
    if "<" in text and _TAG.search(text):
        text = _LIST_ITEM.sub("\n- ", text)
        text = _BLOCK_END.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if text == value:
        return value.strip(), False
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return text, True


# A UTF-8 lead byte read as Windows-1252/Latin-1 followed by a continuation byte read the
# same way: the mark of text decoded with the wrong codec ("nationâ€™s"). Checked first
# because ftfy's own check costs far more than a regex on every value.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6"
    "\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc"
    "\u2122\u0161\u203a\u0153\u017e\u0178]"
)
# UTF-8 read as the DOS code page 437 ("nationΓÇÖs"), which ftfy does not undo.
_CP437_HINT = re.compile("[\u0393\u251c\u252c\u2524\u2557\u255d\u00c7][^\x00-\x7f]")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")


def _undo_cp437(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        return run.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def fix_mojibake(value: str) -> tuple[str, bool]:
    """Return ``(text, repaired)``: text garbled by a wrong decoding, put right.

    ``nationâ€™s`` (UTF-8 read as Windows-1252) is undone by ftfy; ``nationΓÇÖs`` (read as
    code page 437) run by run. Text with no such marks is returned untouched.
    """
    text = value
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    if _CP437_HINT.search(text):
        text = _NON_ASCII_RUN.sub(_undo_cp437, text)
    return text, text != value


# What dateutil fills in for parts a date leaves out ("March 2023" → the 1st), instead
# of today's day, which would make imports depend on when they ran.
_MISSING_PARTS = datetime(2000, 1, 1)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HAS_YEAR = re.compile(r"\d{4}|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from ISO, US ``03/15/2023``, ``15 March 2023`` or a timestamp."""
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    if not _HAS_YEAR.search(text):
        # dateutil would happily turn "12" or "March" into a date in the current year.
        return None
    try:
        return date_parser.parse(text, default=_MISSING_PARTS).date().isoformat()
    except (ValueError, OverflowError):
        return None


def parse_datetime(value: str) -> str | None:
    """An ISO 8601 timestamp; valid ISO text is kept as written."""
    text = value.strip()
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return text
    except ValueError:
        pass
    if not _HAS_YEAR.search(text):
        return None
    try:
        return date_parser.parse(text, default=_MISSING_PARTS).isoformat()
    except (ValueError, OverflowError):
        return None


_CLEAN_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")
_LOOSE_TIME = re.compile(
    r"(\d{1,2})(?:[:.h]?([0-5]\d))?(?::([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE
)


def parse_time(value: str) -> str | None:
    """``HH:MM`` (or ``HH:MM:SS``) from ``9am``, ``0900``, ``9:00 PM``, ``noon``, ``24:00``…"""
    text = value.strip()
    if _CLEAN_TIME.fullmatch(text):
        return text
    lowered = text.lower()
    if lowered == "noon":
        return "12:00"
    if lowered in ("midnight", "24:00", "24:00:00", "2400"):
        # Closing at the end of the day: 00:00 reads as "past midnight" to the hours code.
        return "00:00"
    match = _LOOSE_TIME.fullmatch(text)
    if not match:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    second = int(match.group(3) or 0)
    meridiem = (match.group(4) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif match.group(2) is None and len(match.group(1)) > 2:
        return None
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}" if second else f"{hour:02d}:{minute:02d}"


def parse_coordinates(latitude: object, longitude: object) -> tuple[float, float] | None:
    """``(lat, lon)`` when both are numbers on Earth and not the 0,0 placeholder."""
    lat = parse_number(latitude)
    lon = parse_number(longitude)
    if lat is None or lon is None:
        return None
    lat, lon = float(lat), float(lon)
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if lat == 0.0 and lon == 0.0:
        return None
    return lat, lon


def parse_bool(value: object) -> bool | None:
    """True/false from ``true``, ``yes``, ``1``, ``Y``… (None when unclear)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "t", "yes", "y", "1"):
        return True
    if text in ("false", "f", "no", "n", "0"):
        return False
    return None


_NAMESPACE_BYTES = GENERATED_ID_NAMESPACE.bytes


def stable_id(*parts: str) -> str:
    """A UUID (version 5) derived from ``parts``: the same inputs always give the same id.

    Equal to ``str(uuid.uuid5(GENERATED_ID_NAMESPACE, "\\x1f".join(parts)))``, computed
    without building UUID objects because importers make several ids per row.
    """
    digest = bytearray(
        hashlib.sha1(
            _NAMESPACE_BYTES + "\x1f".join(parts).encode(), usedforsecurity=False
        ).digest()[:16]
    )
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
