"""Checks that a value can be what its column says: a phone number, a postcode.

A mapping that points at the wrong column (the ZIP column as the phone) or a spreadsheet
that lost leading zeros gives values that look fine to a CSV reader and wrong to a
person. Phones are checked with ``phonenumbers`` (Google's libphonenumber data);
postcodes with the patterns of the countries the directories come from.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo

from outreach.directory.regions import timezone_for_us_state, us_state_code

_EXTENSION = re.compile(r"\s*(?:,|;|x|ext\.?|extension|#)\s*\d{1,6}\s*$", re.IGNORECASE)
# The North American Numbering Plan's shape: area code and exchange do not start with 0 or 1.
_NANP = re.compile(r"1?[2-9]\d{2}[2-9]\d{6}")
_LETTERS = re.compile(r"[A-Za-z]")

_US_ZIP = re.compile(r"\d{5}(?:-?\d{4})?")
_US_ZIP_LOST_ZEROS = re.compile(r"(?P<zip>\d{4,5})(?:-(?P<plus4>\d{1,4}))?")
_CA_POSTCODE = re.compile(r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d", re.I)
# States (and territories) whose ZIP codes start with 0: a spreadsheet drops that zero.
_ZERO_ZIP_STATES = frozenset({"CT", "MA", "ME", "NH", "NJ", "RI", "VT", "PR", "VI"})


def phone_problem(number: str, region: str = "US") -> str | None:
    """Why ``number`` cannot be a phone number, or None when it can be one.

    Short codes (211, 988, 741741) are phone numbers too: outreach lists them.
    Vanity numbers with letters (1-800-FOOD) are left to the reader.
    """
    main = _EXTENSION.sub("", number)
    digits = "".join(ch for ch in main if ch.isdigit())
    if _NANP.fullmatch(digits) and not main.lstrip().startswith("+"):
        return None  # the common case, decided without the library
    if _LETTERS.search(main):
        return None
    if len(set(digits)) <= 1:
        return "not a phone number"  # "0000000000", "9": a placeholder
    return _library_verdict(main, region)


@lru_cache(maxsize=4096)
def _library_verdict(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return "not a phone number"
    if phonenumbers.is_valid_number(parsed):
        return None
    national = str(parsed.national_number)
    if shortnumberinfo.is_valid_short_number_for_region(parsed, region):
        if len(national) <= 3:
            return None  # 211, 988, 911
        # libphonenumber takes any 5- or 6-digit number for a US text short code, which is
        # also what a ZIP code in the phone column looks like: said, not hidden.
        return f"not a phone number in {region} (a text-message short code?)"
    if phonenumbers.is_possible_number(parsed):
        return None  # a real-looking number libphonenumber has no range for (e.g. 555)
    return f"not a phone number in {region}"


def check_postcode(
    postcode: str, state: str | None, country: str | None
) -> tuple[str, str | None, bool]:
    """``(postcode, message, repaired)``.

    A US ZIP that lost its leading zero (``8053`` in NJ) is repaired; a value that cannot
    be a postcode of the address's country (a state name, a phone number) gets a message
    and is kept as it is.
    """
    text = postcode.strip()
    nation = (country or "").strip().upper()
    state_code = us_state_code(state or "")
    if nation in ("US", "USA", "UNITED STATES") or (not nation and state_code):
        if _US_ZIP.fullmatch(text):
            return text, None, False
        lost = _US_ZIP_LOST_ZEROS.fullmatch(text)
        if lost and (len(lost["zip"]) == 5 or state_code in _ZERO_ZIP_STATES):
            # Spreadsheets store ZIP and ZIP+4 as numbers: 08053-0042 becomes 8053-42.
            fixed = lost["zip"].zfill(5) + (f"-{lost['plus4'].zfill(4)}" if lost["plus4"] else "")
            return fixed, f"ZIP code {text!r} lost its leading zeros; read as {fixed}", True
        if timezone_for_us_state(text):
            return text, f"{text!r} is a state, not a ZIP code", False
        return text, f"{text!r} is not a US ZIP code", False
    if nation in ("CA", "CAN", "CANADA"):
        if _CA_POSTCODE.fullmatch(text):
            return text, None, False
        return text, f"{text!r} is not a Canadian postal code", False
    return text, None, False
