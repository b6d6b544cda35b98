"""Build the bundled starter pack from SAMHSA's national directories.

    .venv/bin/python tools/build_starter_pack.py [--data ../shared/data] [--out FILE]

Reads SAMHSA's 2023 National Directories of substance-use and mental-health treatment
facilities (the Excel workbooks, with python-calamine, a development dependency), the 2026
Opioid Treatment Program directory and the geocoded facility lists, prints what it merged
and placed, copies the two code books into resources/starter/ and writes
``resources/starter/samhsa-treatment.ocpack`` (lzma-compressed: it ships inside the app).
The same sources always give the same bytes: the pack's creation time is the newest date in
the data, not the time of the build. See resources/starter/SOURCE.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from outreach.directory.samhsa_codes import CODE_BOOKS  # noqa: E402
from outreach.errors import UserFacingError  # noqa: E402
from outreach.packs.build import build_pack  # noqa: E402
from outreach.packs.read import read_pack  # noqa: E402
from outreach.packs.starter import (  # noqa: E402
    STARTER_FILE_NAME,
    STARTER_PACK_NAME,
    STARTER_PACK_VERSION,
)
from outreach.samhsa import sources  # noqa: E402
from outreach.samhsa.build import build_records  # noqa: E402

SOURCE = (
    "SAMHSA National Directories of SU and MH treatment facilities 2023;"
    " SAMHSA Opioid Treatment Program directory 2026"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=REPO / "resources" / "starter" / STARTER_FILE_NAME
    )
    args = parser.parse_args()
    try:
        records, report = build_records(args.data)
    except UserFacingError as exc:
        print(f"build_starter_pack: {exc}", file=sys.stderr)
        return 2
    for line in report.lines():
        print(line)
    if report.unknown_codes:
        print(f"Codes missing from the code books (dropped): {sorted(report.unknown_codes)}")
    newest = max(report.dates.values())
    data = build_pack(
        records,
        version=STARTER_PACK_VERSION,
        name=STARTER_PACK_NAME,
        source=SOURCE,
        created=datetime.fromisoformat(newest).replace(tzinfo=UTC),
        compression="lzma",
    )
    read_pack(data, max_uncompressed=200_000_000)  # never ship a pack the app would refuse
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    for name in CODE_BOOKS:
        shutil.copyfile(args.data / sources.DIRECTORY_2023 / name, args.out.parent / name)
    print(f"Wrote {args.out} ({len(data):,} bytes, {len(records):,} services).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
