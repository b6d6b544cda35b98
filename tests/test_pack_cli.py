"""``outreach pack ...`` end to end on real files, and the bundled starter pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.cli import main
from outreach.directory import store
from outreach.errors import PackRejected
from outreach.packs import applied_version, pack_state, read_pack
from outreach.packs.starter import (
    STARTER_PACK_VERSION,
    install_starter_pack,
    read_starter_pack,
    starter_pack_path,
)
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sample_data import SAMPLE_DATA

HSDS_JSON = SAMPLE_DATA / "hsds-3.0-examples" / "service_full.json"
HSDS_CSV = SAMPLE_DATA / "hsds-3.0-examples" / "csv"


def test_build_then_info_then_rebuild_bumps_the_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "county.ocpack"
    assert main(["pack", "build", str(HSDS_JSON), "--out", str(out), "--name", "County"]) == 0
    printed = capsys.readouterr().out
    assert "service_full.json:" in printed
    assert "Wrote" in printed
    pack = read_pack(out.read_bytes())
    assert (pack.manifest.name, pack.manifest.version, pack.manifest.services) == ("County", 1, 1)
    assert next(pack.iter_records())["name"] == "Community Counselling"

    assert main(["pack", "info", str(out)]) == 0
    assert "County, version 1 (full), 1 services" in capsys.readouterr().out

    assert main(["pack", "build", str(HSDS_CSV), "--out", str(out), "--name", "County"]) == 0
    assert read_pack(out.read_bytes()).manifest.version == 2
    assert not list(tmp_path.glob(".*.tmp")), "temporary files were left behind"


def test_delta_command_writes_a_delta(tmp_path: Path) -> None:
    first, second, delta = tmp_path / "1.ocpack", tmp_path / "2.ocpack", tmp_path / "d.ocpack"
    assert main(["pack", "build", str(HSDS_JSON), "--out", str(first)]) == 0
    assert main(["pack", "build", str(HSDS_CSV), "--out", str(second), "--version", "2"]) == 0
    assert main(["pack", "delta", str(first), str(second), "--out", str(delta)]) == 0
    manifest = read_pack(delta.read_bytes()).manifest
    assert (manifest.kind, manifest.base_version, manifest.version) == ("delta", 1, 2)


def test_missing_source_is_one_clear_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ocpack"
    assert main(["pack", "build", str(tmp_path / "nope.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "Traceback" not in err
    assert not out.exists()


def test_info_on_something_else_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not a pack")
    assert main(["pack", "info", str(fake)]) == 1
    assert capsys.readouterr().err.strip() == (f"error: {fake}: This file is not a resource pack.")


def test_apply_refuses_without_starter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "apply", str(starter_pack_path())]) == 2
    assert "outreach feed import-pack" in capsys.readouterr().err


def test_bundled_starter_pack_is_valid_and_small() -> None:
    path = starter_pack_path()
    assert path.stat().st_size < 8_000_000  # issue 14's bound; it is about 2 MB
    pack = read_starter_pack()
    assert pack.manifest.services > 19_000
    assert pack.manifest.version == STARTER_PACK_VERSION
    assert (path.parent / "SOURCE.md").exists()


def test_starter_pack_installs_once_through_the_cli(
    vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault.close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "pack", "apply", "--starter"]) == 0
    assert f"Updated to version {STARTER_PACK_VERSION}" in capsys.readouterr().out
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert store.count_services(reopened.conn) == read_starter_pack().manifest.services
        state = pack_state(reopened.conn)
        assert state.starter is True
        assert state.version == STARTER_PACK_VERSION
        # A feed must send its full pack over the starter, so no feed version is installed.
        assert applied_version(reopened.conn) is None
        assert install_starter_pack(reopened).already_installed
    finally:
        reopened.close()


def test_missing_starter_file_is_a_clear_error(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(PackRejected, match="not included in this installation"):
        install_starter_pack(vault, path=tmp_path / "gone.ocpack")
    assert applied_version(vault.conn) is None
