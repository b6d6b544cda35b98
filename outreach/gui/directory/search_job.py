"""What one search-as-you-type query runs on the database worker (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from outreach.directory.coverage import EmptyAnswer, uncovered
from outreach.directory.search import SearchFilters, SearchHit, resolve_place, search_page
from outreach.errors import UserFacingError
from outreach.gui import wording
from outreach.packs.state import pack_state
from outreach.vault.db import Connection

#: Rows shown at first, and added by each "Show more".
RESULT_LIMIT = 100


@dataclass(frozen=True)
class FilterState:
    """The filter bar's values, as typed (the place is resolved on the worker)."""

    category: str | None = None
    language: str | None = None
    open_now: bool = False
    free: bool = False
    walk_in: bool = False
    age: int | None = None
    near_text: str = ""
    radius_km: float = 25.0

    @property
    def is_empty(self) -> bool:
        """No filter narrows anything (the radius alone does not)."""
        return not (
            self.category
            or self.language
            or self.open_now
            or self.free
            or self.walk_in
            or self.age is not None
            or self.near_text.strip()
        )


@dataclass(frozen=True)
class SearchOutcome:
    hits: list[SearchHit]
    place_label: str | None  # the place "Near" resolved to, e.g. "Springfield, IL"
    other_places: int  # further places with the same name (a city in several states)
    #: Set when nothing was found because the directory covers nothing of what was asked.
    empty: EmptyAnswer | None = None
    #: With "open now": services that match but whose hours are unknown (hidden unless
    #: ``include_unknown_hours`` was asked).
    unknown_hours: int = 0
    #: The search found more than ``hits``: "Show more" can ask for the next page.
    more: bool = False
    #: The place is a whole state ("Maryland"): searched inside it, no distances.
    whole_region: bool = False


def run_search(
    conn: Connection,
    query: str,
    state: FilterState,
    now: datetime,
    limit: int = RESULT_LIMIT,
    *,
    include_unknown_hours: bool = False,
) -> SearchOutcome:
    """Resolve the place (if any) and search. ``UserFacingError`` for a place not found."""
    near: tuple[float, float] | None = None
    region: str | None = None
    place_label: str | None = None
    other_places = 0
    if state.near_text.strip():
        places = resolve_place(conn, state.near_text)
        if not places:
            text = QCoreApplication.translate(
                "SearchJob",
                "No place called “%1” in the directory's addresses. Try a ZIP code,"
                " a city and its state (“Baltimore MD”), a state or coordinates like 41.88,-87.63.",
            )
            raise UserFacingError(text.replace("%1", state.near_text.strip()))
        if places[0].region:
            region = places[0].region
        else:
            near = (places[0].lat, places[0].lon)
        place_label = places[0].label
        other_places = len(places) - 1
    filters = SearchFilters(
        category=state.category,
        open_at=now if state.open_now else None,
        near=near,
        within_km=state.radius_km if near is not None else None,
        language=state.language,
        free=state.free,
        walk_in=state.walk_in,
        age=state.age,
        include_unknown_hours=include_unknown_hours,
        region=region,
    )
    # One more than asked says whether there is a next page.
    page = search_page(conn, query, filters, now=now, limit=limit + 1)
    hits = page.hits[:limit]
    empty = None
    if not hits and not page.unknown_hours:
        starter = pack_state(conn).starter
        empty = uncovered(conn, query, state.category, starter=starter)
    return SearchOutcome(
        hits,
        place_label,
        other_places,
        empty,
        unknown_hours=page.unknown_hours,
        more=len(page.hits) > limit,
        whole_region=region is not None,
    )


#: How each category reads in "The directory has no …" (see outreach.directory.coverage).
_PHRASES = {
    "Substance use treatment": QT_TRANSLATE_NOOP("EmptyAnswer", "substance use treatment services"),
    "Detox / withdrawal": QT_TRANSLATE_NOOP("EmptyAnswer", "detox or withdrawal services"),
    "Naloxone": QT_TRANSLATE_NOOP("EmptyAnswer", "naloxone services"),
    "Syringe services": QT_TRANSLATE_NOOP("EmptyAnswer", "syringe services programmes"),
    "Mental health": QT_TRANSLATE_NOOP("EmptyAnswer", "mental health services"),
    "Shelter": QT_TRANSLATE_NOOP("EmptyAnswer", "shelters"),
    "Food": QT_TRANSLATE_NOOP("EmptyAnswer", "food services"),
    "Medical": QT_TRANSLATE_NOOP("EmptyAnswer", "medical services"),
    "Legal aid": QT_TRANSLATE_NOOP("EmptyAnswer", "legal aid services"),
    "Housing": QT_TRANSLATE_NOOP("EmptyAnswer", "housing services"),
    "Crisis": QT_TRANSLATE_NOOP("EmptyAnswer", "crisis services"),
}


def empty_answer_text(answer: EmptyAnswer) -> str:
    """ "The starter directory has no syringe services programmes; your coordinator's feed
    can add them." in the interface language."""
    what = QCoreApplication.translate("EmptyAnswer", " or ").join(
        QCoreApplication.translate("EmptyAnswer", str(_PHRASES[name])) if name in _PHRASES else name
        for name in answer.categories
    )
    if answer.starter:
        text = QCoreApplication.translate(
            "EmptyAnswer", "The starter directory has no %1; your coordinator's feed can add them."
        )
    else:
        text = QCoreApplication.translate(
            "EmptyAnswer", "The directory has no %1; your coordinator's feed can add them."
        )
    return text.replace("%1", what)


def unknown_hours_text(count: int, shown: bool) -> str:
    """Why "Open now" found fewer: "37 services with unknown hours are hidden by Open now."."""
    if shown:
        if count == 1:
            return QCoreApplication.translate(
                "SearchJob", "Including 1 service with unknown hours: call before going."
            )
        text = QCoreApplication.translate(
            "SearchJob", "Including %1 services with unknown hours: call before going."
        )
    else:
        if count == 1:
            return QCoreApplication.translate(
                "SearchJob", "1 service with unknown hours is hidden by “Open now”."
            )
        text = QCoreApplication.translate(
            "SearchJob", "%1 services with unknown hours are hidden by “Open now”."
        )
    return text.replace("%1", wording.number(count))


def unknown_hours_button_text(count: int, shown: bool) -> str:
    """ "Show 37 with unknown hours" / "Hide the 37 with unknown hours"."""
    if shown:
        text = QCoreApplication.translate("SearchJob", "Hide the %1 with unknown hours")
    else:
        text = QCoreApplication.translate("SearchJob", "Show %1 with unknown hours")
    return text.replace("%1", wording.number(count))
