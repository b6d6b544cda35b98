"""Facts derived from a record at upsert time, so search filters are plain index look-ups.

Decisions (documented here because they change what a worker sees):

- **free**: a service is free when any cost option has amount 0 or says "free"/"no cost"/
  "no charge", or the fees text says so ("free", "no cost", "no charge", "at no cost",
  "gratis", "gratuito"), and that text does not say "not free". A *sliding scale* is not
  free: it still charges, and the filter is for someone with no money at all.
- **walk_in**: the text (description, application process, schedule and
  service-at-location descriptions, attribute names) mentions walk-in(s) or drop-in, "no
  appointment (needed/necessary/required)" or "sin cita", and does not say "no walk-ins" or
  "by appointment only".
- **categories**: keywords from ``resources/categories.toml`` found as whole words in the
  taxonomy term names and codes, name, alternate name, program name and description. A
  record carrying SAMHSA's 2023 service codes (``x_samhsa_codes`` or ``SAMHSA-2023:<code>``
  terms) gets its categories from those codes alone, through
  ``resources/samhsa-2023-codes.toml`` (:mod:`outreach.directory.samhsa_codes`): SAMHSA's
  names are not keyword-matched, and neither is the facility's name.
- **languages**: codes and names from the service, its phones, its locations and their
  phones, normalised through ``resources/languages.toml`` ("Spanish", "es", "spa" and
  "Español" all become "es"). Interpretation-service text is not counted: interpretation on
  request is not staff who speak the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from outreach.directory import samhsa_codes
from outreach.directory.text import fold, load_resource


@dataclass(frozen=True)
class Point:
    """One located service-at-location."""

    location_id: str | None
    lat: float
    lon: float
    postcode: str | None
    city: str | None
    region: str | None
    #: Only the postcode's centre (``x_approximate_postcode``): near, never an address.
    approximate: bool = False


# Words as ``\b`` sees them: a keyword can only start where one of these starts.
_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class _KeywordMatcher:
    """Finds category keywords as whole words in folded text.

    The same matches as ``\b(?:k1|k2|…)\b`` with the longest keywords first (leftmost,
    longest at each place, never overlapping: "mental health center" gives "mental health",
    not also "health center"), but looked up by first word instead of trying every keyword
    at every word boundary, which made this the slowest step of an import.
    """

    #: first word of a keyword -> the keywords that start with it, longest first.
    by_first_word: dict[str, tuple[str, ...]]
    categories: dict[str, tuple[str, ...]]

    def keywords(self, folded: str) -> Iterator[str]:
        resume = 0
        for word in _WORD_RUN.finditer(folded):
            start = word.start()
            if start < resume:
                continue
            for keyword in self.by_first_word.get(word.group(), ()):
                end = start + len(keyword)
                if folded.startswith(keyword, start) and (
                    end == len(folded) or not _WORD_RUN.match(folded, end)
                ):
                    resume = end
                    yield keyword
                    break

    def found_in(self, folded: str) -> set[str]:
        found: set[str] = set()
        for keyword in self.keywords(folded):
            found.update(self.categories[keyword])
        return found


@lru_cache(maxsize=1)
def _category_matcher() -> _KeywordMatcher:
    table = load_resource("categories.toml")["categories"]
    by_keyword: dict[str, list[str]] = {}
    for category, spec in table.items():
        for keyword in spec["keywords"]:
            by_keyword.setdefault(fold(keyword), []).append(category)
    by_first_word: dict[str, list[str]] = {}
    # Longest first so "mental health" wins over "health"-like shorter alternatives.
    for keyword in sorted(by_keyword, key=len, reverse=True):
        first = _WORD_RUN.match(keyword)
        if first is None or not _WORD_RUN.fullmatch(keyword[-1]):
            raise ValueError(f"categories.toml: keyword {keyword!r} must start and end a word")
        by_first_word.setdefault(first.group(), []).append(keyword)
    return _KeywordMatcher(
        {word: tuple(keywords) for word, keywords in by_first_word.items()},
        {keyword: tuple(categories) for keyword, categories in by_keyword.items()},
    )


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    table = load_resource("languages.toml")["languages"]
    lookup: dict[str, str] = {}
    for code, names in table.items():
        lookup[code] = code
        for name in names:
            lookup[fold(name)] = code
    return lookup


def category_names() -> list[str]:
    """The top-level outreach categories, in the order of ``resources/categories.toml``."""
    return list(load_resource("categories.toml")["categories"])


def normalise_language(value: str) -> str | None:
    """ "Spanish", "es", "spa", "Español" -> "es"; unknown names come back folded."""
    folded = " ".join(fold(value).replace("-", " ").split())
    if not folded:
        return None
    lookup = _language_codes()
    if folded in lookup:
        return lookup[folded]
    # "es-MX", "en_US": keep the language part.
    base = re.split(r"[ _]", folded, maxsplit=1)[0]
    if len(base) in (2, 3) and base in lookup:
        return lookup[base]
    return folded


def _texts(record: dict[str, Any], keys: tuple[str, ...]) -> Iterator[str]:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value:
            yield value


def _plain_terms(record: dict[str, Any]) -> Iterator[str]:
    """Names and codes of attribute terms other than SAMHSA's (and attribute values)."""
    for attribute in record.get("attributes") or ():
        if not isinstance(attribute, dict):
            continue
        term = attribute.get("taxonomy_term")
        if isinstance(term, dict):
            if samhsa_codes.term_code(term) is None:
                yield from _texts(term, ("name", "code"))
        elif isinstance(attribute.get("value"), str) and attribute.get("value"):
            yield attribute["value"]


