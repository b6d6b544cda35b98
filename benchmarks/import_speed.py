"""Import throughput: rows per second for the mapped-CSV and HSDS 1.x importers.

    .venv/bin/python benchmarks/import_speed.py [--rows 100000] [--out FILE.json]

Measures (1) the real SAMHSA treatment list, (2) a synthetic mapped CSV of --rows rows
built from the SAMHSA rows (names and streets varied so every id is new), and (3) a
synthetic HSDS 1.x datapackage whose tables hold --rows rows in total.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
import time
from pathlib import Path

from outreach.importers import import_path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "samhsa-treatment-facilities"
SAMHSA = DATA / "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"


def _timed(path: Path, rows: int, **kwargs: object) -> dict[str, float]:
    start = time.perf_counter()
    result = import_path(path, **kwargs)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    return {
        "rows": rows,
        "services": len(result.records),
        "seconds": round(seconds, 3),
        "rows_per_s": round(rows / seconds),
    }


def synthetic_mapped_csv(folder: Path, rows: int) -> Path:
    with SAMHSA.open(encoding="utf-8-sig", newline="") as handle:
        source = list(csv.reader(handle))
    header, body = source[0], source[1:]
    path = folder / "synthetic_samhsa.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(rows):
            row = list(body[i % len(body)])
            row[0] = f"{row[0]} {i}"
            row[2] = f"{i} {row[2]}"
            writer.writerow(row)
    return path


def synthetic_hsds1(folder: Path, rows: int) -> tuple[Path, int]:
    """Services with an organization, location, address, link, phone and two schedules."""
    services = rows // 7
    rng = random.Random(7)
    out = folder / "hsds1"
    out.mkdir()

    def table(name: str, header: list[str], lines: list[list[object]]) -> None:
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(lines)

    ids = range(services)
    table(
        "organizations",
        ["id", "name", "description", "url"],
        [[f"o{i}", f"Org {i}", "Food &amp; shelter<br>help", "http://x.example"] for i in ids],
    )
    table(
        "services",
        ["id", "organization_id", "name", "description", "status", "fees"],
        [[f"s{i}", f"o{i}", f"Service {i}", "Meals\\nand beds", "active", "free"] for i in ids],
    )
    table(
        "locations",
        ["id", "organization_id", "name", "latitude", "longitude"],
        [[f"l{i}", f"o{i}", f"Site {i}", 30 + rng.random(), -90 - rng.random()] for i in ids],
    )
    table(
        "services_at_location",
        ["id", "service_id", "location_id"],
        [[f"a{i}", f"s{i}", f"l{i}"] for i in ids],
    )
    table(
        "physical_addresses",
        ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country"],
        [[f"p{i}", f"l{i}", f"{i} Main St", "Austin", "TX", "78701", "US"] for i in ids],
    )
    table(
        "phones",
        ["id", "service_id", "number", "language"],
        [[f"ph{i}", f"s{i}", "555-0100", "en, es"] for i in ids],
    )
    table(
        "regular_schedules",
        ["id", "service_id", "service_at_location_id", "weekday", "opens_at", "closes_at"],
        [[f"r{i}-{d}", f"s{i}", f"a{i}", d, "9am", "5:30 PM"] for i in ids for d in (1, 2)],
    )
    return out, services * 8  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with SAMHSA.open(encoding="utf-8-sig") as handle:
        samhsa_rows = sum(1 for _ in handle) - 1
    import_path(SAMHSA)  # warm up imports and caches
    figures: dict[str, dict[str, float]] = {"samhsa": _timed(SAMHSA, samhsa_rows)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures["synthetic_mapped_csv"] = _timed(
            synthetic_mapped_csv(folder, args.rows), args.rows, mapping=Path("samhsa-treatment")
        )
        package, package_rows = synthetic_hsds1(folder, args.rows)
        figures["synthetic_hsds1"] = _timed(package, package_rows)  # fmt: skip
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
