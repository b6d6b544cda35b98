"""The vault: create, lock, unlock, passphrases, recovery, backups, damage."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from outreach.errors import UserFacingError, VaultDamaged, VaultExists, WrongPassphrase
from outreach.notes import store as notes
from outreach.vault import Vault, key_file_path
from outreach.vault.backup import restore_backup, write_backup
from outreach.vault.throttle import UnlockThrottle, delay_after
from tests.conftest import FAST_KDF, PASSPHRASE


def _write_note(vault: Vault, text: str) -> int:
    with vault.transaction() as conn:
        contact = notes.add_contact(conn, "blue jacket")
        return notes.add_encounter(conn, contact, note=text)


def test_create_lock_unlock_keeps_data(vault_path: Path) -> None:
    vault, code = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    encounter = _write_note(vault, "needs detox tonight")
    vault.close()
    assert not vault.is_open
    with pytest.raises(UserFacingError, match="locked"):
        _ = vault.conn
    reopened = Vault.open(vault_path, PASSPHRASE)
    assert notes.encounter_note(reopened.conn, encounter) == "needs detox tonight"
    assert reopened.check() == []
    reopened.close()
    assert len(code.replace("-", "")) == 25


def test_file_is_encrypted_and_private(vault: Vault, vault_path: Path) -> None:
    vault.close()
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    assert vault_path.stat().st_mode & 0o077 == 0


def test_wrong_passphrase_is_refused_and_counted(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(vault_path, "not the passphrase")
    assert "not the passphrase" not in str(info.value)
    assert UnlockThrottle(vault_path).failures == 1
    Vault.open(vault_path, PASSPHRASE).close()
    assert UnlockThrottle(vault_path).failures == 0


def test_delays_grow_after_repeated_failures(vault_path: Path) -> None:
    assert [delay_after(n) for n in range(1, 8)] == [0, 0, 1, 2, 4, 8, 16]
    assert delay_after(100) == 60
    throttle = UnlockThrottle(vault_path)
    vault_path.parent.mkdir(parents=True)
    before = time.time()
    for _ in range(4):
        throttle.record_failure()
    wait = throttle.seconds_to_wait()
    # Two seconds from the last failure, however long writing the four records took here.
    assert 2.0 - (time.time() - before) <= wait <= 2.0


def test_create_refuses_existing_and_short_passphrase(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(UserFacingError, match="at least 8"):
        Vault.create(vault_path.with_name("other.db"), "short", kdf=FAST_KDF)


def test_change_passphrase(vault: Vault, vault_path: Path) -> None:
    encounter = _write_note(vault, "canary-passwd")
    vault.close()
    db_before = vault_path.read_bytes()
    Vault.change_passphrase(vault_path, PASSPHRASE, "a brand new phrase")
    assert vault_path.read_bytes() == db_before, "changing the passphrase must not rewrite the db"
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "a brand new phrase") as reopened:
        assert notes.encounter_note(reopened.conn, encounter) == "canary-passwd"


def test_change_passphrase_needs_the_old_one(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.change_passphrase(vault_path, "guessing here", "a brand new phrase")
    Vault.open(vault_path, PASSPHRASE).close()


def test_recovery_code_is_single_use(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, code = new_vault
    vault.close()
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.recover(vault_path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "another phrase")
    recovered, new_code = Vault.recover(
        vault_path, code.lower().replace("-", " "), "another phrase"
    )
    recovered.close()
    assert new_code != code
    with pytest.raises(WrongPassphrase):
        Vault.recover(vault_path, code, "third phrase!")
    Vault.open(vault_path, "another phrase").close()
    Vault.recover(vault_path, new_code, "fourth phrase")[0].close()


def test_backup_and_restore_round_trip(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    encounter = _write_note(vault, "canary-backup-text")
    backup = tmp_path / "usb" / "outreach.backup"
    backup.parent.mkdir()
    write_backup(vault, backup, "backup passphrase")
    vault.close()
    data = backup.read_bytes()
    assert b"canary-backup-text" not in data
    assert b"SQLite format 3" not in data
    with pytest.raises(WrongPassphrase, match="backup"):
        restore_backup(backup, "wrong backup pass", tmp_path / "new" / "v.db", PASSPHRASE)
    restored, code = restore_backup(
        backup, "backup passphrase", tmp_path / "new" / "v.db", "restored phrase"
    )
    with restored:
        assert notes.encounter_note(restored.conn, encounter) == "canary-backup-text"
    assert code
    with pytest.raises(VaultExists):
        restore_backup(backup, "backup passphrase", vault_path, PASSPHRASE)
    again, _ = restore_backup(backup, "backup passphrase", vault_path, "forced phrase", force=True)
    again.close()
    assert list(vault_path.parent.glob("vault.db.replaced-*")), "the old vault is kept aside"


def test_restore_rejects_garbage_and_truncation(tmp_path: Path, vault: Vault) -> None:
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"hello")
    with pytest.raises(UserFacingError, match="not an Outreach Companion backup"):
        restore_backup(junk, "whatever!", tmp_path / "x.db", PASSPHRASE)
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    backup.write_bytes(backup.read_bytes()[:40])
    with pytest.raises(VaultDamaged):
        restore_backup(backup, "backup passphrase", tmp_path / "y.db", PASSPHRASE)
    assert not (tmp_path / "y.db").exists()


def test_damaged_vault_is_reported_not_recreated(vault: Vault, vault_path: Path) -> None:
    _write_note(vault, "x" * 5000)
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[5000] ^= 0xFF  # flip a bit inside the first page after the header
    vault_path.write_bytes(bytes(data))
    with pytest.raises((VaultDamaged, WrongPassphrase)):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == bytes(data), "a damaged vault must be left as it is"


def test_damaged_key_file_is_reported(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key_file_path(vault_path).write_text("{not json")
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.open(vault_path, PASSPHRASE)
    key_file_path(vault_path).unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(vault_path, PASSPHRASE)


def test_plain_sqlite_file_is_refused(tmp_path: Path, vault: Vault, vault_path: Path) -> None:
    import sqlite3

    vault.close()
    key = key_file_path(vault_path).read_bytes()
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    key_file_path(plain).write_bytes(key)
    with pytest.raises(VaultDamaged, match="unencrypted"):
        Vault.open(plain, PASSPHRASE)


def test_vault_from_a_newer_release_is_refused(vault: Vault, vault_path: Path) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO schema_migrations VALUES ('notes', 999, '2030-01-01T00:00:00+00:00')"
        )
    vault.close()
    with pytest.raises(VaultDamaged, match="newer version"):
        Vault.open(vault_path, PASSPHRASE)


def test_transaction_rolls_back_on_error(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        notes.add_contact(conn, "someone")
        raise RuntimeError("boom")
    assert vault.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_key_file_holds_no_secret_in_clear(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    _vault, code = new_vault
    text = key_file_path(vault_path).read_text()
    assert PASSPHRASE not in text
    assert code not in text
    doc = json.loads(text)
    assert set(doc["slots"]) == {"passphrase", "recovery"}


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "outreach", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_round_trip(tmp_path: Path) -> None:
    import os

    env = {
        **os.environ,
        "OUTREACH_HOME": str(tmp_path / "h"),
        "OUTREACH_PASSPHRASE": "cli phrase 1",
    }
    version = _cli("--version", env=env)
    assert version.returncode == 0
    assert "0." in version.stdout
    helptext = _cli("--help", env=env).stdout
    for command in ("vault", "gui"):
        assert command in helptext
    created = _cli("vault", "init", env=env)
    assert created.returncode == 0, created.stderr
    assert "Recovery code" in created.stdout
    assert _cli("vault", "check", env=env).returncode == 0
    wrong = _cli("vault", "check", env={**env, "OUTREACH_PASSPHRASE": "guess guess"})
    assert wrong.returncode == 1
    assert "Wrong passphrase" in wrong.stderr
    assert "guess guess" not in wrong.stderr + wrong.stdout
    assert "Traceback" not in wrong.stderr
    changed = _cli("vault", "passwd", env={**env, "OUTREACH_NEW_PASSPHRASE": "cli phrase 2"})
    assert changed.returncode == 0, changed.stderr
    assert _cli("vault", "check", env=env).returncode == 1
    env["OUTREACH_PASSPHRASE"] = "cli phrase 2"
    backup = tmp_path / "b.backup"
    made = _cli(
        "vault", "backup", str(backup), env={**env, "OUTREACH_BACKUP_PASSPHRASE": "bk phrase"}
    )
    assert made.returncode == 0, made.stderr
    target = str(tmp_path / "restored.db")
    restored = _cli(
        "--vault",
        target,
        "vault",
        "restore",
        str(backup),
        env={**env, "OUTREACH_BACKUP_PASSPHRASE": "bk phrase"},
    )
    assert restored.returncode == 0, restored.stderr
    assert _cli("--vault", target, "vault", "check", env=env).returncode == 0
    missing = _cli("--vault", str(tmp_path / "nope.db"), "vault", "check", env=env)
    assert missing.returncode == 1
    assert "No vault" in missing.stderr


@pytest.mark.parametrize(("setting", "expected"), [("", "0"), ("on", "1")])
def test_memory_security_follows_the_switch(tmp_path: Path, setting: str, expected: str) -> None:
    import os

    code = (
        "import sys\nfrom pathlib import Path\nfrom outreach.vault import KdfParams, Vault\n"
        "kdf = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)\n"
        "vault, _ = Vault.create(Path(sys.argv[1]), 'switch test phrase', kdf=kdf)\n"
        "print(vault.conn.execute('PRAGMA cipher_memory_security').fetchone()[0])\n"
        "vault.close()\n"
    )
    env = {**os.environ, "OUTREACH_MEMORY_SECURITY": setting}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "v.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_extensions_cannot_be_loaded(vault: Vault) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.OperationalError, match="not authorized"):
        vault.conn.execute("SELECT load_extension('/usr/lib/does-not-matter.so')")


def test_connection_settings_are_in_force(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_cli_internal_error_has_no_traceback_and_no_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from outreach import cli
    from outreach.cli import vault_cmds

    secret = "note text that must not leak"

    def broken(args: object) -> int:
        raise RuntimeError(secret)

    monkeypatch.setattr(vault_cmds, "_check", broken)  # a bug stand-in: nothing real fails so
    assert cli.main(["vault", "check"]) == 70
    err = capsys.readouterr().err
    assert "RuntimeError" in err
    assert secret not in err
    assert "Traceback" not in err
    monkeypatch.setenv("OUTREACH_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["vault", "check"])


def test_backup_to_an_unwritable_place_says_so(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "is-a-folder"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(UserFacingError, match="Cannot write the backup"):
        write_backup(vault, target, "backup passphrase")
    assert (target / "inside").is_dir()
