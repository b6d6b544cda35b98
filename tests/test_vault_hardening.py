"""The vault under attack, damage and clumsy hands (issue 11, items 1, 2, 5, 6, 7, 8, 9, 10, 12).

Each test reproduces a defect an independent review found; they all failed before the fix.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import stat
import struct
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach.errors import UserFacingError, VaultDamaged, WrongPassphrase
from outreach.notes import store as notes
from outreach.vault import Vault, key_file_path
from outreach.vault import keyfile as kf
from outreach.vault.backup import MAGIC, restore_backup, write_backup
from outreach.vault.throttle import MAX_DELAY_S, UnlockThrottle
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.kill_support import REPORT_DEADLINE, ProgressPipe, StepTimes, expect_killed, kill_within

#: Far below anything a vault is made with: what an attacker writes into a key file.
TINY = {"time_cost": 1, "memory_cost_kib": 8, "parallelism": 1}


def _key_doc(vault_path: Path) -> dict:
    return json.loads(key_file_path(vault_path).read_text())


def _write_key_doc(vault_path: Path, doc: dict, *, fix_checksum: bool = True) -> None:
    if fix_checksum and "checksum" in doc:
        doc["checksum"] = kf._checksum(doc["slots"])
    key_file_path(vault_path).write_text(json.dumps(doc))


def _slot_kdfs(vault_path: Path) -> dict[str, dict]:
    return {name: slot["kdf"] for name, slot in _key_doc(vault_path)["slots"].items()}


# -- 2: the KDF cannot be weakened through the key file ---------------------------------------


def test_editing_the_key_file_cannot_make_passwd_seal_cheaply(vault: Vault, vault_path: Path):
    vault.close()
    doc = _key_doc(vault_path)
    doc["kdf"] = TINY  # the first release read the sealing parameters from here
    _write_key_doc(vault_path, doc)
    Vault.change_passphrase(vault_path, PASSPHRASE, "a brand new phrase")
    assert _slot_kdfs(vault_path)["passphrase"] == FAST_KDF.__dict__
    Vault.open(vault_path, "a brand new phrase").close()


def test_recover_and_backup_seal_at_the_vault_floor(
    new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    vault, code = new_vault
    vault.close()
    doc = _key_doc(vault_path)
    doc["kdf"] = TINY
    _write_key_doc(vault_path, doc)
    recovered, _ = Vault.recover(vault_path, code, "after recovery")
    assert list(_slot_kdfs(vault_path).values()) == [FAST_KDF.__dict__] * 2
    backup = tmp_path / "b.backup"
    write_backup(recovered, backup, "backup passphrase", kdf=kf.KdfParams(**TINY))
    recovered.close()
    header = _backup_header(backup)
    assert header["slots"]["passphrase"]["kdf"] == FAST_KDF.__dict__


def _backup_header(backup: Path) -> dict:
    data = backup.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    return json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])


def _replace_backup_header(backup: Path, header: dict) -> None:
    data = backup.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    body = data[len(MAGIC) + 4 + length :]
    raw = json.dumps(header).encode()
    backup.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + body)


def test_a_crafted_backup_cannot_lower_the_restored_vault_parameters(
    vault: Vault, tmp_path: Path
) -> None:
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    header = _backup_header(backup)
    header["kdf"] = TINY
    _replace_backup_header(backup, header)
    target = tmp_path / "restored" / "vault.db"
    restored, _ = restore_backup(backup, "backup passphrase", target, "restored phrase")
    restored.close()
    for params in _slot_kdfs(target).values():
        assert not kf.KdfParams(**params).weaker_than(FAST_KDF)


def test_slot_parameters_are_authenticated(vault: Vault, vault_path: Path) -> None:
    vault.close()
    doc = _key_doc(vault_path)
    doc["slots"]["passphrase"]["kdf"] = {**FAST_KDF.__dict__, "time_cost": 2}
    _write_key_doc(vault_path, doc)  # a deliberate edit, checksum recomputed
    # Opening under the edited parameters must fail: they are part of what the seal checks.
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)


@pytest.mark.parametrize(
    "params",
    [
        {"time_cost": 10**6, "memory_cost_kib": 8192, "parallelism": 1},
        {"time_cost": 1, "memory_cost_kib": 2**40, "parallelism": 1},
        {"time_cost": 1, "memory_cost_kib": 8192, "parallelism": 10**6},
        {"time_cost": 10**30, "memory_cost_kib": 8192, "parallelism": 1},
        {"time_cost": 0, "memory_cost_kib": 0, "parallelism": 0},
        {"time_cost": True, "memory_cost_kib": 8192, "parallelism": 1},
        {"time_cost": 1.5, "memory_cost_kib": 8192, "parallelism": 1},
    ],
)
def test_parameters_read_from_the_file_are_bounded(
    vault: Vault, vault_path: Path, params: dict
) -> None:
    vault.close()
    doc = _key_doc(vault_path)
    doc["slots"]["passphrase"]["kdf"] = params
    _write_key_doc(vault_path, doc)
    with pytest.raises(VaultDamaged, match="damaged"):
        Vault.open(vault_path, PASSPHRASE)
    assert UnlockThrottle(vault_path).failures == 0


def _seal_slot_weakly(vault_path: Path, name: str, secret: str, db_key: bytes) -> None:
    """What a key file looked like after the first release sealed under doctored parameters."""
    keys = kf.KeyFile.load(key_file_path(vault_path))
    weak = kf.Slot.seal(name, secret, db_key, kf.KdfParams(**TINY))
    kf.KeyFile({**keys.slots, name: weak}).save(key_file_path(vault_path))


def _db_key(vault_path: Path, passphrase: str = PASSPHRASE) -> bytes:
    return kf.KeyFile.load(key_file_path(vault_path)).unwrap_with_passphrase(passphrase).db_key


def test_a_weak_passphrase_slot_is_sealed_again_at_unlock(vault: Vault, vault_path: Path):
    vault.close()
    _seal_slot_weakly(vault_path, "passphrase", PASSPHRASE, _db_key(vault_path))
    assert _slot_kdfs(vault_path)["passphrase"] == TINY
    Vault.open(vault_path, PASSPHRASE).close()
    assert _slot_kdfs(vault_path)["passphrase"] == FAST_KDF.__dict__
    Vault.open(vault_path, PASSPHRASE).close()


def test_check_reports_a_weak_recovery_slot(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, code = new_vault
    assert vault.check() == []
    vault.close()
    _seal_slot_weakly(vault_path, "recovery", kf.normalise_recovery_code(code), _db_key(vault_path))
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        problems = reopened.check()
    assert len(problems) == 1
    assert "recovery slot" in problems[0]
    assert "weaker" in problems[0]


def test_the_floor_lives_in_the_database(vault: Vault) -> None:
    from outreach.vault.vault import kdf_floor

    assert kdf_floor(vault.conn) == FAST_KDF
    with vault.transaction() as conn:
        conn.execute("DELETE FROM app_meta WHERE key = 'kdf_floor'")
    assert kdf_floor(vault.conn) == kf.DEFAULT_KDF  # vaults from before the floor


def test_out_of_bounds_parameters_are_refused_at_creation(vault_path: Path) -> None:
    with pytest.raises(ValueError):
        Vault.create(vault_path, PASSPHRASE, kdf=kf.KdfParams(time_cost=10**6))
    assert not vault_path.exists()


def test_first_release_key_files_still_open_and_are_upgraded(vault: Vault, vault_path: Path):
    vault.close()
    db_key = _db_key(vault_path)
    old = {
        "format": 1,
        "kdf": FAST_KDF.__dict__,
        "slots": {"passphrase": _v1_slot("passphrase", PASSPHRASE, db_key)},
    }
    key_file_path(vault_path).write_text(json.dumps(old))
    Vault.open(vault_path, PASSPHRASE).close()
    doc = _key_doc(vault_path)
    assert doc["format"] == kf.KEY_FILE_FORMAT
    assert doc["slots"]["passphrase"]["version"] == kf.KEY_FILE_FORMAT


def _v1_slot(name: str, secret: str, db_key: bytes) -> dict:
    slot = kf.Slot(FAST_KDF, os.urandom(16), os.urandom(12), b"", version=1)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = AESGCM(FAST_KDF.derive(secret, slot.salt)).encrypt(slot.nonce, db_key, slot.aad(name))
    return kf.Slot(slot.kdf, slot.salt, slot.nonce, sealed, version=1).to_json()


# -- 1: an empty vault file is damage, never a new vault -------------------------------------


@pytest.mark.parametrize("keep", [0, 16, 1024])
def test_an_emptied_vault_file_is_damage(vault: Vault, vault_path: Path, keep: int) -> None:
    notes.add_contact(vault.conn, "someone")
    vault.close()
    cut = vault_path.read_bytes()[:keep]
    vault_path.write_bytes(cut)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == cut, "nothing may be created in a damaged vault"
    assert UnlockThrottle(vault_path).failures == 0


def test_cli_check_does_not_call_an_emptied_vault_intact(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from outreach import cli

    vault.close()
    vault_path.write_bytes(b"")
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(vault_path), "vault", "check"]) == 1
    captured = capsys.readouterr()
    assert "intact" not in captured.out
    assert "no data" in captured.err


def test_a_backup_without_its_database_is_refused(vault: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    data = backup.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    backup.write_bytes(data[: len(MAGIC) + 4 + length])
    target = tmp_path / "restored" / "vault.db"
    with pytest.raises(VaultDamaged):
        restore_backup(backup, "backup passphrase", target, "restored phrase")
    assert not target.exists()


# -- 5: an interrupted init can be started over ----------------------------------------------

_DIE_DURING_INIT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from outreach.vault import KdfParams, Vault
    from outreach.vault import keyfile
    real_save = keyfile.KeyFile.save
    def dying_save(self, path):
        if sys.argv[2] == "after":
            real_save(self, path)
        os._exit(9)  # as if the power went: no clean-up runs
    keyfile.KeyFile.save = dying_save
    Vault.create(Path(sys.argv[1]), "first phrase!", kdf=KdfParams(1, 8192, 1))
    """
)


