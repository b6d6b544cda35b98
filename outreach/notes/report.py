"""The anonymous report for coordinators and funders: counts by month and category.

No alias, no free text, no date finer than a month, and small cells suppressed (see
``suppression``). Months are the worker's calendar months. Referrals count in the month they
were made; "attained" counts those of them attained by the time the report is run, and the
median days runs from the referral to its first "attained" status.
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from outreach.errors import UserFacingError
from outreach.notes import lists
from outreach.notes.problems import NotesProblem
from outreach.notes.stamps import parse_stamp, stamp
from outreach.notes.suppression import COMPLEMENTARY, Relation, derivable_cells, suppress
from outreach.vault.db import Connection

MAX_MONTHS = 120
OTHER = "other"
MEDIAN_MIN = 5  # a median of fewer referrals than this would describe individuals


@dataclass(frozen=True)
class ReportRow:
    measure: str  # encounters, distinct_contacts, needs, supplies, referrals_made, …
    category: str  # a need or supply key, or ""
    cells: tuple[str, ...]  # one per month, already suppressed
    total: str


@dataclass(frozen=True)
class Report:
    months: tuple[str, ...]  # "YYYY-MM"
    rows: tuple[ReportRow, ...]

    def to_csv(self, language: str = "en") -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["measure", "category", *self.months, "total"])
        for row in self.rows:
            writer.writerow([row.measure, _category_label(row, language), *row.cells, row.total])
        return out.getvalue()


def _category_label(row: ReportRow, language: str) -> str:
    if row.measure == "needs":
        return lists.need_label(row.category, language)
    if row.measure == "supplies":
        return lists.supply_label(row.category, language)
    return row.category


def month_range(first: date, last: date) -> list[str]:
    if last < first:
        raise UserFacingError(NotesProblem.REPORT_ENDS_BEFORE_START)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if len(months) > MAX_MONTHS:
        raise UserFacingError(NotesProblem.REPORT_TOO_LONG, months=MAX_MONTHS)
    return months


def _month_bounds(months: list[str]) -> list[tuple[int, str, str]]:
    """(column, first moment, first moment of the next month) in stored UTC, per local month."""
    bounds = []
    for col, month in enumerate(months):
        start = date.fromisoformat(month + "-01")
        following = (start + timedelta(days=32)).replace(day=1)
        lo = datetime.combine(start, datetime.min.time()).astimezone()
        hi = datetime.combine(following, datetime.min.time()).astimezone()
        bounds.append((col, stamp(lo), stamp(hi)))
    return bounds


def build_report(conn: Connection, first: date, last: date) -> Report:
    """Counts for every month from ``first``'s month to ``last``'s month inclusive.

    The grouping runs in SQL against each local month's bounds in UTC, so only counts (never
    a row about a person) come back to Python.
    """
    months = month_range(first, last)
    width = len(months)
    bounds = _month_bounds(months)
    values = ",".join("(?, ?, ?)" for _ in bounds)
    params = [v for b in bounds for v in b]
    scope = (
        f"WITH m(col, lo, hi) AS (VALUES {values}) "
        "SELECT {what} FROM m JOIN encounter e ON e.occurred_at >= m.lo AND e.occurred_at < m.hi "
    )

    def grouped(what: str, tail: str) -> list[tuple[Any, ...]]:
        return list(conn.execute(scope.format(what=what) + tail, params))

    encounters, contacts = [0] * width, [0] * width
    for col, n, people in grouped(
        "m.col, count(*), count(DISTINCT e.contact_id)", "GROUP BY m.col"
    ):
        encounters[col], contacts[col] = n, people
    all_contacts = grouped("count(DISTINCT e.contact_id)", "")[0][0]

    needs: dict[str, list[int]] = {item.key: [0] * width for item in lists.needs()}
    needs[OTHER] = [0] * width
    for col, need, n in grouped(
        "m.col, x.need, count(*)",
        "JOIN encounter_need x ON x.encounter_id = e.id GROUP BY m.col, x.need",
    ):
        # A need no longer in the list may be free text from an old vault: never print it.
        needs[need if need in needs else OTHER][col] += n
    supplies: dict[str, list[int]] = {item.key: [0] * width for item in lists.supplies()}
    supplies[OTHER] = [0] * width
    for col, supply, n in grouped(
        "m.col, x.supply, sum(x.quantity)",
        "JOIN encounter_supply x ON x.encounter_id = e.id GROUP BY m.col, x.supply",
    ):
        supplies[supply if supply in supplies else OTHER][col] += n

    made, attained = [0] * width, [0] * width
    days: list[list[int]] = [[] for _ in months]
    for col, n in grouped(
        "m.col, count(*)", "JOIN referral r ON r.encounter_id = e.id GROUP BY m.col"
    ):
        made[col] = n
    for col, created, first_attained in grouped(
        "m.col, r.created_at, (SELECT min(h.status_on) FROM referral_status_history h"
        " WHERE h.referral_id = r.id AND h.status = 'attained')",
        "JOIN referral r ON r.encounter_id = e.id WHERE r.status = 'attained'",
    ):
        if first_attained:
            attained[col] += 1
            made_on = parse_stamp(created).astimezone().date()
            days[col].append(max(0, (date.fromisoformat(first_attained) - made_on).days))

    additive: list[tuple[str, str, list[int]]] = [("encounters", "", encounters)]
    additive += [("needs", key, counts) for key, counts in needs.items()]
    additive += [("supplies", key, counts) for key, counts in supplies.items()]
    additive += [("referrals_made", "", made), ("referrals_attained", "", attained)]
    return _assemble(months, additive, (contacts, all_contacts), days)


def _assemble(
    months: list[str],
    additive: list[tuple[str, str, list[int]]],
    contacts: tuple[list[int], int],
    days: list[list[int]],
) -> Report:
    width = len(months)
    values: list[list[int | None]] = [[*counts, sum(counts)] for _, _, counts in additive]
    relations = [
        Relation((r, width), tuple((r, c) for c in range(width))) for r in range(len(values))
    ]
    # Distinct contacts: its total is not a sum of the months (people come back), so no relation.
    values.append([*contacts[0], contacts[1]])
    shown = suppress(values, relations)
    if derivable_cells(shown, relations):  # a bug in suppress(), never the data's fault
        raise RuntimeError("report suppression left a derivable cell")
    rows = [
        ReportRow(measure, category, tuple(str(c) for c in cells[:width]), str(cells[width]))
        for (measure, category, _), cells in zip(additive, shown, strict=False)
    ]
    contact_cells = shown[len(additive)]
    rows.insert(
        1,
        ReportRow(
            "distinct_contacts",
            "",
            tuple(str(c) for c in contact_cells[:width]),
            str(contact_cells[width]),
        ),
    )
    medians = [_median(d) for d in days]
    rows.append(
        ReportRow(
            "median_days_to_attained",
            "",
            tuple(medians),
            _median([d for month in days for d in month]),
        )
    )
    return Report(tuple(months), tuple(rows))


def _median(values: list[int]) -> str:
    if not values:
        return ""
    if len(values) < MEDIAN_MIN:
        return COMPLEMENTARY
    return f"{statistics.median(values):g}"
