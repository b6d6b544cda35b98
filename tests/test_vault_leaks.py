"""No note text in plain text anywhere on disk, and passphrase changes survive SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from outreach.vault import Vault
from outreach.vault.connection import integrity_problems
from tests.conftest import FAST_KDF

CANARY = "CANARY-7f3a9c-needs-bed-tonight"

_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from outreach.notes import store as notes
    from outreach.settings import Settings
    from outreach.vault import KdfParams, Vault
    kdf = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)
    path = Path(sys.argv[1])
    vault, _ = Vault.create(path, "leak test phrase", kdf=kdf)
    with vault.transaction() as conn:
        contact = notes.add_contact(conn, sys.argv[2] + "-alias")
        for i in range(50):
            notes.add_encounter(conn, contact, note=f"{sys.argv[2]} {i}", needs=sys.argv[2])
    # scan while open too: the WAL and shm files exist now
    for f in path.parent.iterdir():
        if sys.argv[2].encode() in f.read_bytes():
            print("LEAK-WHILE-OPEN", f.name)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM encounter WHERE id % 2 = 0")
    Settings().save()
    vault.close()
    """
)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_canary_never_reaches_disk_in_plain_text(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    vault_path = home / "data" / "vault.db"
    env = {**os.environ, "OUTREACH_HOME": str(home), "TMPDIR": str(tmp)}
    result = subprocess.run(
        [sys.executable, "-c", _WRITER, str(vault_path), CANARY],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "LEAK" not in result.stdout, result.stdout
    assert CANARY not in result.stdout + result.stderr
    files = _files_under(home) + _files_under(tmp)
    assert vault_path in files
    assert (home / "config" / "settings.json") in files
    for file in files:
        data = file.read_bytes()
        assert CANARY.encode() not in data, f"canary found in {file}"
        assert CANARY.encode("utf-16-le") not in data, f"canary (utf-16) found in {file}"
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    with Vault.open(vault_path, "leak test phrase") as vault:
        rows = vault.conn.execute("SELECT count(*) FROM encounter").fetchone()[0]
    assert rows == 25


_PASSWD_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from outreach.vault import Vault
    path, a, b = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    current, other = a, b
    try:
        Vault.open(path, a, check=False).close()
    except Exception:
        current, other = b, a
    print("ready", flush=True)
    while True:
        Vault.change_passphrase(path, current, other)
        current, other = other, current
    """
)


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        vault = Vault.open(path, passphrase)
    except Exception:
        return False
    try:
        assert integrity_problems(vault.conn) == []
    finally:
        vault.close()
    return True


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_one_working_passphrase(
    vault_path: Path,
) -> None:
    first, second = "first phrase one", "second phrase two"
    vault, _ = Vault.create(vault_path, first, kdf=FAST_KDF)
    vault.close()
    rng = random.Random(20261127)
    outcomes = {first: 0, second: 0}
    for _ in range(24):
        proc = subprocess.Popen(
            [sys.executable, "-c", _PASSWD_LOOP, str(vault_path), first, second],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        works = [p for p in (first, second) if _opens_with(vault_path, p)]
        assert len(works) == 1, f"expected exactly one working passphrase, got {len(works)}"
        outcomes[works[0]] += 1
        leftovers = [p.name for p in vault_path.parent.glob(".vault.db.key.*")]
        for name in leftovers:  # a temp file cut short by the kill: harmless, never read
            (vault_path.parent / name).unlink()
    assert outcomes[first] > 0
    assert outcomes[second] > 0
