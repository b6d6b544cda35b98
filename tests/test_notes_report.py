"""The anonymous report: counts by month, no names or text, small cells suppressed."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from outreach.errors import UserFacingError
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.referrals import Status, set_status, snapshot_of
from outreach.notes.report import build_report
from outreach.notes.suppression import COMPLEMENTARY, PRIMARY, Relation, derivable_cells, suppress
from outreach.vault import Vault
from tests.notes_support import service

JAN = datetime(2026, 1, 10, 15, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 10, 15, 0, tzinfo=UTC)
MAR = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
SECRET_ALIAS, SECRET_NOTE, SECRET_PLACE = "Zorro Azul", "talked about the overdose", "Pier 9"


def _fill(vault: Vault) -> None:
    """January: 12 encounters by 6 people; February: 3 encounters; March: 7 encounters."""
    snap = snapshot_of(service("s", "Shelter A"), NOW)
    with vault.transaction() as conn:
        people = [save_contact(conn, Contact(f"{SECRET_ALIAS} {i}"), now=JAN) for i in range(6)]
        for i in range(12):
            draft = EncounterDraft(
                people[i % 6],
                JAN + timedelta(hours=i),
                SECRET_PLACE,
                {"shelter"},
                {"naloxone_kits": 2},
                SECRET_NOTE,
                [snap],
            )
            saved = save_encounter(conn, draft, now=NOW)
            if i < 6:
                on = (JAN + timedelta(days=i + 1)).date()
                set_status(conn, saved.referral_ids[0], Status.ATTAINED, on=on, now=NOW)
        for i in range(3):
            save_encounter(
                conn, EncounterDraft(people[0], FEB + timedelta(hours=i), needs={"food"}), now=NOW
            )
        for i in range(7):
            save_encounter(
                conn,
                EncounterDraft(people[i % 6], MAR + timedelta(hours=i), needs={"shelter"}),
                now=NOW,
            )


def _rows(vault: Vault) -> dict[tuple[str, str], list[str]]:
    report = build_report(vault.conn, date(2026, 1, 1), date(2026, 3, 31))
    assert report.months == ("2026-01", "2026-02", "2026-03")
    return {(r.measure, r.category): [*r.cells, r.total] for r in report.rows}


def test_counts_by_month_with_small_cells_and_their_totals_suppressed(vault: Vault) -> None:
    _fill(vault)
    rows = _rows(vault)
    assert rows[("encounters", "")] == ["12", PRIMARY, "7", COMPLEMENTARY]
    assert rows[("distinct_contacts", "")] == ["6", PRIMARY, "6", "6"]
    assert rows[("needs", "shelter")] == ["12", "0", "7", "19"]
    assert rows[("needs", "food")] == ["0", PRIMARY, "0", PRIMARY]
    assert rows[("supplies", "naloxone_kits")] == ["24", "0", "0", "24"]
    assert rows[("referrals_made", "")] == ["12", "0", "0", "12"]
    assert rows[("referrals_attained", "")] == ["6", "0", "0", "6"]
    assert rows[("median_days_to_attained", "")] == ["3.5", "", "", "3.5"]


def test_the_report_holds_no_alias_no_text_and_no_day(vault: Vault) -> None:
    _fill(vault)
    report = build_report(vault.conn, date(2026, 1, 1), date(2026, 3, 31))
    for language in ("en", "es"):
        text = report.to_csv(language)
        for secret in (SECRET_ALIAS, SECRET_NOTE, SECRET_PLACE, "Shelter A", "2026-01-10"):
            assert secret not in text
    parsed = list(csv.reader(io.StringIO(report.to_csv("es"))))
    assert parsed[0] == ["measure", "category", "2026-01", "2026-02", "2026-03", "total"]
    assert ["needs", "Refugio", "12", "0", "7", "19"] in parsed


def test_free_text_needs_from_an_old_vault_are_counted_as_other(vault: Vault) -> None:
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("a"), now=JAN)
        for i in range(5):
            save_encounter(
                conn,
                EncounterDraft(person, JAN + timedelta(hours=i), needs={"his sister in Ohio"}),
                now=NOW,
            )
    report = build_report(vault.conn, date(2026, 1, 1), date(2026, 1, 31))
    assert "sister" not in report.to_csv()
    assert [r.total for r in report.rows if r.category == "other" and r.measure == "needs"] == ["5"]


def test_a_bad_range_is_refused() -> None:
    with pytest.raises(UserFacingError, match="before its start"):
        build_report(None, date(2026, 3, 1), date(2026, 1, 1))
    with pytest.raises(UserFacingError, match="at most 120"):
        build_report(None, date(2000, 1, 1), date(2026, 1, 1))


def test_the_differencing_case_hides_one_more_cell() -> None:
    """A row with one small month and a shown total would give the month away by subtraction."""
    relations = [Relation((0, 3), ((0, 0), (0, 1), (0, 2)))]
    shown = suppress([[10, 3, 8, 21]], relations)
    assert shown == [["10", PRIMARY, "8", COMPLEMENTARY]]
    assert derivable_cells(shown, relations) == []
    naive = [["10", PRIMARY, "8", "21"]]
    assert derivable_cells(naive, relations) == [(0, 1)], "the check catches the naive table"


def test_a_hidden_total_with_one_hidden_part_hides_another_part() -> None:
    # Parts 2 and 7 and total 9 hidden by a second relation: part 7 would follow from the first.
    relations = [Relation((0, 2), ((0, 0), (0, 1))), Relation((1, 0), ((0, 2),))]
    values: list[list[int | None]] = [[2, 7, 9], [9, None, None]]
    shown = suppress(values, relations)
    assert derivable_cells(shown, relations) == []


@pytest.mark.parametrize("seed", range(40))
def test_no_suppressed_table_ever_leaves_a_derivable_cell(seed: int) -> None:
    """Random tables with row totals and a grand column of totals (rows × months)."""
    rng = random.Random(seed)
    height, width = rng.randint(1, 6), rng.randint(1, 6)
    body = [[rng.choice([0, 0, 1, 2, 4, 5, 6, 9, 30]) for _ in range(width)] for _ in range(height)]
    column_totals = [sum(col) for col in zip(*body, strict=True)]
    values: list[list[int | None]] = [[*r, sum(r)] for r in body]
    values.append([*column_totals, sum(column_totals)])
    relations = [
        Relation((i, width), tuple((i, c) for c in range(width))) for i in range(height + 1)
    ]
    relations += [
        Relation((height, c), tuple((i, c) for i in range(height))) for c in range(width + 1)
    ]
    shown = suppress(values, relations)
    assert derivable_cells(shown, relations) == []
    for row, original in zip(shown, values, strict=True):
        for cell, value in zip(row, original, strict=True):
            if value is not None and 1 <= value <= 4:
                assert cell == PRIMARY
