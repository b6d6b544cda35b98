"""Re-encrypting the vault the app has open: the same Vault object is open again afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.errors import UserFacingError, VaultDamaged, WrongPassphrase
from outreach.vault import Vault, key_file_path
from outreach.vault.throttle import UnlockThrottle
from tests.conftest import PASSPHRASE


def test_rekey_in_place_keeps_the_vault_open_and_old_key_files_useless(
    new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    vault, code = new_vault
    with vault.transaction() as conn:
        conn.execute("INSERT INTO contact (alias, created_at) VALUES ('kept', '2026-01-01')")
    old_copy = key_file_path(vault_path).read_bytes()
    new_code = vault.rekey_in_place(PASSPHRASE)
    assert new_code != code
    assert vault.is_open
    assert vault.conn.execute("SELECT alias FROM contact").fetchall() == [("kept",)]
    with vault.transaction() as conn:  # writes go on through the same object
        conn.execute("INSERT INTO contact (alias, created_at) VALUES ('after', '2026-01-02')")
    vault.close()
    current = key_file_path(vault_path).read_bytes()
    key_file_path(vault_path).write_bytes(old_copy)
    with pytest.raises(VaultDamaged, match="does not open with its key file"):
        Vault.open(vault_path, PASSPHRASE)
    key_file_path(vault_path).write_bytes(current)
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert len(reopened.conn.execute("SELECT alias FROM contact").fetchall()) == 2


def test_a_wrong_passphrase_changes_nothing_and_counts(vault: Vault, vault_path: Path) -> None:
    before = key_file_path(vault_path).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.rekey_in_place("not the passphrase")
    assert vault.is_open, "refused before anything closed"
    assert vault.conn.execute("SELECT count(*) FROM contact").fetchone() == (0,)
    assert key_file_path(vault_path).read_bytes() == before
    assert UnlockThrottle(vault_path).failures == 1, "a wrong guess counts"


def test_refused_because_another_process_has_it_open_the_vault_stays_open(
    vault: Vault, vault_path: Path
) -> None:
    other = Vault.open(vault_path, PASSPHRASE)  # another window or a command in a terminal
    before = key_file_path(vault_path).read_bytes()
    try:
        with pytest.raises(UserFacingError, match="open in another"):
            vault.rekey_in_place(PASSPHRASE)
    finally:
        other.close()
    assert vault.is_open
    assert vault.conn.execute("SELECT count(*) FROM contact").fetchone() == (0,)
    assert key_file_path(vault_path).read_bytes() == before