@pytest.mark.parametrize("moment", ["before", "after"])
def test_a_killed_init_can_be_run_again(vault_path: Path, moment: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _DIE_DURING_INIT, str(vault_path), moment],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 9
    with pytest.raises(UserFacingError) as info:
        Vault.open(vault_path, "first phrase!")
    assert "init" in str(info.value) or "No vault" in str(info.value)
    vault, _ = Vault.create(vault_path, "second phrase", kdf=FAST_KDF)
    vault.close()
    Vault.open(vault_path, "second phrase").close()
    stray = [p.name for p in vault_path.parent.iterdir() if "creating" in p.name]
    assert stray == []


# -- 9: key-file damage is damage, not a wrong passphrase -------------------------------------


def _damages(doc: dict) -> list[bytes]:
    slot = doc["slots"]["passphrase"]
    flipped = bytearray(kf.base64.b64decode(slot["sealed"]))
    flipped[3] ^= 1
    broken_seal = json.loads(json.dumps(doc))
    broken_seal["slots"]["passphrase"]["sealed"] = kf._b64(bytes(flipped))
    return [
        b"",
        b"\x00" * 40,
        json.dumps(doc).encode()[:100],
        json.dumps({**doc, "slots": {"passphrase": 5}}).encode(),
        json.dumps({**doc, "slots": []}).encode(),
        json.dumps({**doc, "format": "1"}).encode(),
        b"[" * 100_000,
        json.dumps({**doc, "slots": {"passphrase": {**slot, "salt": "AAAA"}}}).encode(),
        json.dumps({**doc, "slots": {"passphrase": {**slot, "nonce": 12}}}).encode(),
        json.dumps(broken_seal).encode(),  # a bit flipped on disk: the checksum catches it
    ]


