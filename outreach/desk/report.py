"""The review and the corrections as plain text, for the terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from outreach.desk.overlay import OverlayOutcome
from outreach.packs.review import Review, ServiceChange

_MARK = {"added": "+", "updated": "~", "removed": "-"}


def review_lines(review: Review, changes: Iterable[ServiceChange]) -> list[str]:
    counts = f"{review.old_count:,} services before, {review.new_count:,} after"
    lines = [f"{counts}: {review.summary()}."]
    for warning in review.warnings:
        lines.append(f"WARNING: {warning.message}")
    for change in changes:
        lines.append(f"{_MARK[change.kind]} {change.name} [{change.service_id}]")
        if change.kind == "updated":
            for field in change.fields:
                lines.append(f"    {field.label}:")
                lines.append(f"      was: {field.old or '(none)'}")
                lines.append(f"      now: {field.new or '(none)'}")
            if change.other_changes:
                lines.append("    (other details changed too)")
    return lines


def print_review(
    review: Review, changes: Iterable[ServiceChange], stream: TextIO | None = None
) -> None:
    out = stream or sys.stdout
    for line in review_lines(review, changes):
        print(line, file=out)


def overlay_lines(outcomes: Iterable[OverlayOutcome]) -> list[str]:
    return [outcome.describe() for outcome in outcomes]
