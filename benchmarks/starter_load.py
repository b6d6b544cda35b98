"""Starter pack: size on disk, and time to load it into a fresh vault (the first-run wait).

    .venv/bin/python benchmarks/starter_load.py [--pack FILE] [--runs 3] [--out FILE.json]

Each run creates a fresh SQLCipher vault (the KDF is not timed: the first-run dialog has
already paid it), then times reading and checking the pack and applying it in one
transaction, as the starter offer does. Also times the first "suboxone" search near a ZIP
code (ZIP data loads on first use). Targets (issue 14): pack <= 8 MB, load <= 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach.directory.geo import resolve_place  # noqa: E402
from outreach.directory.search import SearchFilters, search  # noqa: E402
from outreach.packs.starter import install_starter_pack, starter_pack_path  # noqa: E402
from outreach.vault import KdfParams, Vault  # noqa: E402

_CHEAP_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
TARGET_BYTES = 8_000_000
TARGET_LOAD_S = 5.0


def one_run(pack: Path, folder: Path) -> dict[str, float]:
    vault, _ = Vault.create(folder / "vault.db", "benchmark passphrase", kdf=_CHEAP_KDF)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        result = install_starter_pack(vault, path=pack)
        load_s = time.perf_counter() - start
        load_cpu_s = time.process_time() - cpu
        start = time.perf_counter()
        place = resolve_place(vault.conn, "21201")[0]
        hits = search(vault.conn, "suboxone", SearchFilters(near=(place.lat, place.lon)))
        search_s = time.perf_counter() - start
    finally:
        vault.close()
    size = sum(f.stat().st_size for f in folder.iterdir() if f.name.startswith("vault.db"))
    return {
        "load_s": round(load_s, 3),
        # CPU seconds of this process: what the load costs on an idle machine, even when
        # the machine measured on is shared.
        "load_cpu_s": round(load_cpu_s, 3),
        "services": result.added,
        "first_search_s": round(search_s, 3),
        "first_search_hits": len(hits),
        "vault_bytes": size,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, default=starter_pack_path())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(one_run(args.pack, Path(folder)))
    pack_bytes = args.pack.stat().st_size
    median_load = statistics.median(run["load_s"] for run in runs)
    results = {
        "pack": str(args.pack.name),
        "pack_bytes": pack_bytes,
        "pack_target_bytes": TARGET_BYTES,
        "pack_vs_target": round(pack_bytes / TARGET_BYTES, 3),
        "load_s_median": median_load,
        "load_target_s": TARGET_LOAD_S,
        "load_vs_target": round(median_load / TARGET_LOAD_S, 3),
        "cpus": os.cpu_count(),
        "load_cpu_s_median": statistics.median(run["load_cpu_s"] for run in runs),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "runs": runs,
    }
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