def test_key_file_damage_is_reported_as_damage(vault: Vault, vault_path: Path) -> None:
    vault.close()
    doc = _key_doc(vault_path)
    for damaged in _damages(doc):
        key_file_path(vault_path).write_bytes(damaged)
        with pytest.raises(VaultDamaged, match="key file") as info:
            Vault.open(vault_path, PASSPHRASE)
        assert "Wrong passphrase" not in str(info.value)
    assert UnlockThrottle(vault_path).failures == 0


def test_a_folder_in_place_of_the_key_file_is_damage(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key_file_path(vault_path).unlink()
    key_file_path(vault_path).mkdir()
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.open(vault_path, PASSPHRASE)


# -- 10: passphrases are Unicode-normalised -------------------------------------------------

COMPOSED = "se\u00f1or de la noche"
DECOMPOSED = "sen\u0303or de la noche"


def test_the_same_word_typed_either_way_opens_the_vault(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, DECOMPOSED, kdf=FAST_KDF)
    vault.close()
    Vault.open(vault_path, COMPOSED).close()
    Vault.open(vault_path, DECOMPOSED).close()


def test_a_vault_sealed_under_the_raw_form_still_opens(vault: Vault, vault_path: Path) -> None:
    vault.close()
    db_key = _db_key(vault_path)
    keys = kf.KeyFile.load(key_file_path(vault_path))
    raw = kf.Slot.seal("passphrase", DECOMPOSED, db_key, FAST_KDF)  # as the first release did
    kf.KeyFile({**keys.slots, "passphrase": raw}).save(key_file_path(vault_path))
    Vault.open(vault_path, DECOMPOSED).close()  # re-sealed under NFC on the way
    Vault.open(vault_path, COMPOSED).close()


# -- 8: the wrong-passphrase delay ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '{"failures": 1000, "last": 1e12}',
        '{"failures": 5, "last": Infinity}',
        '{"failures": 5, "last": NaN}',
        '{"failures": 1e400, "last": 0}',
        '{"failures": -4, "last": 0}',
        '{"failures": "x", "last": []}',
    ],
)
def test_the_delay_file_cannot_lock_out_the_right_passphrase(
    vault: Vault, vault_path: Path, content: str
) -> None:
    vault.close()
    attempts = vault_path.with_name(vault_path.name + ".attempts")
    attempts.write_text(content)
    wait = UnlockThrottle(vault_path).seconds_to_wait()
    if "1e12" in content:  # a time in the future counts as now: the longest wait, not hours
        assert 0 < wait <= MAX_DELAY_S
        return
    assert wait == 0  # nonsense is no record
    Vault.open(vault_path, PASSPHRASE).close()


