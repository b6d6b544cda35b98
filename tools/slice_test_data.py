"""Rebuild tests/data/ from ../shared/data: the small fixtures a plain clone's tests run on.

The HSDS examples and schemas are copied whole (they are small; not the compiled schemas). The
SAMHSA lists are cut to a few hundred rows, bytes unchanged (the opioid list stays
Windows-1252): the header, the rows the tests name, the identical-row pairs, and an even spread
over the rest so every state's time zone is there.

    python tools/slice_test_data.py [SHARED_DATA]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "tests" / "data"
WHOLE = ["hsds-3.0-examples", "hsds-1.1-sample", "hsds-3.0-schema"]
#: Left out of the copies: the schemas the tests do not read (compiled bundles, 270 kB).
LEFT_OUT = shutil.ignore_patterns("compiled")
SAMHSA = "samhsa-treatment-facilities/SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
OTP = "samhsa-treatment-facilities/Opioid_Treatment_Directory_Geocoded.csv"
#: Keep one data row in this many (plus the named ones), for each SAMHSA list.
EVERY = {SAMHSA: 40, OTP: 20}
#: Rows the tests look for by content (at most this many of each).
PER_MARKER = 4
NAMED = [
    b"DBA Thrive Alabama",
    b"A New Beginning,",
    b"Alpine County,Behavioral Health Services",  # an identical pair
    b"Cleanse Clinic,",  # another identical pair
    b",HI,",
    b",PR,",
    b"Wasilla",
    b"Tratamiento Integral",
]


def slice_rows(data: bytes, every: int) -> bytes:
    header, *rows = data.split(b"\n")
    if rows and rows[-1] == b"":
        rows.pop()
    found = dict.fromkeys(NAMED, 0)
    kept = []
    for index, row in enumerate(rows):
        named = [marker for marker in NAMED if marker in row and found[marker] < PER_MARKER]
        for marker in named:
            found[marker] += 1
        if named or index % every == 0:
            kept.append(row)
    return b"\n".join([header, *kept]) + b"\n"


def main(shared: Path) -> None:
    for folder in WHOLE:
        shutil.rmtree(TARGET / folder, ignore_errors=True)
        shutil.copytree(shared / folder, TARGET / folder, ignore=LEFT_OUT)
        for path in [TARGET / folder, *(TARGET / folder).rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)  # the source tree is read-only
    for name, every in EVERY.items():
        target = TARGET / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(slice_rows((shared / name).read_bytes(), every))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data")
