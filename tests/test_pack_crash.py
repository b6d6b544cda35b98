"""SIGKILL a process while it applies packs to a real vault, again and again.

A worker process (this module run with ``python -m tests.test_pack_crash worker VAULT``) opens
the vault and applies version after version forever: odd versions as a full pack, even ones as
a delta from the previous version, alternating between two directories of different sizes.
The test kills it at random moments; after every kill the vault must open, pass SQLCipher's
and SQLite's integrity checks, and hold exactly one whole version with its notes untouched.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.directory import store
from outreach.notes import store as notes
from outreach.packs import applied_version, apply_pack, build_pack, make_delta, read_pack
from outreach.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.pack_samples import sample_records

REPO = Path(__file__).resolve().parents[1]
CREATED = datetime(2024, 5, 1, tzinfo=UTC)
KILLS = 32
NOTE = "slept at the underpass; wants detox"


def directory_for(version: int) -> list[dict]:
    """Odd versions: 800 services. Even: 500 of them renamed, 300 gone, 150 new."""
    if version % 2:
        return sample_records(800)
    return sample_records(500, text=f" (v{version})") + sample_records(150, prefix="new")


def expected_count(version: int) -> int:
    return 800 if version % 2 else 650


def full_pack(version: int) -> bytes:
    return build_pack(
        directory_for(version), version=version, name="Crash", source="test", created=CREATED
    )


def pack_to_apply(version: int, cache: Path) -> bytes:
    """Version ``version`` as the worker applies it (a delta for even versions), built once
    and kept in ``cache``: building is most of a worker's start-up on a busy machine."""
    cached = cache / f"{version}.bin"
    if cached.exists():
        return cached.read_bytes()
    data = full_pack(version)
    if version % 2 == 0:
        data = make_delta(full_pack(version - 1), data)
    cache.mkdir(exist_ok=True)
    partial = cache / f"{version}.{os.getpid()}.part"
    partial.write_bytes(data)
    partial.replace(cached)  # a worker killed while writing leaves only a .part behind
    return data


def run_worker(vault_path: Path) -> None:
    """Apply the next version forever, saying on stdout when each one starts and ends."""
    vault = Vault.open(vault_path, PASSPHRASE, check=False)
    while True:
        version = (applied_version(vault.conn) or 0) + 1
        pack = read_pack(pack_to_apply(version, vault_path.parent / "packs"))
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


class _Worker:
    """The worker process, its stdout read line by line on a thread."""

    def __init__(self, vault_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.test_pack_crash", "worker", str(vault_path)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line.strip()))

    def wait_for(self, word: str, timeout: float = 120.0) -> float:
        """Block until the worker prints a line starting with ``word``; when it did."""
        deadline = time.monotonic() + timeout
        while True:
            when, line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            self.seen.append(line)
            if line.startswith(word):
                return when

    def kill(self) -> tuple[str, str, int]:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        assert self.process.stderr is not None
        err = self.process.stderr.read()
        self.process.stderr.close()
        while not self.lines.empty():
            self.seen.append(self.lines.get()[1])
        return " ".join(self.seen), err, self.process.returncode


def _measure_apply(vault_path: Path) -> float:
    """Seconds one apply takes on this machine now (version 1, a full pack of 800)."""
    worker = _Worker(vault_path)
    started = worker.wait_for("start")
    done = worker.wait_for("done")
    worker.kill()
    return done - started


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_killing_an_update_at_any_moment_leaves_one_whole_version(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    with vault.transaction() as conn:
        contact = notes.add_contact(conn, "Green cap")
        encounter = notes.add_encounter(conn, contact, note=NOTE)
        referred = {"id": "svc-0002", "name": "Harbour detox", "organization": {"name": "H"}}
        notes.add_referral(conn, encounter, referred)
    vault.close()

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    versions_seen: set[int] = set()
    killed_mid_apply = 0
    # How long one apply takes here, measured: the kills are spread over that, counted from
    # the moment the worker says it started applying (start-up time varies with the load).
    apply_seconds = _measure_apply(vault_path)
    for attempt in range(KILLS):
        worker = _Worker(vault_path)
        worker.wait_for("start")
        time.sleep(rng.uniform(0.0, 2.0 * apply_seconds))
        out, err, returncode = worker.kill()
        assert returncode == -signal.SIGKILL, (
            f"seed {seed}, attempt {attempt}: the worker stopped by itself: {err[-2000:]}"
        )
        lines = out.split()
        if lines[-2:-1] == ["start"]:
            killed_mid_apply += 1
        version = _check_vault(vault_path, "Harbour detox")
        versions_seen.add(version)
    print(
        f"seed {seed}: {killed_mid_apply} of {KILLS} kills mid-apply,"
        f" versions {sorted(versions_seen)}"
    )
    # The kills must have landed while applying, and versions must really have moved on.
    assert killed_mid_apply >= KILLS // 4, f"seed {seed}: only {killed_mid_apply} mid-apply kills"
    assert len(versions_seen) >= 3, f"seed {seed}: versions seen {sorted(versions_seen)}"


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    run_worker(Path(sys.argv[2]))
