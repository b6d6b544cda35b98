"""``outreach import`` end to end: a real vault, a real SAMHSA file (a slice), one transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach.cli import main
from tests.conftest import PASSPHRASE

store = pytest.importorskip("outreach.directory.store")

OTP = "samhsa-treatment-facilities/Opioid_Treatment_Directory_Geocoded.csv"
OTP_ROWS = 99  # the slice in tests/data (the full list has 1,831)


@pytest.fixture
def closed_vault(new_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    new_vault[0].close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    return vault_path


def _service_count(vault_path: Path) -> int:
    from outreach.vault import Vault

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        return int(vault.conn.execute("SELECT count(*) FROM service").fetchone()[0])
    finally:
        vault.close()


def test_import_stores_every_record_and_reports(
    closed_vault: Path, sample_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--vault", str(closed_vault), "import", str(sample_data / OTP), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    report = json.loads(out)
    assert report["format"] == "mapped-csv"
    assert report["services"] == OTP_ROWS
    assert report["stored"] == {"added": OTP_ROWS, "updated": 0, "unchanged": 0}
    assert report["tables"]["services"]["imported"] == OTP_ROWS
    assert _service_count(closed_vault) == OTP_ROWS

    # Importing again changes nothing.
    assert main(["--vault", str(closed_vault), "import", str(sample_data / OTP)]) == 0
    text = capsys.readouterr().out
    assert f"Stored {OTP_ROWS} services: 0 new, 0 updated, {OTP_ROWS} unchanged." in text
    assert f"services: {OTP_ROWS} imported, 0 skipped, " in text
    # New England and New Jersey ZIP codes that lost their leading zero, repaired and said so
    assert "× repaired: ZIP code … lost its leading zeros; read as …" in text


def test_dry_run_stores_nothing(
    closed_vault: Path, sample_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--vault", str(closed_vault), "import", str(sample_data / "hsds-1.1-sample")]
    assert main([*args, "--dry-run"]) == 0
    assert "Dry run: 13 services read, nothing stored." in capsys.readouterr().out
    assert _service_count(closed_vault) == 0


def test_unimportable_input_is_one_clear_line(
    closed_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("Name,City\nA,Austin\n", encoding="utf-8")
    assert main(["--vault", str(closed_vault), "import", str(plain)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: plain.csv: a plain CSV file needs a column mapping")
    assert "Traceback" not in err
    assert _service_count(closed_vault) == 0


def test_wrong_passphrase_stores_nothing(
    closed_vault: Path,
    sample_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OUTREACH_PASSPHRASE", "not the passphrase")
    assert main(["--vault", str(closed_vault), "import", str(sample_data / OTP)]) == 1
    assert "not the passphrase" not in capsys.readouterr().err
    assert _service_count(closed_vault) == 0
