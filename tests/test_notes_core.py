"""Contacts, encounters, referrals and follow-ups on a real SQLCipher vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from outreach.notes import lists
from outreach.notes.contacts import (
    Contact,
    InvalidContact,
    contacts_by_alias,
    get_contact,
    save_contact,
)
from outreach.notes.encounters import (
    EncounterDraft,
    InvalidEncounter,
    get_encounter,
    save_encounter,
    todays_encounter,
)
from outreach.notes.followups import (
    FollowUpState,
    InvalidFollowUp,
    add_follow_up,
    due_counts,
    due_list,
    mark_done,
    open_follow_ups,
    snooze,
)
from outreach.notes.referrals import (
    CODE_ALPHABET,
    InvalidReferral,
    Status,
    follow_up_unanswered,
    open_referrals,
    referral_by_code,
    set_status,
    snapshot_of,
    status_history,
)
from outreach.vault import Vault
from tests.notes_support import NOW, service


def _contact(vault: Vault, alias: str = "Blue jacket", **fields: object) -> int:
    with vault.transaction() as conn:
        return save_contact(conn, Contact(alias, **fields), now=NOW)  # type: ignore[arg-type]


def test_a_contact_needs_only_an_alias_and_keeps_every_optional_field(vault: Vault) -> None:
    bare = _contact(vault, "  Blue   jacket ")
    full = _contact(
        vault,
        "Rosa",
        age_range="25-34",
        birth_year=1990,
        gender="woman",
        languages=("es", "en"),
        tags=("camp on 5th", "dog"),
        how_to_reach="via the day centre on 5th",
        do_not_contact=True,
        consent=True,
        consent_on=date(2026, 3, 1),
    )
    assert get_contact(vault.conn, bare) == Contact("Blue jacket", id=bare)
    got = get_contact(vault.conn, full)
    assert got is not None
    assert (got.languages, got.tags, got.do_not_contact, got.consent) == (
        ("es", "en"),
        ("camp on 5th", "dog"),
        True,
        True,
    )
    assert got.consent_on == date(2026, 3, 1)
    assert [c.id for c in contacts_by_alias(vault.conn, "ROSA")] == [full]
    assert "name" not in Contact.__dataclass_fields__
    assert "phone" not in Contact.__dataclass_fields__


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"alias": "   "}, "needs an alias"),
        ({"alias": "x" * 81}, "at most 80"),
        ({"alias": "a", "birth_year": 1800}, "year of birth"),
        ({"alias": "a", "consent_on": date(2027, 1, 1)}, "future"),
    ],
)
def test_bad_contact_fields_are_refused_and_nothing_is_written(
    vault: Vault, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidContact, match=message), vault.transaction() as conn:
        save_contact(conn, Contact(**fields), now=NOW)  # type: ignore[arg-type]
    assert vault.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_an_encounter_keeps_needs_supplies_place_and_note(vault: Vault) -> None:
    contact = _contact(vault)
    draft = EncounterDraft(
        contact,
        place="Under the bridge",
        needs={"shelter", "food"},
        supplies={"naloxone_kits": 2, "syringes": 0},
        note="wants a bed",
    )
    with vault.transaction() as conn:
        saved = save_encounter(conn, draft, now=NOW)
    encounter = get_encounter(vault.conn, saved.id)
    assert encounter is not None
    assert encounter.occurred_at == NOW
    assert not encounter.entered_later
    assert sorted(encounter.needs) == ["food", "shelter"]
    assert encounter.supplies == (("naloxone_kits", 2),), "zero quantities are not stored"
    assert (encounter.place, encounter.note) == ("Under the bridge", "wants a bed")


def test_an_encounter_entered_later_keeps_its_real_time_and_is_marked(vault: Vault) -> None:
    contact = _contact(vault)
    earlier = NOW - timedelta(hours=5)
    with vault.transaction() as conn:
        late = save_encounter(conn, EncounterDraft(contact, earlier), now=NOW).id
        prompt = save_encounter(conn, EncounterDraft(contact, NOW - timedelta(minutes=5)), now=NOW)
    got = get_encounter(vault.conn, late)
    assert got is not None
    assert got.entered_later
    assert got.occurred_at == earlier
    assert got.recorded_at == NOW
    assert not get_encounter(vault.conn, prompt.id).entered_later  # type: ignore[union-attr]


def test_bad_encounters_are_refused_whole(vault: Vault) -> None:
    contact = _contact(vault)
    for draft, message in (
        (EncounterDraft(contact, NOW + timedelta(hours=2)), "future"),
        (EncounterDraft(contact, supplies={"syringes": -1}), "Syringes"),
        (EncounterDraft(contact, note="x" * 20_001), "at most"),
        (EncounterDraft(contact + 99), "no longer exists"),
    ):
        with pytest.raises(InvalidEncounter, match=message), vault.transaction() as conn:
            save_encounter(conn, draft, now=NOW)
    assert vault.conn.execute("SELECT count(*) FROM encounter").fetchone()[0] == 0


def test_the_lists_come_from_resources_in_english_and_spanish() -> None:
    keys = [item.key for item in lists.needs()]
    for wanted in ("treatment", "detox", "naloxone", "shelter", "id_documents", "benefits"):
        assert wanted in keys
    assert lists.need_key("Desintoxicación") == "detox"
    assert lists.need_key("ALBERGUE") == "shelter"
    assert lists.supply_key("narcan") == "naloxone_kits"
    assert lists.need_label("detox", "es") == "Desintoxicación"
    assert lists.need_label("retired_need") == "retired need"


def test_a_referral_gets_an_unambiguous_code_a_snapshot_and_a_history(vault: Vault) -> None:
    contact = _contact(vault)
    record = service(
        "svc-1",
        "Harbour Detox",
        service_at_locations=[
            {
                "id": "sal",
                "location": {
                    "id": "loc",
                    "addresses": [{"id": "a", "address_1": "1 Quay St", "city": "Porto"}],
                },
            }
        ],
    )
    draft = EncounterDraft(contact, referrals=[snapshot_of(record, NOW)])
    with vault.transaction() as conn:
        saved = save_encounter(conn, draft, now=NOW)
    (code,) = saved.referral_codes
    assert len(code) == 6
    assert set(code) <= set(CODE_ALPHABET)
    assert not set(code) & set("01ILOU")
    referral = referral_by_code(vault.conn, code.lower()[:3] + "-" + code[3:])
    assert referral is not None
    assert (referral.service.name, referral.service.organization) == (
        "Harbour Detox",
        "Harbour Detox Org",
    )
    assert "1 Quay St" in referral.service.address
    assert referral.service.phone == "555-0100"
    assert referral.status is Status.MADE
    later = NOW + timedelta(days=3)
    with vault.transaction() as conn:
        set_status(conn, referral.id, Status.NO_SHOW, on=later.date(), now=later)
        set_status(conn, referral.id, Status.ATTAINED, on=later.date(), now=later)
    assert [(s.status, s.on) for s in status_history(vault.conn, referral.id)] == [
        (Status.MADE, NOW.date()),
        (Status.NO_SHOW, later.date()),
        (Status.ATTAINED, later.date()),
    ]
    with pytest.raises(InvalidReferral, match="before the referral"), vault.transaction() as conn:
        set_status(conn, referral.id, Status.DECLINED, on=NOW.date() - timedelta(days=1), now=later)
    with pytest.raises(InvalidReferral, match="future"), vault.transaction() as conn:
        set_status(
            conn, referral.id, Status.DECLINED, on=later.date() + timedelta(days=9), now=later
        )


def test_codes_are_unique_across_many_referrals(vault: Vault) -> None:
    contact = _contact(vault)
    snap = snapshot_of(service("s", "Pantry"), NOW)
    with vault.transaction() as conn:
        saved = save_encounter(conn, EncounterDraft(contact, referrals=[snap] * 300), now=NOW)
    assert len(set(saved.referral_codes)) == 300


def test_did_they_get_there_asks_for_open_referrals_and_an_answer_closes_them(
    vault: Vault,
) -> None:
    contact = _contact(vault)
    other = _contact(vault, "Green cap")
    snaps = [
        snapshot_of(service("a", "Shelter A"), NOW),
        snapshot_of(service("b", "Clinic B"), NOW),
    ]
    with vault.transaction() as conn:
        first = save_encounter(conn, EncounterDraft(contact, referrals=snaps), now=NOW)
        save_encounter(conn, EncounterDraft(other, referrals=snaps[:1]), now=NOW)
    asked = open_referrals(vault.conn, contact)
    assert [r.service.name for r in asked] == ["Shelter A", "Clinic B"]
    next_visit = NOW + timedelta(days=2)
    answers = {first.referral_ids[0]: Status.ATTAINED}
    with vault.transaction() as conn:
        save_encounter(conn, EncounterDraft(contact, outcomes=answers), now=next_visit)
    assert [r.service.name for r in open_referrals(vault.conn, contact)] == ["Clinic B"]
    assert status_history(vault.conn, first.referral_ids[0])[-1].on == next_visit.date()
    assert len(open_referrals(vault.conn, other)) == 1, "another contact's referral is untouched"


def test_unanswered_referrals_become_follow_ups_after_n_days_once(vault: Vault) -> None:
    contact = _contact(vault)
    snap = snapshot_of(service("a", "Shelter A"), NOW)
    with vault.transaction() as conn:
        saved = save_encounter(conn, EncounterDraft(contact, referrals=[snap, snap]), now=NOW)
        set_status(conn, saved.referral_ids[1], Status.ATTAINED, now=NOW)
    with vault.transaction() as conn:
        assert follow_up_unanswered(conn, after_days=7, now=NOW + timedelta(days=6)) == 0
        assert follow_up_unanswered(conn, after_days=7, now=NOW + timedelta(days=7)) == 1
        assert follow_up_unanswered(conn, after_days=7, now=NOW + timedelta(days=9)) == 0
    (item,) = open_follow_ups(vault.conn)
    assert (item.referral_service, item.due_on) == ("Shelter A", NOW.date() + timedelta(days=7))
    assert item.state(NOW.date() + timedelta(days=9)) is FollowUpState.OVERDUE
    with vault.transaction() as conn:
        set_status(conn, saved.referral_ids[0], Status.NOT_ATTAINED, now=NOW + timedelta(days=9))
    assert open_follow_ups(vault.conn) == [], "answering the referral closes its follow-up"


def test_follow_ups_due_today_overdue_snoozed_and_done(vault: Vault) -> None:
    contact = _contact(vault)
    today = NOW.date()
    with vault.transaction() as conn:
        due = add_follow_up(conn, contact, today, "bring the ID form", now=NOW)
        late = add_follow_up(conn, contact, today - timedelta(days=2), "call the clinic", now=NOW)
        later = add_follow_up(conn, contact, today + timedelta(days=3), "check in", now=NOW)
        sleepy = add_follow_up(conn, contact, today, "ask about detox", now=NOW)
        snooze(conn, sleepy, today + timedelta(days=1), now=NOW)
    assert [f.id for f in due_list(vault.conn, now=NOW)] == [late, due]
    counts = due_counts(vault.conn, now=NOW)
    assert (counts.due_today, counts.overdue, counts.snoozed, counts.upcoming) == (1, 1, 1, 1)
    assert counts.needing_attention == 2
    with vault.transaction() as conn:
        mark_done(conn, late, now=NOW)
    assert [f.id for f in due_list(vault.conn, now=NOW)] == [due]
    tomorrow = NOW + timedelta(days=1)
    assert sleepy in [f.id for f in due_list(vault.conn, now=tomorrow)]
    assert later not in [f.id for f in due_list(vault.conn, now=tomorrow)]
    with pytest.raises(InvalidFollowUp, match="after today"), vault.transaction() as conn:
        snooze(conn, due, today, now=NOW)
    with pytest.raises(InvalidFollowUp, match="a few words"), vault.transaction() as conn:
        add_follow_up(conn, contact, today, "   ", now=NOW)


def test_refer_adds_to_todays_encounter_or_starts_one(vault: Vault) -> None:
    contact = _contact(vault)
    with vault.transaction() as conn:
        first = todays_encounter(conn, contact, now=NOW)
        again = todays_encounter(conn, contact, now=NOW + timedelta(minutes=40))
        tomorrow = todays_encounter(conn, contact, now=NOW + timedelta(days=1))
    assert first == again != tomorrow
