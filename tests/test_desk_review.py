"""Review: what a draft changes field by field, and the large-change guard's thresholds."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from outreach.packs.review import review_records
from tests.feed_support import service


def with_phone(record: dict[str, Any], number: str) -> dict[str, Any]:
    return record | {"phones": [{"id": f"{record['id']}-p", "number": number}]}


def with_hours(record: dict[str, Any]) -> dict[str, Any]:
    schedule = {"id": "h", "freq": "WEEKLY", "byday": "MO,TU", "opens_at": "09:00",
                "closes_at": "17:00"}  # fmt: skip
    return record | {"schedules": [schedule]}


def directory(count: int) -> list[dict[str, Any]]:
    return [with_hours(with_phone(service(n), f"555-01{n:02d}")) for n in range(count)]


def test_added_updated_removed_with_old_and_new_side_by_side() -> None:
    old = directory(10)
    new = copy.deepcopy(old[1:])  # svc-0 removed
    new[0] = with_phone(new[0], "555-9999")  # svc-1: phone changed
    new[1]["status"] = "temporarily closed"  # svc-2
    new[2]["languages"] = [{"id": "l", "name": "Spanish"}]  # svc-3: an unreviewed field
    new.append(with_phone(service(50), "555-5000"))
    review = review_records(old, new)
    assert review.summary() == "1 added, 3 updated, 1 removed, 6 unchanged"
    by_id = {change.service_id: change for change in review.changes}
    assert by_id["svc-0"].kind == "removed"
    assert by_id["svc-50"].kind == "added"
    phone = by_id["svc-1"].fields
    assert [(f.field, f.old, f.new) for f in phone] == [("phones", "555-0101", "555-9999")]
    assert [(f.field, f.old, f.new) for f in by_id["svc-2"].fields] == [
        ("status", "active", "temporarily closed")
    ]
    assert by_id["svc-3"].fields == ()
    assert by_id["svc-3"].other_changes
    assert not by_id["svc-1"].other_changes
    assert review.warnings == ()


def test_filters_by_kind_category_and_search() -> None:
    old = directory(10)
    legal = service(60) | {"name": "Legal aid clinic", "description": "Free lawyers."}
    new = [*copy.deepcopy(old[1:]), legal]
    new[0] = with_phone(new[0], "555-4242")
    review = review_records(old, new)
    assert [c.service_id for c in review.filtered(["added"])] == ["svc-60"]
    assert [c.service_id for c in review.filtered(["removed", "updated"])] == ["svc-1", "svc-0"]
    assert {"Food", "Legal aid"} <= set(review.categories)
    assert [c.service_id for c in review.filtered(category="Legal aid")] == ["svc-60"]
    assert len(review.filtered(category="Food")) == 2
    assert [c.service_id for c in review.filtered(search="4242")] == ["svc-1"]
    assert [c.service_id for c in review.filtered(search="LEGAL")] == ["svc-60"]
    assert review.filtered(search="no such thing") == []
    unchanged = review.filtered(["unchanged"])
    assert len(unchanged) == review.unchanged == 8
    assert {c.kind for c in unchanged} == {"unchanged"}
    assert "svc-5" in {c.service_id for c in review.filtered(["unchanged"], search="number 5")}
    assert all(c.kind != "unchanged" for c in review.filtered())


def test_hours_compare_by_meaning_not_by_spelling() -> None:
    old = [with_hours(service(1))]
    new = copy.deepcopy(old)
    new[0]["schedules"][0].update(opens_at="9:00 AM", closes_at="5pm", byday="MO, TU")
    review = review_records(old, new)
    (change,) = review.changes
    assert change.fields == ()  # the text differs, the opening times do not


@pytest.mark.parametrize(("removed", "warns"), [(20, False), (21, True)])
def test_guard_removed_share(removed: int, warns: bool) -> None:
    old = directory(100)
    review = review_records(old, old[removed:])
    assert [w.code for w in review.warnings] == (["removed"] if warns else [])


@pytest.mark.parametrize(("emptied", "warns"), [(10, False), (11, True)])
def test_guard_phones_and_hours_emptied(emptied: int, warns: bool) -> None:
    old = directory(100)
    new = copy.deepcopy(old)
    for record in new[:emptied]:
        del record["phones"]
        del record["schedules"]
    codes = [w.code for w in review_records(old, new).warnings]
    assert codes == (["phones-emptied", "hours-emptied"] if warns else [])


def test_guard_category_vanishing() -> None:
    old = [*directory(20), service(90) | {"name": "Detox unit", "description": "Withdrawal."}]
    review = review_records(old, old[:-1])
    assert [w.code for w in review.warnings] == ["category-vanished"]
    assert "Detox / withdrawal" in review.warnings[0].message


def test_first_version_has_nothing_to_guard() -> None:
    review = review_records([], directory(5))
    assert review.count("added") == 5
    assert review.warnings == ()
