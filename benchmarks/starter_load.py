"""Starter pack: size on disk, and time to load it into a fresh vault (the first-run wait).

    .venv/bin/python benchmarks/starter_load.py [--pack FILE] [--runs 3] [--out FILE.json]
        [--baseline OLD.ocpack]

Each run creates a fresh SQLCipher vault (the KDF is not timed: the first-run dialog has
already paid it), then times reading and checking the pack and applying it in one
transaction, as the starter offer does. Also times the first "suboxone" search near a ZIP
code (ZIP data loads on first use). Targets (issue 14): pack <= 8 MB, load <= 5 s.

On a shared machine wall time says more about the neighbours than about the code, so the
CPU seconds of the load are reported too, and ``--baseline`` (for instance the version 1
starter pack: ``git show 19a58c1:resources/starter/samhsa-treatment.ocpack > old.ocpack``)
loads another pack in alternation with this one, so the ratio of the two is measured under
the same conditions.
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
    parser.add_argument("--baseline", type=Path, help="another pack, loaded in alternation")
    args = parser.parse_args()
    runs = []
    baseline_runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(one_run(args.pack, Path(folder)))
        if args.baseline:
            with tempfile.TemporaryDirectory() as folder:
                baseline_runs.append(one_run(args.baseline, Path(folder)))
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
    if baseline_runs:
        base_cpu = statistics.median(run["load_cpu_s"] for run in baseline_runs)
        base_wall = statistics.median(run["load_s"] for run in baseline_runs)
        results["baseline"] = {
            "pack": str(args.baseline.name),
            "pack_bytes": args.baseline.stat().st_size,
            "services": baseline_runs[0]["services"],
            "load_s_median": base_wall,
            "load_cpu_s_median": base_cpu,
            "runs": baseline_runs,
        }
        results["cpu_vs_baseline"] = round(results["load_cpu_s_median"] / base_cpu, 3)
        results["wall_vs_baseline"] = round(median_load / base_wall, 3)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
