"""What SAMHSA's 2023 service codes mean to the app (``resources/samhsa-2023-codes.toml``).

Each code is an HSDS taxonomy term ``SAMHSA-2023:<code>`` named as in SAMHSA's code book,
which ships in ``resources/starter/`` (``service-codes-{su,mh}-2023.csv``, unchanged). The
starter pack lists a service's codes compactly in ``x_samhsa_codes``; a record may also carry
them as ordinary attributes with those term ids (an HSDS export of the starter directory
does). Keyword-matching SAMHSA's names would mislead ("Buprenorphine with naloxone"
is not naloxone for an overdose; "Does not treat opioid use disorders" is not opioid
treatment), so terms of this taxonomy get their categories, filters and search words from the
table instead, and detail-only codes are never searched.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from outreach.directory.text import RESOURCES_DIR, load_resource

TAXONOMY = "SAMHSA-2023"
TERM_PREFIX = TAXONOMY + ":"
RESOURCE = "samhsa-2023-codes.toml"
#: The record field the starter pack lists a service's codes in.
CODES_FIELD = "x_samhsa_codes"
CODE_BOOKS = ("service-codes-su-2023.csv", "service-codes-mh-2023.csv")


@dataclass(frozen=True)
class CodeMeaning:
    """One code: its code-book group, and what the app does with it."""

    code: str
    group: str
    searchable: bool
    categories: tuple[str, ...] = ()
    words: str | None = None
    language: str | None = None
    free: bool = False
    walk_in: bool = False
    ages: tuple[int, int] | None = None


@dataclass(frozen=True)
class CodeGroup:
    key: str
    name: str
    codes: tuple[str, ...]


def _meaning(code: str, group: str, spec: dict[str, Any]) -> CodeMeaning:
    ages = spec.get("ages")
    return CodeMeaning(
        code=code,
        group=group,
        searchable=bool(spec.get("search", True)),
        categories=tuple(spec.get("categories", ())),
        words=spec.get("words"),
        language=spec.get("language"),
        free=bool(spec.get("free", False)),
        walk_in=bool(spec.get("walk_in", False)),
        ages=(int(ages[0]), int(ages[1])) if ages else None,
    )


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, CodeMeaning], tuple[CodeGroup, ...]]:
    meanings: dict[str, CodeMeaning] = {}
    groups: list[CodeGroup] = []
    for key, group in load_resource(RESOURCE)["groups"].items():
        codes: list[str] = []
        for code, spec in group.get("codes", {}).items():
            meanings[code] = _meaning(code, key, spec)
            codes.append(code)
        for code in group.get("detail", ()):
            meanings[code] = CodeMeaning(code=code, group=key, searchable=False)
            codes.append(code)
        groups.append(CodeGroup(key, group["name"], tuple(codes)))
    return meanings, tuple(groups)


@dataclass(frozen=True)
class CodedFacts:
    """What a record's codes add to search: categories, indexed words, walk-in."""

    categories: frozenset[str]
    words: tuple[str, ...]
    walk_in: bool


@lru_cache(maxsize=1)
def _per_code() -> dict[str, tuple[frozenset[str], str | None, bool]]:
    """code -> (categories, indexed words or None, walk-in), precomputed for speed: the
    store asks for every record's codes, and a record has about 65."""
    book = code_book()
    table = {}
    for code, known in _table()[0].items():
        entry = book.get(code)
        text = (known.words or (entry.name if entry else None)) if known.searchable else None
        table[code] = (frozenset(known.categories), text, known.walk_in)
    return table


@lru_cache(maxsize=8)
def coded_facts(codes: tuple[str, ...]) -> CodedFacts:
    """The facts of a list of codes (cached: the store asks several times per record).
    A searchable code gives its words, or SAMHSA's name; unknown codes give nothing."""
    table = _per_code()
    categories: set[str] = set()
    found: list[str] = []
    walk_in = False
    for code in codes:
        facts = table.get(code)
        if facts is None:
            continue
        if facts[0]:
            categories |= facts[0]
        if facts[1]:
            found.append(facts[1])
        walk_in = walk_in or facts[2]
    return CodedFacts(frozenset(categories), tuple(found), walk_in)


