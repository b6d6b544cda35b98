"""`outreach search` and `outreach hsds export` end to end, through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach.cli import main
from outreach.directory.store import upsert_records
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.directory_samples import WEEKDAYS_9_TO_5, service


@pytest.fixture
def cli_vault(vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    records = [
        service(
            "near", "Near Detox", lat=41.92, lon=-87.65, postcode="60614", schedules=WEEKDAYS_9_TO_5
        ),
        service("far", "Far Detox", lat=41.80, lon=-87.60, postcode="60615"),
        service("food", "Food Pantry"),
    ]
    with vault.transaction() as conn:
        upsert_records(conn, records, source="test")
    vault.close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    return vault_path


def test_search_json_with_near_reports_distance_and_open_state(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--vault", str(cli_vault), "search", "detox", "--near", "60614", "--json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == ["near", "far"]
    assert rows[0]["distance_km"] == 0.0
    assert rows[1]["distance_km"] > 10
    assert rows[0]["open_now"] in (True, False)
    assert rows[1]["open_now"] is None
    assert {"id", "name", "organization", "open_now"} <= set(rows[0])


def test_search_json_without_near_has_no_distance(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vault", str(cli_vault), "search", "pantry", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == ["food"]
    assert "distance_km" not in rows[0]


def test_search_open_at_filters(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Monday 10 March 2025, 15:00 in Chicago.
    args = ["--vault", str(cli_vault), "search", "", "--open-at", "2025-03-10T15:00-05:00"]
    assert main([*args, "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == ["near"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--near", "Atlantis"], "no place called 'Atlantis'"),
        (["--open-at", "tomorrow-ish"], "not an ISO date"),
        (["--category", "Spaceships"], "Unknown category"),
        (["--limit", "0"], "--limit must be at least 1"),
        (["--within", "far"], "is not a distance such as 25, 25km or 10mi"),
    ],
)
def test_bad_options_give_one_clear_line(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code = main(["--vault", str(cli_vault), "search", "detox", *args])
    assert code in (1, 2)
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert message in err
    assert "Traceback" not in err


def test_human_output_and_no_results(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--vault", str(cli_vault), "search", "detox"]) == 0
    assert "Near Detox" in capsys.readouterr().out
    assert main(["--vault", str(cli_vault), "search", "zzzzqqq"]) == 0
    assert "No services found." in capsys.readouterr().out


def test_distances_in_the_locale_s_units_or_as_asked(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LC_ALL", "LC_MEASUREMENT"):
        monkeypatch.delenv(variable, raising=False)
    args = ["--vault", str(cli_vault), "search", "detox", "--near", "60614"]
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Far Detox" in out
    assert " mi\n" in out
    assert " km" not in out
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(args) == 0
    assert " km\n" in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL wins; --units wins over both
    assert main(args) == 0
    assert " mi\n" in capsys.readouterr().out
    assert main([*args, "--units", "km"]) == 0
    assert " mi\n" not in capsys.readouterr().out
    # --within takes miles when told: Far Detox is 13.9 km (8.7 mi) from 60614.
    assert main([*args, "--within", "8mi", "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == ["near"]
    assert main([*args, "--within", "9mi", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_open_now_says_what_it_hid_for_unknown_hours(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Monday 10 March 2025, 15:00 in Chicago: Near Detox is open, the other two list no hours.
    args = ["--vault", str(cli_vault), "search", "", "--open-at", "2025-03-10T15:00-05:00"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Near Detox" in out
    assert "2 services with unknown hours not shown; add --include-unknown-hours" in out
    assert main([*args, "--include-unknown-hours", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(row["id"] for row in rows) == ["far", "food", "near"]


def test_hsds_export_writes_the_files(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hsds"
    assert main(["--vault", str(cli_vault), "hsds", "export", str(out)]) == 0
    services = json.loads((out / "services.json").read_text())
    assert sorted(s["id"] for s in services) == ["far", "food", "near"]
    assert "Wrote 3 services" in capsys.readouterr().out