def taxonomy_terms(record: dict[str, Any]) -> list[str]:
    """Names (and codes) of the taxonomy terms attached to the record, as search reads them:
    a SAMHSA code gives its search words (or SAMHSA's name), a detail-only one nothing."""
    return [*_plain_terms(record), *samhsa_codes.record_facts(record).words]


def category_keywords_in(text: str) -> list[str]:
    """The categories whose keywords appear in ``text`` (whole words, any case or accent)."""
    return sorted(_category_matcher().found_in(fold(text)))


def derive_categories(record: dict[str, Any]) -> list[str]:
    if samhsa_codes.record_codes(record):
        # A coded SAMHSA listing is what its codes say: "Good Samaritan Shelter" is a
        # treatment facility, not a shelter, and "Harm Reduction Center" no syringe service.
        return sorted(samhsa_codes.record_facts(record).categories)
    parts = [*_plain_terms(record), *_texts(record, ("name", "alternate_name", "description"))]
    program = record.get("program")
    if isinstance(program, dict):
        parts.extend(_texts(program, ("name",)))
    return sorted(_category_matcher().found_in(fold("\n".join(parts))))


def _language_values(record: dict[str, Any]) -> Iterator[str]:
    def from_list(items: Any) -> Iterator[str]:
        for item in items or ():
            if isinstance(item, dict):
                value = item.get("code") or item.get("name")
                if isinstance(value, str):
                    yield value
            elif isinstance(item, str):
                yield item

    yield from from_list(record.get("languages"))
    for phone in record.get("phones") or ():
        if isinstance(phone, dict):
            yield from from_list(phone.get("languages"))
    for sal in record.get("service_at_locations") or ():
        if not isinstance(sal, dict):
            continue
        for phone in sal.get("phones") or ():
            if isinstance(phone, dict):
                yield from from_list(phone.get("languages"))
        location = sal.get("location")
        if isinstance(location, dict):
            yield from from_list(location.get("languages"))


def derive_languages(record: dict[str, Any]) -> list[str]:
    codes = {normalise_language(value) for value in _language_values(record)}
    return sorted(code for code in codes if code)


_FREE = re.compile(r"\b(free|no cost|no charge|at no cost|without charge|gratis|gratuito)\b")
_NOT_FREE = re.compile(r"\bnot (?:free|at no cost)\b")
_WALK_IN = re.compile(
    r"\b(walk[- ]?ins?|drop[- ]?ins?|no appointments? (?:is |are )?(?:needed|necessary|required)"
    r"|sin cita)\b"
)
_NOT_WALK_IN = re.compile(r"\b(no walk[- ]?ins?|(?:by )?appointments? only|solo con cita)\b")


def derive_free(record: dict[str, Any]) -> bool:
    texts: list[str] = list(_texts(record, ("fees_description", "fees")))
    for option in record.get("cost_options") or ():
        if not isinstance(option, dict):
            continue
        amount = option.get("amount")
        if isinstance(amount, int | float) and not isinstance(amount, bool) and amount == 0:
            return True
        texts.extend(_texts(option, ("option", "amount_description")))
    folded = fold("\n".join(texts))
    return bool(_FREE.search(folded)) and not _NOT_FREE.search(folded)


def derive_walk_in(record: dict[str, Any]) -> bool:
    if samhsa_codes.record_facts(record).walk_in:
        return True
    texts = list(_texts(record, ("description", "application_process")))
    texts.extend(_plain_terms(record))
    for schedule in record.get("schedules") or ():
        if isinstance(schedule, dict):
            texts.extend(_texts(schedule, ("description", "attending_type")))
    for sal in record.get("service_at_locations") or ():
        if isinstance(sal, dict):
            texts.extend(_texts(sal, ("description",)))
    folded = fold("\n".join(texts))
    return bool(_WALK_IN.search(folded)) and not _NOT_WALK_IN.search(folded)


def _first_address(location: dict[str, Any]) -> dict[str, Any] | None:
    addresses = [a for a in location.get("addresses") or () if isinstance(a, dict)]
    for address in addresses:
        if address.get("address_type") in (None, "physical"):
            return address
    return addresses[0] if addresses else None


def _coordinate(value: Any, limit: float) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if -limit <= number <= limit and number == number else None


def _postcode(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    # US ZIP+4 "60614-1234" is found by "60614"; other countries keep the whole code.
    code = fold(value).replace(" ", "")
    return code.split("-", 1)[0] if re.fullmatch(r"\d{5}-\d{4}", code) else code


def locations(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for sal in record.get("service_at_locations") or ():
        if isinstance(sal, dict) and isinstance(sal.get("location"), dict):
            yield sal["location"]


def derive_points(record: dict[str, Any]) -> list[Point]:
    points: list[Point] = []
    for location in locations(record):
        lat = _coordinate(location.get("latitude"), 90.0)
        lon = _coordinate(location.get("longitude"), 180.0)
        if lat is None or lon is None:
            continue
        address = _first_address(location) or {}
        city = address.get("city")
        region = address.get("state_province")
        points.append(
            Point(
                location_id=location.get("id"),
                lat=lat,
                lon=lon,
                postcode=_postcode(address.get("postal_code")),
                city=fold(city).strip() if isinstance(city, str) and city.strip() else None,
                region=fold(region).strip() if isinstance(region, str) and region.strip() else None,
                approximate=bool(location.get("x_approximate_postcode")),
            )
        )
    return points


def display_address(record: dict[str, Any]) -> str | None:
    """The first physical address as one line: "1 Main St, Springfield, IL 62701"."""
    for location in locations(record):
        address = _first_address(location)
        if not address:
            continue
        street = ", ".join(_texts(address, ("address_1", "address_2")))
        region = " ".join(_texts(address, ("state_province", "postal_code")))
        parts = [p for p in (street, address.get("city"), region) if isinstance(p, str) and p]
        if parts:
            return ", ".join(parts)
    return None
