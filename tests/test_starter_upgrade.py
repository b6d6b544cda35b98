"""A vault holding the old starter pack (names and addresses, version 1) takes the new one as a
normal pack update: one copy, old listings gone, and a feed's pack still wins."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.directory.search import SearchFilters, search
from outreach.directory.store import count_services
from outreach.errors import PackRejected
from outreach.importers import import_path
from outreach.packs.apply import apply_pack
from outreach.packs.build import build_pack
from outreach.packs.format import canonical_json
from outreach.packs.read import read_pack
from outreach.packs.starter import (
    STARTER_PACK_VERSION,
    install_starter_pack,
    read_starter_pack,
    starter_update_due,
)
from outreach.packs.state import InstalledPack, pack_state
from outreach.samhsa.build import build_records
from outreach.vault import Vault
from tests.pack_samples import hand_made_pack, sample_records

SLICE = Path(__file__).parent / "data" / "samhsa"
OLD_CSV = (
    SLICE / "samhsa-treatment-facilities" / "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
)


@pytest.fixture(scope="module")
def old_starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The version 1 starter pack, built as tools/build_starter_pack.py built it before."""
    records = import_path(OLD_CSV, mapping=Path("samhsa-treatment")).records
    path = tmp_path_factory.mktemp("old") / "samhsa-treatment.ocpack"
    path.write_bytes(
        build_pack(
            records,
            version=1,
            name="SAMHSA treatment facilities (starter)",
            source="SAMHSA substance use treatment facilities, via GeoDaCenter/opioid-policy-scan",
            created=datetime(2026, 11, 27, tzinfo=UTC),
            compression="lzma",
        )
    )
    return path


@pytest.fixture(scope="module")
def new_starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records, _ = build_records(SLICE)
    path = tmp_path_factory.mktemp("new") / "samhsa-treatment.ocpack"
    path.write_bytes(
        build_pack(
            records,
            version=STARTER_PACK_VERSION,
            name="SAMHSA treatment directory (starter)",
            source="SAMHSA",
            created=datetime(2026, 5, 25, tzinfo=UTC),
        )
    )
    return path


def test_old_starter_is_replaced_in_place(
    vault: Vault, old_starter: Path, new_starter: Path
) -> None:
    install_starter_pack(vault, path=old_starter)
    old_count = count_services(vault.conn)
    assert old_count == 37
    assert starter_update_due(pack_state(vault.conn))
    result = install_starter_pack(vault, path=new_starter)
    new_count = read_pack(new_starter.read_bytes()).manifest.services
    assert (result.previous_version, result.version, result.kind) == (
        1,
        STARTER_PACK_VERSION,
        "full",
    )
    assert result.removed == old_count  # the old listings are gone, not kept beside the new
    assert count_services(vault.conn) == result.added == new_count
    state = pack_state(vault.conn)
    assert state.starter is True
    assert state.version == STARTER_PACK_VERSION
    assert not starter_update_due(state)
    assert install_starter_pack(vault, path=new_starter).already_installed
    # One copy: a facility both packs list is found once, now with its phone.
    hits = search(vault.conn, "Native American Lifelines", SearchFilters())
    assert [hit.name for hit in hits] == ["Native American Lifelines"]


def test_a_feed_pack_still_replaces_the_new_starter(vault: Vault, new_starter: Path) -> None:
    install_starter_pack(vault, path=new_starter)
    feed = read_pack(
        build_pack(sample_records(5, prefix="feed"), version=1, name="County", source="c")
    )
    apply_pack(vault, feed)
    assert count_services(vault.conn) == 5
    assert pack_state(vault.conn).starter is False
    assert not starter_update_due(pack_state(vault.conn))
    with pytest.raises(PackRejected, match="starter pack is not needed"):
        install_starter_pack(vault, path=new_starter)


def test_update_due_only_for_an_older_starter() -> None:
    assert starter_update_due(InstalledPack(version=1, starter=True))
    assert not starter_update_due(InstalledPack(version=STARTER_PACK_VERSION, starter=True))
    assert not starter_update_due(InstalledPack(version=1, starter=False))  # a feed's pack
    assert not starter_update_due(InstalledPack())  # nothing installed


def test_the_bundled_pack_carries_the_version_the_app_expects() -> None:
    assert read_starter_pack().manifest.version == STARTER_PACK_VERSION


def test_a_bad_record_late_in_the_starter_leaves_the_vault_untouched(
    vault: Vault, new_starter: Path, tmp_path: Path
) -> None:
    """The starter's records are checked as they are applied, not before: a bad one near the
    end still rolls the whole load back."""
    good = read_pack(new_starter.read_bytes())
    lines = [canonical_json(record).encode() + b"\n" for record in good.iter_records()]
    lines[-2] = b'{"id": "broken", "name": ""}\n'
    broken = tmp_path / "broken.ocpack"
    broken.write_bytes(hand_made_pack(b"".join(lines)))
    with pytest.raises(PackRejected, match=f"Record {len(lines) - 1:,} \\(id 'broken'\\)"):
        install_starter_pack(vault, path=broken)
    assert count_services(vault.conn) == 0
    assert pack_state(vault.conn).version is None
