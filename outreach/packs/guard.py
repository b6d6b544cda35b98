"""The large-change guard: a draft that looks like a broken export is not published blindly.

A directory changes a little each month. A truncated file, a wrong column mapping or an
export from the wrong system changes it a lot, and would reach every worker at once. So,
compared with the version workers have now:

- more than 20% of services removed;
- phones emptied on more than 10% of services (they had a number, now they have none);
- hours emptied on more than 10% of services;
- a category vanishing (some services were "detox" before, none are now).

Each is a :class:`GuardWarning`; publishing such a draft takes an explicit
``--allow-large-change`` (CLI) or a second confirmation (Coordinator view).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from outreach.errors import FeedError

REMOVED_LIMIT = 0.20
EMPTIED_LIMIT = 0.10


@dataclass(frozen=True)
class GuardWarning:
    code: str  # "removed", "phones-emptied", "hours-emptied", "category-vanished"
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


class LargeChangeRefused(FeedError):
    """The draft looks like a broken export; publish with allow_large_change to go ahead."""

    def __init__(self, warnings: tuple[GuardWarning, ...]) -> None:
        self.warnings = warnings
        lines = "\n".join(f"  - {warning.message}" for warning in warnings)
        super().__init__(
            "This version looks like a broken export, so it was not published:\n"
            f"{lines}\nCheck the export; if the change is real, publish again with "
            "--allow-large-change."
        )


def _share(count: int, total: int) -> str:
    return f"{count:,} of {total:,} ({count / total:.0%})"


def check_change(
    *,
    old_count: int,
    removed: int,
    phones_emptied: int,
    hours_emptied: int,
    old_categories: Mapping[str, int],
    new_categories: Mapping[str, int],
) -> list[GuardWarning]:
    """The guard's warnings for a change; none for a first version (nothing to compare)."""
    if old_count == 0:
        return []
    warnings: list[GuardWarning] = []
    if removed / old_count > REMOVED_LIMIT:
        warnings.append(
            GuardWarning(
                "removed",
                f"{_share(removed, old_count)} services would be removed "
                f"(more than {REMOVED_LIMIT:.0%}).",
            )
        )
    for code, count, what in (
        ("phones-emptied", phones_emptied, "phone numbers"),
        ("hours-emptied", hours_emptied, "opening hours"),
    ):
        if count / old_count > EMPTIED_LIMIT:
            warnings.append(
                GuardWarning(
                    code,
                    f"{_share(count, old_count)} services would lose all their {what} "
                    f"(more than {EMPTIED_LIMIT:.0%}).",
                )
            )
    for category in sorted(old_categories):
        if old_categories[category] and not new_categories.get(category):
            warnings.append(
                GuardWarning(
                    "category-vanished",
                    f"No service would be in the category {category!r} any more "
                    f"({old_categories[category]:,} are now).",
                )
            )
    return warnings
