"""``outreach notes report|purge|due|import`` on a real vault, with passphrases from the env."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach.cli import main
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.followups import add_follow_up
from outreach.notes.referrals import snapshot_of
from outreach.settings import Settings
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.notes_support import service

ALIAS = "Zorro Azul"
DATA = Path(__file__).parent / "data" / "notes"


@pytest.fixture
def filled(new_vault: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault = new_vault[0]
    now = datetime.now(UTC)
    old = now - timedelta(days=500)
    with vault.transaction() as conn:
        person = save_contact(conn, Contact(ALIAS), now=old)
        save_encounter(conn, EncounterDraft(person, old, note="old secret"), now=old)
        snap = snapshot_of(service("s", "Shelter A"), old)
        recent = now - timedelta(days=10)
        for i in range(6):
            save_encounter(
                conn,
                EncounterDraft(
                    person, recent + timedelta(hours=i), needs={"shelter"}, referrals=[snap]
                ),
                now=now,
            )
        add_follow_up(conn, person, now.astimezone().date(), "bring the form", now=now)
    vault.close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    return vault_path


def test_due_counts_without_aliases_unless_shown(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vault", str(filled), "notes", "due"]) == 0
    out = capsys.readouterr().out
    assert "1 due today, 6 overdue" in out, "unanswered referrals after 7 days became follow-ups"
    assert ALIAS not in out
    assert main(["--vault", str(filled), "notes", "due", "--show"]) == 0
    shown = capsys.readouterr().out
    assert f"{ALIAS}: bring the form" in shown
    assert "Did they get to Shelter A?" in shown


def test_due_respects_the_follow_up_setting(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Settings(referral_follow_up_days=30).save()
    assert main(["--vault", str(filled), "notes", "due"]) == 0
    assert "1 due today, 0 overdue" in capsys.readouterr().out


def test_report_writes_a_csv_with_no_alias(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.csv"
    month = (datetime.now(UTC) - timedelta(days=10)).astimezone().strftime("%Y-%m")
    args = ["--vault", str(filled), "notes", "report", "--from", month, "--to", month]
    assert main([*args, "--out", str(out)]) == 0
    assert f"Wrote the report for {month} to {month}" in capsys.readouterr().out
    rows = list(csv.reader(out.open()))
    assert rows[0] == ["measure", "category", month, "total"]
    assert ["encounters", "", "6", "6"] in rows
    assert ["referrals_made", "", "6", "6"] in rows
    assert ALIAS not in out.read_text()
    assert "secret" not in out.read_text()
    assert main([*args, "--language", "es"]) == 0
    assert "Refugio" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "March"], "--from: expected a month as YYYY-MM"),
        (["--from", "2026-05", "--to", "2026-01"], "end comes before its start"),
    ],
)
def test_report_refuses_bad_months(
    filled: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["--vault", str(filled), "notes", "report", *argv]) == 1
    assert message in capsys.readouterr().err


def test_purge_tells_first_and_deletes_only_when_confirmed(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--vault", str(filled), "notes", "purge"]
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 encounters, 0 referrals, 0 follow-ups, 0 contacts" in out
    assert "Dry run" in out
    assert main(base) == 2, "no prompt possible under pytest: --yes is required"
    assert "--yes" in capsys.readouterr().err
    assert main([*base, "--yes"]) == 0
    assert "Deleted 1 encounters and 0 contacts" in capsys.readouterr().out
    assert main([*base, "--dry-run"]) == 0
    assert "Nothing to delete" in capsys.readouterr().out
    assert main([*base, "--days", "3"]) == 1
    assert "at least 30 days" in capsys.readouterr().err


def test_import_dry_run_stores_nothing_and_bad_files_fail_cleanly(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--vault", str(filled), "notes", "import"]
    assert main([*base, str(DATA / "notes-english.csv"), "--dry-run"]) == 0
    assert "Dry run: 3 encounters read" in capsys.readouterr().out
    assert main([*base, str(DATA / "missing.csv")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main([*base, str(DATA / "notes-custom.csv")]) == 1
    assert "--mapping" in capsys.readouterr().err
    assert (
        main(
            [
                *base,
                str(DATA / "notes-custom.csv"),
                "--mapping",
                str(DATA / "notes-custom.toml"),
                "--json",
            ]
        )
        == 0
    )
    assert '"encounters": 2' in capsys.readouterr().out
