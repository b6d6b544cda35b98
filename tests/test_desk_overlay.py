"""Corrections: kept apart from the export, re-applied to every import, never dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.desk.hours_entry import HoursNotUnderstood
from outreach.desk.overlay import CorrectionInvalid, corrected_line
from outreach.desk.workspace import Desk
from outreach.errors import UserFacingError
from outreach.packs import read_pack
from outreach.packs import reviewed_fields as fields
from tests.desk_support import (
    BUBBLES,
    BUBBLES_PHONE_ROW,
    HELPLINE,
    drop_rows,
    edit_row,
    new_desk,
    sample_copy,
)
from tests.feed_support import passphrase_for


def draft_record(desk: Desk, service_id: str) -> dict:
    records = read_pack(desk.draft_path.read_bytes()).iter_records()
    return next(record for record in records if record["id"] == service_id)


def outcome_states(desk: Desk) -> dict[tuple[str, str], str]:
    return {(o.service_id, o.field): o.state for o in desk.draft_records()[1]}


def test_a_correction_survives_next_months_export(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    desk.import_sources([export])
    desk.correct(BUBBLES, {"phone": "(223) 555 0100", "note": "Call before going."})
    record = draft_record(desk, BUBBLES)
    # The corrected number comes first; the wrong one is gone; the other lines stay.
    assert fields.phones_text(record) == "(223) 555 0100; (773) 2351 2461; (223) 346 12361"
    assert record["alert"] == "Call before going."
    assert corrected_line(record).startswith("Edited by the coordinator on 20")
    desk.publish(desk.feed_dir.parent / "keys", passphrase_for)

    # Next month: the export changed a description, and still has the wrong number.
    edit_row(export, "services", BUBBLES, description="Laundry, now with dryers.")
    outcome = desk.import_sources([export])
    assert {(o.field, o.state) for o in outcome.overlay} == {
        ("phone", "applied"),
        ("note", "applied"),
    }
    record = draft_record(desk, BUBBLES)
    assert fields.phones_text(record).startswith("(223) 555 0100;")
    assert record["description"] == "Laundry, now with dryers."
    (change,) = outcome.review.changes
    assert [f.field for f in change.fields] == ["description"]


def test_source_now_agrees_is_reported_not_reapplied(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    desk.import_sources([export])
    desk.correct(BUBBLES, {"phone": "(223) 555 0100"})
    edit_row(export, "phones", BUBBLES_PHONE_ROW, number="223-555-0100")
    desk.import_sources([export])
    assert outcome_states(desk) == {(BUBBLES, "phone"): "source-agrees"}
    record = draft_record(desk, BUBBLES)
    assert "x_corrected" not in record  # the export's own record, untouched
    assert desk.overlay().corrections[BUBBLES].values == {"phone": "(223) 555 0100"}
    assert desk.forget(BUBBLES)
    assert desk.draft_records()[1] == []


def test_a_record_gone_from_the_export_is_listed(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    desk.import_sources([export])
    desk.correct(BUBBLES, {"status": "temporarily closed"})
    drop_rows(export, "services", ids={BUBBLES})
    outcome = desk.import_sources([export])
    (gone,) = outcome.overlay
    assert (gone.service_id, gone.field, gone.state) == (BUBBLES, "status", "record-gone")
    assert "no longer in the export" in gone.describe()
    assert BUBBLES in desk.overlay().corrections  # kept until the coordinator forgets it


def test_source_changed_again_keeps_the_correction_and_asks(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    desk.import_sources([export])
    desk.correct(BUBBLES, {"phone": "(223) 555 0100"})
    edit_row(export, "phones", BUBBLES_PHONE_ROW, number="(223) 777 0000")
    outcome = desk.import_sources([export])
    (changed,) = outcome.overlay
    assert changed.state == "source-changed"
    assert "(223) 777 0000" in changed.describe()
    assert "(223) 777 0000" not in fields.phones_text(draft_record(desk, BUBBLES))


def test_hours_address_and_status_corrections(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    desk.import_sources([sample_copy(tmp_path)])
    desk.correct(
        HELPLINE,
        {
            "hours": "Mon-Fri 08:00-20:00; Sat 10am-2pm",
            "address": {"address_1": "5 Fifth Street", "city": "Example City"},
            "status": "closed for good",
        },
    )
    record = draft_record(desk, HELPLINE)
    assert fields.hours_text(record) == "Mon–Fri 08:00–20:00; Sat 10:00–14:00; Sun Closed"
    assert fields.address_text(record).startswith("5 Fifth Street, Example City")
    assert record["status"] == "defunct"
    assert record["x_corrected"]["fields"] == ["address", "hours", "status"]
    review = desk.review()  # nothing published yet: every service is new
    assert {change.kind for change in review.changes} == {"added"}
    assert review.count("added") == 13


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"hours": "whenever"}, HoursNotUnderstood, "whenever"),
        ({"hours": "Mon-Fri 9-5"}, HoursNotUnderstood, "9-5"),
        ({"status": "gone fishing"}, CorrectionInvalid, "gone fishing"),
        ({"phone": "call us"}, CorrectionInvalid, "not a phone number"),
        ({"address": {"city": "Nowhere"}}, CorrectionInvalid, "street"),
        ({"colour": "red"}, CorrectionInvalid, "colour"),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(
    tmp_path: Path, changes: dict, error: type[Exception], words: str
) -> None:
    desk = new_desk(tmp_path)
    desk.import_sources([sample_copy(tmp_path)])
    before = desk.draft_path.read_bytes()
    with pytest.raises(error, match=words):
        desk.correct(HELPLINE, changes)
    assert desk.draft_path.read_bytes() == before
    assert desk.overlay().corrections == {}


def test_correcting_a_service_that_is_not_imported(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    with pytest.raises(UserFacingError, match="no service"):
        desk.correct("nope", {"phone": "555"})
    desk.import_sources([sample_copy(tmp_path)])
    with pytest.raises(UserFacingError, match="'nope'"):
        desk.correct("nope", {"phone": "555"})


def test_a_damaged_corrections_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    desk.import_sources([sample_copy(tmp_path)])
    desk.overlay_path.write_text("{not json")
    with pytest.raises(UserFacingError, match="cannot be read"):
        desk.correct(HELPLINE, {"phone": "555-0100"})
    assert desk.overlay_path.read_text() == "{not json"