def meaning(code: str) -> CodeMeaning | None:
    """The table's entry for ``code`` (``None`` for a code the table does not know)."""
    return _table()[0].get(code)


def all_meanings() -> dict[str, CodeMeaning]:
    return dict(_table()[0])


def groups() -> tuple[CodeGroup, ...]:
    """The code-book groups in display order (worker questions first)."""
    return _table()[1]


def term_code(term: dict[str, Any]) -> str | None:
    """ "SAMHSA-2023:BWN" -> "BWN"; ``None`` for a term of another taxonomy."""
    term_id = term.get("id")
    if isinstance(term_id, str) and term_id.startswith(TERM_PREFIX):
        return term_id[len(TERM_PREFIX) :]
    return None


@dataclass(frozen=True)
class CodeBookEntry:
    name: str
    description: str


@lru_cache(maxsize=1)
def code_book() -> dict[str, CodeBookEntry]:
    """SAMHSA's names and descriptions of the codes (both books; a code means the same in
    each), whitespace tidied and wording unchanged."""
    book: dict[str, CodeBookEntry] = {}
    for file_name in CODE_BOOKS:
        with (RESOURCES_DIR / "starter" / file_name).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                row = {key.lower(): value for key, value in row.items() if key}
                code = (row.get("service_code") or "").strip()
                if code and code not in book:
                    book[code] = CodeBookEntry(
                        " ".join((row.get("service_name") or "").split()),
                        " ".join((row.get("service_description") or "").split()),
                    )
    return book


def term(code: str) -> dict[str, Any]:
    """The HSDS taxonomy term for a code: id, code, name (SAMHSA's), taxonomy, description."""
    entry = code_book().get(code)
    name = entry.name if entry else code
    found: dict[str, Any] = {"id": TERM_PREFIX + code, "code": code, "name": name}
    found["taxonomy"] = TAXONOMY
    if entry and entry.description:
        found["description"] = entry.description
    return found


def record_codes(record: dict[str, Any]) -> tuple[str, ...]:
    """The SAMHSA codes of a record: its compact list ("SA DT BWN …", SAMHSA's own form),
    then the codes of any attribute terms."""
    listed = record.get(CODES_FIELD)
    codes = tuple(listed.split()) if isinstance(listed, str) else ()
    attributes = record.get("attributes")
    if not attributes:
        return codes
    found = list(codes)
    for attribute in attributes if isinstance(attributes, list) else ():
        if not isinstance(attribute, dict):
            continue
        term = attribute.get("taxonomy_term")
        term_id = term.get("id") if isinstance(term, dict) else attribute.get("taxonomy_term_id")
        if isinstance(term_id, str) and term_id.startswith(TERM_PREFIX):
            found.append(term_id[len(TERM_PREFIX) :])
    return tuple(dict.fromkeys(found))


def record_facts(record: dict[str, Any]) -> CodedFacts:
    return coded_facts(record_codes(record))


def grouped_names(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The record's codes as SAMHSA names them, by code-book group in display order:
    [("Opioid medications used in treatment", ["Buprenorphine used in Treatment", …]), …].
    Codes the table does not know come last, under "Other"."""
    codes = record_codes(record)
    if not codes:
        return []
    book = code_book()
    present = set(codes)
    result = []
    placed: set[str] = set()
    for group in groups():
        names = [book[c].name if c in book else c for c in group.codes if c in present]
        placed.update(c for c in group.codes if c in present)
        if names:
            result.append((group.name, names))
    rest = [book[c].name if c in book else c for c in codes if c not in placed]
    if rest:
        result.append(("Other", rest))
    return result
