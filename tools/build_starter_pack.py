"""Build the bundled starter pack from SAMHSA's treatment-facility list.

    .venv/bin/python tools/build_starter_pack.py [--data ../shared/data] [--out FILE]

Reads ``samhsa-treatment-facilities/SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv``
with the shipped ``samhsa-treatment`` column mapping, prints the import report and writes
``resources/starter/samhsa-treatment.ocpack`` (lzma-compressed: it ships inside the app).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from outreach.importers import import_path  # noqa: E402
from outreach.packs.build import build_pack  # noqa: E402
from outreach.packs.read import read_pack  # noqa: E402
from outreach.packs.starter import STARTER_FILE_NAME, STARTER_PACK_NAME  # noqa: E402

CSV_NAME = "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
SOURCE = "SAMHSA substance use treatment facilities, via GeoDaCenter/opioid-policy-scan"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=REPO / "resources" / "starter" / STARTER_FILE_NAME
    )
    args = parser.parse_args()
    csv_path = args.data / "samhsa-treatment-facilities" / CSV_NAME
    result = import_path(csv_path, mapping=Path("samhsa-treatment"))
    for line in result.report.summary_lines():
        print(line)
    data = build_pack(
        result.records,
        version=1,
        name=STARTER_PACK_NAME,
        source=SOURCE,
        created=datetime.now(UTC),
        compression="lzma",
    )
    read_pack(data)  # never ship a pack the app would refuse
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"Wrote {args.out} ({len(data):,} bytes, {len(result.records):,} services).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
