"""SIGKILL a process while it applies packs to a real vault, again and again.

A worker process (this module run with ``python -m tests.test_pack_crash worker VAULT``) opens
the vault and applies version after version forever: odd versions as a full pack, even ones as
a delta from the previous version, alternating between two directories of different sizes.
The test kills it at random moments inside start-up, an apply, or the gap between two
versions, each drawn within how long that step takes on this machine in this run (timed from the
worker's own reports, see ``tests/kill_support.py``): a slow or busy machine stretches the kills
with the work instead of making them miss. After every kill the vault must open, pass SQLCipher's
and SQLite's integrity checks, and hold exactly one whole version with its notes untouched.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.directory import store
from outreach.notes import store as notes
from outreach.packs import applied_version, apply_pack, build_pack, make_delta, read_pack
from outreach.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.kill_support import (
    REPORT_DEADLINE,
    ProgressPipe,
    Report,
    StepTimes,
    expect_killed,
    kill_within,
)
from tests.pack_samples import sample_records

REPO = Path(__file__).resolve().parents[1]
CREATED = datetime(2024, 5, 1, tzinfo=UTC)
KILLS = 32
NOTE = "slept at the underpass; wants detox"


def directory_for(version: int) -> list[dict]:
    """Odd versions: 400 services. Even: 250 of them renamed, 150 gone, 75 new. (Big enough
    that an apply takes a while; small enough that 33 workers stay cheap on a busy core.)"""
    if version % 2:
        return sample_records(400)
    return sample_records(250, text=f" (v{version})") + sample_records(75, prefix="new")


def expected_count(version: int) -> int:
    return 400 if version % 2 else 325


def full_pack(version: int) -> bytes:
    return build_pack(
        directory_for(version), version=version, name="Crash", source="test", created=CREATED
    )


def run_worker(vault_path: Path) -> None:
    """Apply the next version forever, saying on stdout when each one starts and ends."""
    vault = Vault.open(vault_path, PASSPHRASE, check=False)
    while True:
        version = (applied_version(vault.conn) or 0) + 1
        data = full_pack(version)
        if version % 2 == 0:
            data = make_delta(full_pack(version - 1), data)
        pack = read_pack(data)
        print(f"start {version}", flush=True)
        apply_pack(vault, pack)
        print(f"done {version}", flush=True)


def _check_vault(vault_path: Path, referral_name: str) -> int:
    vault = Vault.open(vault_path, PASSPHRASE, check=False)
    try:
        conn = vault.conn
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        version = applied_version(conn) or 0
        assert store.count_services(conn) == (expected_count(version) if version else 0)
        if version % 2 == 0 and version:
            assert store.get_record(conn, "svc-0000")["name"].endswith(f"(v{version})")
        assert notes.encounter_note(conn, 1) == NOTE
        (referral,) = notes.referrals_for_encounter(conn, 1)
        assert referral.service_name == referral_name
        return version
    finally:
        vault.close()


def _apply_step(version: int) -> str:
    return "apply full" if version % 2 else "apply delta"


def _measure(progress: ProgressPipe, times: StepTimes) -> None:
    """Learn from this worker's reports how long start-up, each apply and each gap took."""
    previous: Report | None = None
    for report in progress.reports:
        if previous is None and report.step == "start":
            times.record("startup", report.at - progress.started)
        elif previous is not None and (previous.step, report.step) == ("start", "done"):
            times.record(_apply_step(int(report.words[1])), report.at - previous.at)
        elif previous is not None and (previous.step, report.step) == ("done", "start"):
            times.record("between", report.at - previous.at)
        previous = report


def _start_worker(vault_path: Path) -> tuple[subprocess.Popen[bytes], ProgressPipe]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.test_pack_crash", "worker", str(vault_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return worker, ProgressPipe.watch(worker)


def _kill_in(
    where: str,
    worker: subprocess.Popen[bytes],
    progress: ProgressPipe,
    times: StepTimes,
    rng: random.Random,
) -> None:
    """Kill at a moment drawn within the step ``where`` names, as long as that step takes here."""
    if where == "startup":
        kill_within(worker, progress, progress.started, times["startup"], rng)
    elif where == "apply":
        start = progress.wait_for("start")
        kill_within(worker, progress, start.at, times[_apply_step(int(start.words[1]))], rng)
    else:  # between two versions: one just committed, the next pack is being built
        done = progress.wait_for("done")
        kill_within(worker, progress, done.at, times["between"], rng)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a hang guard; a stuck worker fails sooner (REPORT_DEADLINE)
def test_killing_an_update_at_any_moment_leaves_one_whole_version(
    vault_path: Path, record_property: Callable[[str, object], None]
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    with vault.transaction() as conn:
        contact = notes.add_contact(conn, "Green cap")
        encounter = notes.add_encounter(conn, contact, note=NOTE)
        referred = {"id": "svc-0002", "name": "Harbour detox", "organization": {"name": "H"}}
        notes.add_referral(conn, encounter, referred)
    vault.close()

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    times = StepTimes()
    # One worker first runs two whole versions (full, then delta) to time every step here.
    worker, progress = _start_worker(vault_path)
    for _ in range(2):
        progress.wait_for("done")
    progress.wait_for("start")
    worker.kill()
    worker.wait(timeout=REPORT_DEADLINE)
    progress.drain()
    _measure(progress, times)
    versions_seen = {_check_vault(vault_path, "Harbour detox")}

    # Half the kills aim inside an apply; the rest at start-up and between two versions.
    moments = ["apply"] * (KILLS // 2) + ["between"] * (KILLS // 4) + ["startup"] * (KILLS // 4)
    rng.shuffle(moments)
    killed_mid_apply = 0
    for attempt, where in enumerate(moments):
        worker, progress = _start_worker(vault_path)
        _kill_in(where, worker, progress, times, rng)
        expect_killed(worker, progress, f"seed {seed}, attempt {attempt}")
        _measure(progress, times)
        if progress.last is not None and progress.last.step == "start":
            killed_mid_apply += 1
        versions_seen.add(_check_vault(vault_path, "Harbour detox"))
    summary = (
        f"seed {seed}: {killed_mid_apply} of {KILLS} kills mid-apply,"
        f" versions {sorted(versions_seen)}; steps here: {times.summary()}"
    )
    print(summary)
    record_property("kills", summary)
    # The kills must have landed while applying, and versions must really have moved on.
    assert killed_mid_apply >= KILLS // 4, f"only {killed_mid_apply} mid-apply kills; {summary}"
    assert len(versions_seen) >= 3, f"versions seen {sorted(versions_seen)}; {summary}"


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    run_worker(Path(sys.argv[2]))
