"""Real exports are messier than any fixture: corrupt the official samples at random and check
that every importer still answers with records and a report, or one clear ImportFailed —
never another exception, and never a record the store would refuse."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from outreach.errors import ImportFailed
from outreach.importers import import_path

GARBAGE = [
    "",
    " ",
    "\\n\\n<b>bold</b>&amp;",
    '"',
    "'; DROP TABLE service; --",
    "NaN",
    "-1",
    "99999999999999999999",
    "2023-02-30",
    "25:61",
    "🙂🙃" * 50,
    "x" * 5000,
    "\x00",
    "null",
    "[1, 2",
    "{}",
]


def _mutate_csv(path: Path, rng: random.Random) -> str:
    raw = path.read_bytes()
    choice = rng.randrange(7)
    if choice == 0:  # truncate mid-file
        path.write_bytes(raw[: rng.randrange(len(raw) + 1)])
        return "truncated"
    if choice == 1:  # a byte that is not UTF-8
        at = rng.randrange(len(raw) + 1)
        path.write_bytes(raw[:at] + b"\xff\xfe" + raw[at:])
        return "bad bytes"
    lines = raw.decode("utf-8", errors="replace").splitlines()
    if not lines:
        return "empty"
    if choice == 2:  # rename or drop a header column
        cols = lines[0].split(",")
        index = rng.randrange(len(cols))
        cols[index] = rng.choice(["", "unexpected_column", cols[index].upper()])
        lines[0] = ",".join(cols)
    elif choice == 3:  # duplicate rows
        lines += lines[1:]
    elif choice == 4:  # rows with too few or too many cells
        lines.append(",".join(["x"] * rng.randrange(0, 40)))
    else:  # garbage in random cells
        for _ in range(rng.randrange(1, 6)):
            row = rng.randrange(1, max(2, len(lines)))
            if row >= len(lines):
                continue
            cells = lines[row].split(",")
            cells[rng.randrange(len(cells))] = json.dumps(rng.choice(GARBAGE))
            lines[row] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"edit {choice}"


def _check(result_path: Path, what: str) -> None:
    try:
        result = import_path(result_path)
    except ImportFailed as exc:
        message = str(exc)
        result = None
    if result is None:
        assert message, what  # refused as a whole: with a message, never empty
        return
    for record in result.records:
        assert isinstance(record.get("id"), str), what
        assert record["id"], what
        assert isinstance(record.get("name"), str), what
        assert record["name"].strip(), what
    assert result.report.summary_lines(), what


@pytest.mark.parametrize("sample", ["hsds-1.1-sample", "hsds-3.0-examples/csv"])
def test_corrupted_csv_datapackages_never_crash(
    sample_data: Path, tmp_path: Path, sample: str
) -> None:
    rng = random.Random(f"fuzz-{sample}")
    source = sample_data / sample
    csvs = sorted(p.name for p in source.glob("*.csv"))
    for attempt in range(40):
        folder = tmp_path / f"case{attempt}"
        shutil.copytree(source, folder)
        edits = []
        for name in rng.sample(csvs, k=rng.randrange(1, 4)):
            edits.append(f"{name}: {_mutate_csv(folder / name, rng)}")
        _check(folder, f"{sample} case {attempt}: {edits}")
        shutil.rmtree(folder)


def _mutate_json(value: object, rng: random.Random) -> object:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            roll = rng.random()
            if roll < 0.05:
                continue  # drop the field
            if roll < 0.12:
                out[key] = rng.choice([None, 0, "", [], {}, rng.choice(GARBAGE), True])
            else:
                out[key] = _mutate_json(item, rng)
        return out
    if isinstance(value, list):
        return [_mutate_json(item, rng) for item in value if rng.random() > 0.1]
    return value


def test_corrupted_hsds3_json_never_crashes(sample_data: Path, tmp_path: Path) -> None:
    rng = random.Random("fuzz-json")
    examples = sorted((sample_data / "hsds-3.0-examples").glob("*.json"))
    examples = [p for p in examples if p.name not in {"datapackage.json", "tabular.json"}]
    for attempt in range(60):
        source = rng.choice(examples)
        document = _mutate_json(json.loads(source.read_text("utf-8")), rng)
        target = tmp_path / f"case{attempt}.json"
        target.write_text(json.dumps(document), encoding="utf-8")
        _check(target, f"{source.name} case {attempt}")