def test_a_folder_in_place_of_the_delay_file(vault: Vault, vault_path: Path) -> None:
    vault.close()
    vault_path.with_name(vault_path.name + ".attempts").mkdir()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase")
    Vault.open(vault_path, PASSPHRASE).close()


def test_parallel_wrong_passphrases_are_all_counted(vault: Vault, vault_path: Path) -> None:
    vault.close()
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def guess() -> None:
        start.wait()
        try:
            Vault.open(vault_path, "a wrong guess")
        except WrongPassphrase:
            pass
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert UnlockThrottle(vault_path).failures == 3


def test_an_open_never_removes_a_wrong_passphrase_count_being_written(
    vault: Vault, vault_path: Path
) -> None:
    """The race behind a lost count (seen once in CI: 2 of 3 parallel guesses counted): one
    open's leftover cleaning removed the temporary file another attempt was about to rename
    into place. Here the other attempt holds its turn with its temporary file on disk."""
    from outreach.vault import files

    vault.close()
    throttle = UnlockThrottle(vault_path)
    being_written = vault_path.with_name(f".{vault_path.name}.attempts.x1y2z3.tmp")
    with throttle.attempt():
        being_written.write_bytes(b'{"failures": 1, "last": 0}')
        files.clean_leftovers(vault_path)  # what another process's open does meanwhile
        assert being_written.exists(), "removed under an attempt that was writing it"
    files.clean_leftovers(vault_path)
    assert not being_written.exists(), "with no attempt running, it is a leftover"


# -- 6: a backup never lands on the vault's own files ----------------------------------------


