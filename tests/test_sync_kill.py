"""SIGKILL a sync at random moments: the vault always opens, old or new, never broken.

A worker (this module run with ``python -m tests.test_sync_kill worker``) does what
``outreach sync`` does, and also prints each phase the sync reports as it enters it (checking,
downloading, applying, indexing), then ``synced``. One run to the end times every phase on this
machine; each kill then waits for a phase's report and lands a random moment within how long that
phase took, so a slow or busy machine stretches the kills with the work instead of missing it.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach.feed.client import get_feed
from outreach.feed.sync import sync
from outreach.packs import applied_version
from outreach.vault import Vault
from outreach.vault.vault import key_file_path
from tests.feed_support import VAULT_PASSPHRASE, make_feed, make_vault, serve, trust
from tests.kill_support import REPORT_DEADLINE, ProgressPipe, StepTimes, kill_within

KILLS = 32
REPO = Path(__file__).resolve().parents[1]


def run_worker() -> None:
    """``outreach sync`` on $OUTREACH_VAULT, saying on stdout which phase it is in."""
    from outreach.paths import feed_cache_dir

    phases: list[str] = []

    def report(done: int, total: int, message: str) -> None:
        phase = message.split()[0].lower() if message else "working"
        if not phases or phases[-1] != phase:
            phases.append(phase)
            print(phase, flush=True)

    vault_file = Path(os.environ["OUTREACH_VAULT"])
    with Vault.open(vault_file, os.environ["OUTREACH_PASSPHRASE"]) as vault:
        result = sync(vault, get_feed(vault.conn), feed_cache_dir(vault_file), progress=report)
        print("synced", result.status.value, flush=True)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a hang guard; a stuck worker fails sooner (REPORT_DEADLINE)
def test_sigkill_during_download_and_apply(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    setup = make_feed(tmp_path)
    setup.publish(1, count=1500)
    base = make_vault(tmp_path)
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    with serve(setup.feed_dir) as server:
        trust(base, setup, server.url)
        assert sync(base, get_feed(base.conn), tmp_path / "cache").version == 1
        base.close()
        setup.publish(2, count=1500, changed=1500)  # every record changes: a long apply
        # One run to the end names the phases in order and times each on this machine.
        child, progress = _start_copy(base.path, tmp_path / "timed")
        assert child.wait(REPORT_DEADLINE) == 0
        progress.drain()
        phases = [report.step for report in progress.reports]
        assert phases[-1] == "synced", phases
        assert "applying" in phases, phases
        times = _phase_times(progress, StepTimes(), finished=True)

        # Two kills within each phase (-1: start-up, i: the phase report i begins), including
        # the moments after the commit; applying, the phase that writes, gets all the rest.
        moments = list(range(-1, len(phases))) * 2
        moments += [phases.index("applying")] * (KILLS - len(moments))
        rng.shuffle(moments)
        outcomes = {1: 0, 2: 0}
        killed_in: dict[str, int] = {}
        for attempt, target in enumerate(moments):
            work = tmp_path / f"run{attempt}"
            child, progress = _start_copy(base.path, work)
            if target < 0:  # start-up: before the first report
                kill_within(child, progress, progress.started, times["startup"], rng)
            else:
                began = progress.wait_for(phases[target])
                kill_within(child, progress, began.at, times[phases[target] + str(target)], rng)
            child.wait(REPORT_DEADLINE)
            progress.drain()
            last = progress.last.step if progress.last else "startup"
            killed_in[last] = killed_in.get(last, 0) + 1
            _phase_times(progress, times, finished=False)
            outcomes[_check_copy(work)] += 1
            shutil.rmtree(work)
    summary = (
        f"seed {seed}: {killed_in.get('applying', 0) + killed_in.get('indexing', 0)} of {KILLS}"
        f" kills mid-apply; last phase reported before each kill {killed_in};"
        f" vault left at version 1: {outcomes[1]}, at 2: {outcomes[2]};"
        f" phases here: {times.summary()}"
    )
    print(summary)
    record_property("kills", summary)
    # Both outcomes must have happened, or the kills missed the interesting window.
    assert outcomes[1] > 0, summary
    assert outcomes[2] > 0, summary


def _phase_times(progress: ProgressPipe, times: StepTimes, *, finished: bool) -> StepTimes:
    """Record how long each whole phase of this run lasted: from its report to the next one
    (the last one to the end of the output, when the run was not cut short)."""
    reports = progress.reports
    if reports:
        times.record("startup", reports[0].at - progress.started)
    for index, (report, following) in enumerate(itertools.pairwise(reports)):
        times.record(report.step + str(index), following.at - report.at)
    if finished and reports and progress.ended_at is not None:
        times.record(reports[-1].step + str(len(reports) - 1), progress.ended_at - reports[-1].at)
    return times


def _start_copy(base_path: Path, work: Path) -> tuple[subprocess.Popen[bytes], ProgressPipe]:
    """Start the sync worker on a copy of the vault in ``work``."""
    work.mkdir()
    vault_path = work / "vault.db"
    shutil.copy(base_path, vault_path)
    shutil.copy(key_file_path(base_path), key_file_path(vault_path))
    env = {
        **os.environ,
        "OUTREACH_VAULT": str(vault_path),
        "OUTREACH_PASSPHRASE": VAULT_PASSPHRASE,
        "OUTREACH_HOME": str(work / "home"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.test_sync_kill", "worker"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    return child, ProgressPipe.watch(child)


def _check_copy(work: Path) -> int:
    vault = Vault.open(work / "vault.db", VAULT_PASSPHRASE)
    try:
        assert vault.check() == []
        version = applied_version(vault.conn)
        assert version in (1, 2)
        services = vault.conn.execute("SELECT COUNT(*) FROM service").fetchone()[0]
        assert services == 1500
        return version
    finally:
        vault.close()


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    run_worker()
