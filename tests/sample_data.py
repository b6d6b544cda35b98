"""Bigger inputs made from the small fixtures in tests/data, for tests that need volume."""

from __future__ import annotations

from pathlib import Path

SAMPLE_DATA = Path(__file__).resolve().parent / "data"
TREATMENT_LIST = (
    SAMPLE_DATA
    / "samhsa-treatment-facilities"
    / "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
)


def many_treatment_facilities(folder: Path, copies: int = 40) -> Path:
    """The SAMHSA slice repeated ``copies`` times, every copy's names marked so each row is its
    own facility (about 15,000 rows): an import of it is still running when a test cancels."""
    header, *rows = TREATMENT_LIST.read_bytes().splitlines()
    lines = [header]
    for copy in range(copies):
        mark = f"Copy {copy} ".encode()
        lines += [b'"' + mark + row[1:] if row.startswith(b'"') else mark + row for row in rows]
    path = folder / TREATMENT_LIST.name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path