def test_backup_refuses_the_vault_own_files(vault: Vault, vault_path: Path) -> None:
    notes.add_contact(vault.conn, "kept")
    before = {p.name: p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file()}
    targets = [
        vault_path,
        key_file_path(vault_path),
        vault_path.with_name("vault.db-wal"),
        vault_path.with_name("vault.db-shm"),
        vault_path.parent / "elsewhere.backup",
        vault_path.parent / "sub" / "x.backup",
    ]
    (vault_path.parent / "sub").mkdir()
    for target in targets:
        with pytest.raises(UserFacingError, match="own folder"):
            write_backup(vault, target, "backup passphrase")
    vault.close()
    assert key_file_path(vault_path).read_bytes() == before["vault.db.key"]
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1


# -- 7: restore names, lock and permissions ---------------------------------------------------


def test_two_restores_in_the_same_second_keep_both_old_vaults(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    vault.close()
    for phrase in ("first restore", "second restore"):
        restored, _ = restore_backup(backup, "backup passphrase", vault_path, phrase, force=True)
        restored.close()
    kept = sorted(p.name for p in vault_path.parent.glob("vault.db.replaced-*"))
    assert len(kept) == 2, kept
    assert not list(vault_path.parent.glob(".vault.db.restoring*"))


def test_restore_refuses_while_the_vault_is_open(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    with pytest.raises(UserFacingError, match="open in another"):
        restore_backup(backup, "backup passphrase", vault_path, "restored phrase", force=True)
    assert not list(vault_path.parent.glob("vault.db.replaced-*"))


def test_restored_files_are_private_whatever_the_umask(vault: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "b.backup"
    write_backup(vault, backup, "backup passphrase")
    target = tmp_path / "fresh" / "data" / "vault.db"
    old_umask = os.umask(0o022)
    try:
        restored, _ = restore_backup(backup, "backup passphrase", target, "restored phrase")
        restored.close()
    finally:
        os.umask(old_umask)
    for path in (target, key_file_path(target)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (target.parent, target.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_home_config_and_data_folders_are_private(tmp_path: Path) -> None:
    home = tmp_path / "home"  # OUTREACH_HOME (conftest)
    from outreach.paths import default_vault_path
    from outreach.settings import Settings

    old_umask = os.umask(0o022)
    try:
        Settings().save()
        Vault.create(default_vault_path(), PASSPHRASE, kdf=FAST_KDF)[0].close()
    finally:
        os.umask(old_umask)
    for folder in (home, home / "config", home / "data"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((home / "config" / "settings.json").stat().st_mode) == 0o600


# -- 12 and 4 (part): leftovers of killed steps are cleaned at the next unlock ----------------

_DIE_DURING_BACKUP = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from outreach.vault import Vault
    from outreach.vault import keyfile
    from outreach.vault.backup import write_backup
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    def dying_create(*args, **kwargs):
        os._exit(9)  # the export is on disk; no clean-up runs
    keyfile.KeyFile.create = dying_create
    write_backup(vault, Path(sys.argv[3]), "backup passphrase")
    """
)


def test_a_killed_backup_leaves_nothing_behind(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _DIE_DURING_BACKUP, str(vault_path), PASSPHRASE, str(usb / "b")],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 9, result.stderr
    assert list(usb.iterdir()) == [], "nothing may be left where the backup was going"
    Vault.open(vault_path, PASSPHRASE).close()
    assert [p.name for p in vault_path.parent.iterdir() if "backup" in p.name] == []


def test_a_stale_sealed_key_from_a_killed_passwd_is_removed(vault: Vault, vault_path: Path):
    vault.close()
    stale = vault_path.with_name(".vault.db.key.abc123.tmp")
    stale.write_bytes(key_file_path(vault_path).read_bytes())
    Vault.open(vault_path, PASSPHRASE).close()
    assert not stale.exists()


# -- 4: old key-file copies stop working after a rekey ---------------------------------------


def test_an_old_key_file_copy_opens_nothing_after_a_rekey(
    new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    vault, code = new_vault
    notes.add_contact(vault.conn, "kept through the rekey")
    vault.close()
    old_copy = tmp_path / "old.key"
    old_copy.write_bytes(key_file_path(vault_path).read_bytes())
    Vault.change_passphrase(vault_path, PASSPHRASE, "a brand new phrase")
    new_code = Vault.rekey(vault_path, "a brand new phrase")
    assert new_code != code
    with Vault.open(vault_path, "a brand new phrase") as reopened:
        rows = reopened.conn.execute("SELECT alias FROM contact").fetchall()
        assert rows == [("kept through the rekey",)]
        assert reopened.check() == []
    current = key_file_path(vault_path).read_bytes()
    key_file_path(vault_path).write_bytes(old_copy.read_bytes())
    with pytest.raises(VaultDamaged, match="does not open with its key file"):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(VaultDamaged):
        Vault.recover(vault_path, code, "stolen access!")
    key_file_path(vault_path).write_bytes(current)
    Vault.recover(vault_path, new_code, "after the rekey")[0].close()


def test_rekey_is_refused_while_the_vault_is_open(vault: Vault, vault_path: Path) -> None:
    before = key_file_path(vault_path).read_bytes()
    with pytest.raises(UserFacingError, match="open in another"):
        Vault.rekey(vault_path, PASSPHRASE)
    assert key_file_path(vault_path).read_bytes() == before


def test_rekey_needs_the_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.rekey(vault_path, "not the passphrase")
    Vault.open(vault_path, PASSPHRASE).close()


_REKEY_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from outreach.vault import Vault
    path = Path(sys.argv[1])
    number = 0
    while True:
        number += 1
        print(f"start {number}", flush=True)
        Vault.rekey(path, sys.argv[2])
        print(f"done {number}", flush=True)
    """
)
REKEY_KILLS = 16


def _start_rekey_loop(vault_path: Path) -> tuple[subprocess.Popen[bytes], ProgressPipe]:
    worker = subprocess.Popen(
        [sys.executable, "-c", _REKEY_LOOP, str(vault_path), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return worker, ProgressPipe.watch(worker)


def _time_rekeys(progress: ProgressPipe, times: StepTimes) -> None:
    """Learn from a worker's reports how long one whole rekey takes here, in this run."""
    for before, after in itertools.pairwise(progress.reports):
        if (before.step, after.step) == ("start", "done"):
            times.record("rekey", after.at - before.at)


def _staged_rekey(vault_path: Path) -> bool:
    return bool(list(vault_path.parent.glob(".vault.db.rekey-new*")))


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a hang guard; a stuck worker fails sooner (REPORT_DEADLINE)
def test_a_rekey_killed_at_any_moment_leaves_a_vault_that_opens(
    vault: Vault, vault_path: Path, record_property: Callable[[str, object], None]
) -> None:
    for number in range(30):
        notes.add_contact(vault.conn, f"contact {number}")
    vault.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    times = StepTimes()
    # A first worker runs two whole rekeys, to time one on this machine in this run.
    worker, progress = _start_rekey_loop(vault_path)
    progress.wait_for("done")
    progress.wait_for("done")
    worker.kill()
    worker.wait(REPORT_DEADLINE)
    progress.drain()
    _time_rekeys(progress, times)

    mid_rekey = staged_left = 0
    landed: list[float] = []  # where each kill fell, as a share of the measured rekey
    for attempt in range(REKEY_KILLS):
        worker, progress = _start_rekey_loop(vault_path)
        start = progress.wait_for("start")
        kill_within(worker, progress, start.at, times["rekey"], rng)
        landed.append((time.monotonic() - start.at) / times["rekey"])
        expect_killed(worker, progress, f"seed {seed}, attempt {attempt}")
        _time_rekeys(progress, times)
        mid_rekey += progress.last is not None and progress.last.step == "start"
        staged_left += _staged_rekey(vault_path)
        with Vault.open(vault_path, PASSPHRASE) as reopened:
            assert reopened.check() == []
            assert reopened.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 30
        assert not _staged_rekey(vault_path)
    summary = (
        f"seed {seed}: {mid_rekey} of {REKEY_KILLS} kills mid-rekey, {staged_left} left a"
        f" staged copy; kills at {', '.join(f'{share:.0%}' for share in landed)} of a rekey;"
        f" {times.summary()}"
    )
    print(summary)
    record_property("kills", summary)
    assert staged_left > 0, f"no kill landed inside a rekey; {summary}"
