"""SIGKILL ``outreach sync`` at random moments: the vault always opens, old or new, never broken."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from outreach.feed.client import get_feed
from outreach.feed.sync import sync
from outreach.packs import applied_version
from outreach.vault import Vault
from outreach.vault.vault import key_file_path
from tests.feed_support import VAULT_PASSPHRASE, make_feed, make_vault, serve, trust

KILLS = 32


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_sigkill_during_download_and_apply(tmp_path: Path) -> None:
    setup = make_feed(tmp_path)
    setup.publish(1, count=1500)
    base = make_vault(tmp_path)
    rng = random.Random(4)
    with serve(setup.feed_dir) as server:
        trust(base, setup, server.url)
        assert sync(base, get_feed(base.conn), tmp_path / "cache").version == 1
        base.close()
        setup.publish(2, count=1500, changed=1500)  # every record changes: a long apply
        # Spread the kills over start-up, download and apply as this machine runs them: one
        # run to the end first says how long that is (a fixed window misses on fast machines).
        whole = _run_copy(base.path, tmp_path / "timed", kill_after=None)
        outcomes = {1: 0, 2: 0}
        for attempt in range(KILLS):
            work = tmp_path / f"run{attempt}"
            _run_copy(base.path, work, kill_after=rng.uniform(0.3, 1.2) * whole)
            vault = Vault.open(work / "vault.db", VAULT_PASSPHRASE)
            try:
                assert vault.check() == []
                version = applied_version(vault.conn)
                assert version in (1, 2)
                services = vault.conn.execute("SELECT COUNT(*) FROM service").fetchone()[0]
                assert services == 1500
                outcomes[version] += 1
            finally:
                vault.close()
            shutil.rmtree(work)
    # Both outcomes must have happened, or the kills missed the interesting window.
    assert outcomes[1] > 0
    assert outcomes[2] > 0


def _run_copy(base_path: Path, work: Path, *, kill_after: float | None) -> float:
    """Run ``outreach sync`` on a copy of the vault in ``work``; SIGKILL it after
    ``kill_after`` seconds, or let it finish (and check it updated). Returns the seconds run."""
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
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "outreach", "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if kill_after is None:
        assert child.wait(60) == 0
        return time.monotonic() - started
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    return time.monotonic() - started
