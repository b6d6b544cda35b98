"""Time opening-hours compilation and evaluation.

    .venv/bin/python benchmarks/hours.py [--number 20000] [--out FILE.json]

Prints microseconds per call for ``compile_hours`` and ``open_state_compiled`` on
a few schedule shapes (the typical one is a Monday-to-Friday schedule written as one
row per weekday with a lunch break, as HSDS 1.x exports have it).
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from outreach.directory import hours_compile
from outreach.directory.hours import (
    compile_hours,
    compiled_from_json,
    compiled_to_json,
    open_state_compiled,
)

DAYS = ("MO", "TU", "WE", "TH", "FR")


def _typical() -> dict[str, Any]:
    schedules = []
    for day in DAYS:
        schedules.append(
            {"id": f"{day}-am", "byday": day, "opens_at": "09:00:00", "closes_at": "12:00:00"}
        )
        schedules.append(
            {"id": f"{day}-pm", "byday": day, "opens_at": "13:00:00", "closes_at": "17:00:00"}
        )
    return {
        "id": "typical",
        "name": "Clinic",
        "x_timezone": "America/New_York",
        "schedules": schedules,
    }


SHAPES: dict[str, dict[str, Any]] = {
    "typical_weekly": _typical(),
    "one_row_weekly": {
        "id": "one",
        "name": "Pantry",
        "x_timezone": "America/Chicago",
        "schedules": [{"id": "1", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                       "opens_at": "09:00", "closes_at": "17:00"}],
    },
    "weekly_with_holidays": {
        **_typical(),
        "schedules": [
            *_typical()["schedules"],
            {"id": "h1", "x_closed": True, "valid_from": "2024-12-24", "valid_to": "2024-12-26"},
            {"id": "h2", "valid_from": "2024-12-31", "valid_to": "2024-12-31",
             "opens_at": "10:00", "closes_at": "14:00"},
        ],
    },
    "monthly_rrule": {
        "id": "m",
        "name": "Mobile unit",
        "x_timezone": "America/Denver",
        "schedules": [{"id": "1", "freq": "MONTHLY", "byday": "1MO,3WE",
                       "opens_at": "10:00", "closes_at": "14:00"}],
    },
    "open_24_7": {"id": "24", "name": "Crisis line", "x_timezone": "UTC",
                  "schedules": [{"id": "1", "opens_at": "00:00", "closes_at": "23:59"}]},
}  # fmt: skip


def measure(number: int) -> dict[str, dict[str, float]]:
    start = datetime(2024, 5, 6, 12, tzinfo=UTC)
    moments = [start + timedelta(minutes=97 * step) for step in range(number)]
    results: dict[str, dict[str, float]] = {}
    for name, record in SHAPES.items():
        compiled = compile_hours(record)
        text = compiled_to_json(compiled)
        compile_s = min(timeit.repeat(lambda r=record: compile_hours(r), number=number, repeat=3))

        def compile_cold(r: dict[str, Any] = record) -> None:
            # As if every schedule in the directory were different from every other.
            hours_compile._read_schedule_memo.cache_clear()
            compile_hours(r)

        cold_s = min(timeit.repeat(compile_cold, number=number // 4 or 1, repeat=3))
        moment_iter = iter(moments * 4)

        def evaluate(c: Any = compiled, it: Any = moment_iter) -> None:
            open_state_compiled(c, next(it))

        evaluate_s = min(timeit.repeat(evaluate, number=number, repeat=3))
        parse = compiled_from_json.__wrapped__  # uncached: a hit in its cache costs ~0.2 µs
        load_s = min(timeit.repeat(lambda t=text, p=parse: p(t), number=number, repeat=3))
        results[name] = {
            "compile_us": round(compile_s / number * 1e6, 2),
            "compile_cold_us": round(cold_s / (number // 4 or 1) * 1e6, 2),
            "open_state_compiled_us": round(evaluate_s / number * 1e6, 2),
            "compiled_from_json_us": round(load_s / number * 1e6, 2),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=20000, help="calls per measurement")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    results = measure(args.number)
    for name, figures in results.items():
        cells = "  ".join(f"{key}={value:>7.2f}" for key, value in figures.items())
        print(f"{name:<22} {cells}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
