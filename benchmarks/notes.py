"""Notes benchmark: search, save, timeline and report at a busy team's scale.

    .venv/bin/python benchmarks/notes.py [--contacts 2000] [--encounters 50000] [--out FILE.json]

Builds a real SQLCipher vault with N contacts and M encounters spread over two years (notes
made of outreach phrases, places, needs, supplies, a referral in one encounter of five, one
contact with 500 encounters), then times, through the public notes API:

- notes search as you type (every prefix of a set of realistic queries): p50 and p95;
- saving one encounter with two referrals, commit included (synchronous=FULL): p50 and p95;
- opening the 500-encounter timeline: p50 and p95;
- the anonymous report for the last twelve months: median of 5.

Each figure is printed beside its target and the ratio measured/target (below 1 is good).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach.notes import lists  # noqa: E402
from outreach.notes.contacts import Contact, save_contact  # noqa: E402
from outreach.notes.encounters import EncounterDraft, save_encounter  # noqa: E402
from outreach.notes.referrals import ServiceSnapshot  # noqa: E402
from outreach.notes.report import build_report  # noqa: E402
from outreach.notes.search import search_notes  # noqa: E402
from outreach.notes.timeline import timeline  # noqa: E402
from outreach.vault import KdfParams, Vault  # noqa: E402

TARGETS_MS = {"search_p95": 50.0, "save_p95": 100.0, "timeline_p95": 150.0, "report": 1000.0}
PHRASES = [
    "slept outside again",
    "asked about detox tonight",
    "needs a bed",
    "lost ID at the shelter",
    "wants methadone",
    "using alone, talked about naloxone",
    "sister in town",
    "court date friday",
    "foot wound, sent to clinic",
    "hungry, gave a meal voucher",
    "new phone, no minutes",
    "worried about eviction",
    "doing better, working days",
    "overdose last week, survived",
    "asked for test strips",
    "looking for a job",
    "dog needs vet",
    "benefits letter came",
]
PLACES = [
    "Riverside park",
    "Bus depot",
    "Library steps",
    "Day centre on 5th",
    "Under the bridge",
    "Pier 4",
    "Church lot",
    "Train station",
    "Camp behind the mall",
    "Soup kitchen",
]
ALIASES = ["Blue", "Rosa", "Tall", "Grey", "Quiet", "Red", "Smiley", "Jo", "Preacher", "Chef"]
QUERIES = [
    "rosa",
    "detox tonight",
    "riverside",
    "methadone",
    "bridge",
    "court",
    "naloxone",
    "blue 12",
    "eviction",
    "test strips",
]


def _ms(fn: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def build(vault: Vault, contacts: int, encounters: int, rng: random.Random) -> tuple[int, datetime]:
    now = datetime.now(UTC)
    start = now - timedelta(days=730)
    needs = [item.key for item in lists.needs()]
    supplies = [item.key for item in lists.supplies()]
    snaps = [
        ServiceSnapshot(f"svc-{i}", f"Service {i}", "Org", "1 Main St", "555-0100")
        for i in range(50)
    ]
    with vault.transaction() as conn:
        ids = [
            save_contact(
                conn, Contact(f"{rng.choice(ALIASES)} {i}", tags=(rng.choice(PLACES),)), now=start
            )
            for i in range(contacts)
        ]
        busy = ids[0]
        for n in range(encounters):
            contact = busy if n < 500 else rng.choice(ids)
            when = start + timedelta(minutes=rng.randrange(730 * 24 * 60))
            draft = EncounterDraft(
                contact,
                when,
                rng.choice(PLACES),
                set(rng.sample(needs, rng.randint(0, 3))),
                {rng.choice(supplies): rng.randint(1, 5)} if rng.random() < 0.4 else {},
                ". ".join(rng.sample(PHRASES, 3)),
                [rng.choice(snaps)] if rng.random() < 0.2 else [],
            )
            save_encounter(conn, draft, now=now)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return busy, now


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--encounters", type=int, default=50_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rng = random.Random(20261203)
    with tempfile.TemporaryDirectory() as folder:
        kdf = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)
        vault, _ = Vault.create(Path(folder) / "bench.db", "benchmark passphrase", kdf=kdf)
        began = time.perf_counter()
        busy, now = build(vault, args.contacts, args.encounters, rng)
        build_s = time.perf_counter() - began
        typed = [q[:n] for q in QUERIES for n in range(2, len(q) + 1)]
        search_ms = [t for q in typed for t in _ms(lambda q=q: search_notes(vault.conn, q), 1)]
        snaps = [ServiceSnapshot("svc-a", "Shelter A"), ServiceSnapshot("svc-b", "Clinic B")]

        def save() -> None:
            with vault.transaction() as conn:
                draft = EncounterDraft(
                    busy + 1,
                    None,
                    "Pier 4",
                    {"shelter", "food"},
                    {"naloxone_kits": 2},
                    "saved by the benchmark",
                    snaps,
                )
                save_encounter(conn, draft)

        save_ms = _ms(save, 50)
        timeline_ms = _ms(lambda: timeline(vault.conn, busy, limit=500), 20)
        first = (now - timedelta(days=365)).date().replace(day=1)
        report_ms = _ms(lambda: build_report(vault.conn, first, date.today()), 5)
        size = (Path(folder) / "bench.db").stat().st_size
        vault.close()
    figures = {
        "search_p50": statistics.median(search_ms),
        "search_p95": _p95(search_ms),
        "save_p50": statistics.median(save_ms),
        "save_p95": _p95(save_ms),
        "timeline_p50": statistics.median(timeline_ms),
        "timeline_p95": _p95(timeline_ms),
        "report": statistics.median(report_ms),
    }
    result = {
        "contacts": args.contacts,
        "encounters": args.encounters,
        "build_s": round(build_s, 1),
        "vault_mb": round(size / 2**20, 1),
        "queries_timed": len(search_ms),
        "ms": {k: round(v, 2) for k, v in figures.items()},
        "target_ms": TARGETS_MS,
        "ratio_to_target": {k: round(figures[k] / t, 3) for k, t in TARGETS_MS.items()},
    }
    print(f"{args.contacts} contacts, {args.encounters} encounters, built in {build_s:.1f} s")
    for key, target in TARGETS_MS.items():
        print(
            f"  {key:<14} {figures[key]:8.2f} ms   target {target:6.0f} ms"
            f"   ratio {figures[key] / target:.3f}"
        )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
