"""Pack benchmark: build, diff and apply resource packs of N services in a real vault.

    .venv/bin/python benchmarks/sync.py --services 100000 --out benchmarks/out/sync.json

The directory is synthetic but shaped like real data: every service is a record from the
bundled SAMHSA starter pack (real names, addresses, coordinates, as the importer made them),
cloned with a new id, and given a description, a phone and weekly hours drawn from the
phrases outreach directories use. Version 2 changes 1% of the services (0.8% edited, 0.1%
removed, 0.1% added). Figures: ``build_full_s``, ``full_pack_bytes``, ``make_delta_s``,
``delta_bytes``, ``delta_share`` (delta / full), ``read_full_s``, ``apply_full_s``,
``apply_delta_s`` (both through ``apply_pack`` into a SQLCipher vault, one transaction each).

Then the whole path a worker's laptop takes: both versions published into a real TUF feed
(``publish_full_s``, ``publish_delta_s``: signing, hashing, writing, and the delta), served over
HTTP on 127.0.0.1, and synced into a fresh vault with TUF verification (``sync_full_s`` and
``sync_delta_s``, with ``sync_delta_bytes``: the pack bytes downloaded, without metadata).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach.directory.store import count_services  # noqa: E402
from outreach.feed.client import add_feed, make_invite  # noqa: E402
from outreach.feed.publish import publish_pack  # noqa: E402
from outreach.feed.repository import FeedRepository  # noqa: E402
from outreach.feed.serve import make_server  # noqa: E402
from outreach.feed.sync import sync  # noqa: E402
from outreach.packs import apply_pack, build_pack, make_delta, read_pack  # noqa: E402
from outreach.packs.starter import read_starter_pack  # noqa: E402
from outreach.vault import KdfParams, Vault  # noqa: E402

_FAST = KdfParams(1, 8 * 1024, 1)  # the vault's Argon2id is not what is measured here

DESCRIPTIONS = [
    "Outpatient substance use treatment and counseling for adults.",
    "Medically monitored withdrawal management (detox) for alcohol and opioids.",
    "Methadone and buprenorphine maintenance, medication for opioid use disorder.",
    "Syringe services, naloxone kits, fentanyl test strips and wound care.",
    "Overnight emergency shelter beds for adults; showers and lockers.",
    "Groceries and hot meals; no ID required. Se habla español.",
    "Primary care, HIV and hepatitis C testing, pharmacy.",
    "Mental health counseling, psychiatry and crisis support, walk-ins welcome.",
]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def synthetic_directory(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` services cloned from the real starter records, with varied text and hours."""
    rng = random.Random(seed)
    templates = [json.dumps(record) for record in read_starter_pack().iter_records()]
    records = []
    for n in range(count):
        record = json.loads(templates[n % len(templates)])
        service_id = f"bench-{n:07d}"
        record["id"] = service_id
        if n >= len(templates):
            record["name"] = f"{record['name']} ({n // len(templates) + 1})"
        record["description"] = rng.choice(DESCRIPTIONS)
        record["phones"] = [
            {"id": f"{service_id}-phone", "number": f"555-{rng.randrange(10**7):07d}"}
        ]
        opens = rng.choice(["08:00", "09:00", "10:00"])
        record["schedules"] = [
            {
                "id": f"{service_id}-hours",
                "service_id": service_id,
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": ",".join(DAYS[: rng.choice([5, 6, 7])]),
                "opens_at": opens,
                "closes_at": rng.choice(["17:00", "19:00", "21:00"]),
            }
        ]
        records.append(record)
    return records


def next_version(records: list[dict[str, Any]], seed: int = 11) -> list[dict[str, Any]]:
    """1% of services changed: 0.8% edited, 0.1% removed, 0.1% added."""
    rng = random.Random(seed)
    count = len(records)
    touched = rng.sample(range(count), max(3, count // 100))
    share = len(touched) // 10 or 1
    removed = set(touched[:share])
    edited = set(touched[share * 2 :])
    result = []
    for n, record in enumerate(records):
        if n in removed:
            continue
        if n in edited:
            record = dict(record)
            record["description"] = record["description"] + " Hours changed this month."
            record["alert"] = "Call ahead: new intake process."
        result.append(record)
    for n in range(share):
        extra = dict(records[n])
        extra["id"] = f"bench-new-{n:07d}"
        result.append(extra)
    return result


def measure(count: int) -> dict[str, Any]:
    created = datetime(2024, 5, 1, tzinfo=UTC)
    first = synthetic_directory(count)
    second = next_version(first)
    figures: dict[str, Any] = {"services": count}

    started = time.perf_counter()
    full_1 = build_pack(first, version=1, name="Bench", source="synthetic", created=created)
    figures["build_full_s"] = round(time.perf_counter() - started, 3)
    figures["full_pack_bytes"] = len(full_1)
    full_2 = build_pack(second, version=2, name="Bench", source="synthetic", created=created)

    started = time.perf_counter()
    delta = make_delta(full_1, full_2)
    figures["make_delta_s"] = round(time.perf_counter() - started, 3)
    figures["delta_bytes"] = len(delta)
    figures["delta_share"] = round(len(delta) / len(full_2), 4)

    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "bench.db", "benchmark passphrase", kdf=_FAST)
        try:
            started = time.perf_counter()
            pack_1 = read_pack(full_1)
            figures["read_full_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            apply_pack(vault, pack_1)
            figures["apply_full_s"] = round(time.perf_counter() - started, 3)
            pack_delta = read_pack(delta)
            started = time.perf_counter()
            result = apply_pack(vault, pack_delta)
            figures["apply_delta_s"] = round(time.perf_counter() - started, 3)
            figures["delta_changes"] = {
                "added": result.added,
                "updated": result.updated,
                "removed": result.removed,
            }
            if count_services(vault.conn) != len(second):
                raise SystemExit("the delta did not reproduce version 2")
        finally:
            vault.close()
    figures.update(measure_feed(full_1, full_2, len(second)))
    return figures


def _secret(slot: str) -> str:
    return f"benchmark {slot} key passphrase"


def measure_feed(full_1: bytes, full_2: bytes, expected: int) -> dict[str, Any]:
    """Publish both versions into a TUF feed, serve it on loopback, sync a fresh vault."""
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        repo = FeedRepository.init(root / "feed", root / "keys", _secret, name="Bench")
        started = time.perf_counter()
        publish_pack(repo, full_1, root / "keys", _secret)
        figures["publish_full_s"] = round(time.perf_counter() - started, 3)
        server = make_server(root / "feed", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        vault, _ = Vault.create(root / "worker.db", "benchmark passphrase", kdf=_FAST)
        try:
            feed = add_feed(vault, make_invite(repo, url))
            started = time.perf_counter()
            first = sync(vault, feed, root / "cache")
            figures["sync_full_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            publish_pack(FeedRepository(root / "feed"), full_2, root / "keys", _secret)
            figures["publish_delta_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            second = sync(vault, feed, root / "cache")
            figures["sync_delta_s"] = round(time.perf_counter() - started, 3)
            figures["sync_delta_used_delta"] = second.used_delta
            figures["sync_delta_bytes"] = second.bytes_downloaded
            figures["sync_full_bytes"] = first.bytes_downloaded
            if count_services(vault.conn) != expected:
                raise SystemExit(f"the synced vault does not hold version 2: {second.message}")
        finally:
            vault.close()
            server.shutdown()
            server.server_close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description="Resource pack build/diff/apply benchmark.")
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--out", type=Path, help="write the figures here as JSON")
    args = parser.parse_args()
    figures = measure(args.services)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
