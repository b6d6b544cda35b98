"""No note text in plain text anywhere on disk, and passphrase changes survive SIGKILL."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach.vault import Vault
from outreach.vault.connection import integrity_problems
from tests.conftest import FAST_KDF
from tests.kill_support import REPORT_DEADLINE, ProgressPipe, StepTimes, kill_within

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
        print("changing", flush=True)
        Vault.change_passphrase(path, current, other)
        print("changed", flush=True)
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


def _start_passwd_loop(path: Path, *phrases: str) -> tuple[subprocess.Popen[bytes], ProgressPipe]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _PASSWD_LOOP, str(path), *phrases], stdout=subprocess.PIPE
    )
    return proc, ProgressPipe.watch(proc)


def _time_changes(progress: ProgressPipe, times: StepTimes) -> None:
    for report, following in itertools.pairwise(progress.reports):
        if (report.step, following.step) == ("changing", "changed"):
            times.record("change", following.at - report.at)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigkill_during_passphrase_change_leaves_one_working_passphrase(
    vault_path: Path, record_property: Callable[[str, object], None]
) -> None:
    first, second = "first phrase one", "second phrase two"
    vault, _ = Vault.create(vault_path, first, kdf=FAST_KDF)
    vault.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    # One loop runs two whole changes first, to time a change on this machine (back to `first`).
    proc, progress = _start_passwd_loop(vault_path, first, second)
    progress.wait_for("changed")
    progress.wait_for("changed")
    proc.kill()
    proc.wait(timeout=REPORT_DEADLINE)
    progress.drain()
    times = StepTimes()
    _time_changes(progress, times)
    # Each kill lands within the first change of its run, or within the second (so the first
    # has committed): half each, so both passphrases must turn up as the one that works.
    targets = [1, 2] * 12
    rng.shuffle(targets)
    outcomes = {first: 0, second: 0}
    mid_change = 0
    for target in targets:
        proc, progress = _start_passwd_loop(vault_path, first, second)
        for _ in range(target):
            began = progress.wait_for("changing")
        kill_within(proc, progress, began.at, times["change"], rng)
        proc.wait(timeout=REPORT_DEADLINE)
        progress.drain()
        _time_changes(progress, times)
        mid_change += progress.last is not None and progress.last.step == "changing"
        works = [p for p in (first, second) if _opens_with(vault_path, p)]
        assert len(works) == 1, f"expected exactly one working passphrase, got {len(works)}"
        outcomes[works[0]] += 1
        leftovers = [p.name for p in vault_path.parent.glob(".vault.db.key.*")]
        for name in leftovers:  # a temp file cut short by the kill: harmless, never read
            (vault_path.parent / name).unlink()
    summary = (
        f"seed {seed}: {mid_change} of {len(targets)} kills mid-change; works afterwards:"
        f" first {outcomes[first]}, second {outcomes[second]}; {times.summary()}"
    )
    print(summary)
    record_property("kills", summary)
    assert outcomes[first] > 0, summary
    assert outcomes[second] > 0, summary
