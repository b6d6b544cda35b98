"""Helpers for the coordinator's desk tests: a copy of the HSDS 1.1 sample to edit, a feed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from outreach.desk.workspace import Desk
from tests.feed_support import make_feed

SAMPLE = Path(__file__).parent / "data" / "hsds-1.1-sample"

BUBBLES = "21a1192b-abb9-45e8-bc52-c81ca4087240"  # "Bubbles at The Cross": has its own phone
BUBBLES_PHONE_ROW = "3d257b44-eff1-4a22-9465-7f96710848bf"
HELPLINE = "c89eb05c-62dd-4b64-b494-0cc347b6ea7f"  # "Never Homeless Helpline": has hours


def sample_copy(tmp_path: Path, name: str = "export") -> Path:
    """A private, writable copy of the sample export."""
    folder = tmp_path / name
    shutil.copytree(SAMPLE, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def _rows(folder: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    with (folder / f"{table}.csv").open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        return list(reader.fieldnames or []), list(reader)


def _write(folder: Path, table: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with (folder / f"{table}.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, header)
        writer.writeheader()
        writer.writerows(rows)


def edit_row(folder: Path, table: str, row_id: str, **values: str) -> None:
    header, rows = _rows(folder, table)
    found = [row for row in rows if row["id"] == row_id]
    assert found, f"{table} has no row {row_id}"
    found[0].update(values)
    _write(folder, table, header, rows)


def drop_rows(
    folder: Path, table: str, keep: int | None = None, ids: set[str] | None = None
) -> None:
    """Keep only the first ``keep`` rows, or drop the rows whose id is in ``ids``."""
    header, rows = _rows(folder, table)
    if ids is not None:
        rows = [row for row in rows if row["id"] not in ids]
    if keep is not None:
        rows = rows[:keep]
    _write(folder, table, header, rows)


def new_desk(tmp_path: Path) -> Desk:
    setup = make_feed(tmp_path)
    return Desk(setup.feed_dir)
