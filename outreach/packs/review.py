"""What a draft changes compared with the published version: the coordinator's review.

Services are matched by id. An update lists, for each reviewed field that differs, the old
and the new text side by side; a change elsewhere in the record (a language, a cost) is
still an update, marked ``other_changes`` so nothing that reaches workers goes unseen.
The same :class:`Review` feeds ``outreach pack diff`` (text or ``--json``) and the
Coordinator view, and carries the large-change guard's warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from outreach.directory.text import fold
from outreach.packs import reviewed_fields as reviewed
from outreach.packs.format import record_digest
from outreach.packs.guard import GuardWarning, check_change

ChangeKind = Literal["added", "updated", "removed", "unchanged"]
CHANGE_KINDS: tuple[ChangeKind, ...] = ("added", "updated", "removed")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str

    @property
    def label(self) -> str:
        return reviewed.FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class ServiceChange:
    kind: ChangeKind
    service_id: str
    name: str
    categories: tuple[str, ...]
    fields: tuple[FieldChange, ...] = ()
    other_changes: bool = False
    """The record also changed outside the reviewed fields."""

    def matches(self, text: str) -> bool:
        """Whether ``text`` (case and accents ignored) is in the name, id or a changed value."""
        needle = fold(text).strip()
        if not needle:
            return True
        haystack = [self.name, self.service_id]
        for change in self.fields:
            haystack.extend((change.old, change.new))
        return any(needle in fold(value) for value in haystack)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.service_id,
            "name": self.name,
            "categories": list(self.categories),
            "fields": [{"field": c.field, "old": c.old, "new": c.new} for c in self.fields],
            "other_changes": self.other_changes,
        }


@dataclass(frozen=True)
class Review:
    """The changes from ``old`` (published, possibly nothing yet) to ``new`` (the draft)."""

    old_count: int
    new_count: int
    unchanged: int
    changes: tuple[ServiceChange, ...]
    warnings: tuple[GuardWarning, ...]
    categories: tuple[str, ...] = field(default=())
    """Every category that occurs in either version, for the review's category filter."""
    unchanged_services: tuple[ServiceChange, ...] = field(default=(), repr=False)
    """The draft's services that did not change (kind "unchanged"), to find and correct."""

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def filtered(
        self,
        kinds: Iterable[ChangeKind] = CHANGE_KINDS,
        *,
        category: str | None = None,
        search: str = "",
    ) -> list[ServiceChange]:
        wanted = set(kinds)
        pool = self.changes + self.unchanged_services if "unchanged" in wanted else self.changes
        return [
            change
            for change in pool
            if change.kind in wanted
            and (not category or category in change.categories)
            and change.matches(search)
        ]

    def summary(self) -> str:
        """ "3 added, 12 updated, 1 removed, 480 unchanged"."""
        parts = [f"{self.count(kind):,} {kind}" for kind in CHANGE_KINDS]
        return ", ".join([*parts, f"{self.unchanged:,} unchanged"])

    def to_json(self, changes: Iterable[ServiceChange] | None = None) -> dict[str, Any]:
        return {
            "old_services": self.old_count,
            "new_services": self.new_count,
            "added": self.count("added"),
            "updated": self.count("updated"),
            "removed": self.count("removed"),
            "unchanged": self.unchanged,
            "warnings": [warning.to_json() for warning in self.warnings],
            "changes": [c.to_json() for c in (self.changes if changes is None else changes)],
        }


def review_records(old: Iterable[Mapping[str, Any]], new: Iterable[Mapping[str, Any]]) -> Review:
    """Compare two versions of a directory (records in any order, ids unique in each)."""
    old_by_id = {record["id"]: record for record in old}
    new_by_id = {record["id"]: record for record in new}
    changes: list[ServiceChange] = []
    unchanged: list[ServiceChange] = []
    categories_of: dict[int, tuple[str, ...]] = {}

    def categories(record: Mapping[str, Any]) -> tuple[str, ...]:
        key = id(record)
        if key not in categories_of:
            categories_of[key] = tuple(reviewed.categories(record))
        return categories_of[key]

    emptied = {"phones": 0, "hours": 0}
    for service_id, record in new_by_id.items():
        before = old_by_id.get(service_id)
        if before is None:
            changes.append(_whole(record, "added", categories(record)))
            continue
        if record_digest(dict(before)) == record_digest(dict(record)):
            name = reviewed.field_text(record, "name")
            unchanged.append(ServiceChange("unchanged", service_id, name, categories(record)))
            continue
        old_fields = reviewed.reviewed_fields(before)
        new_fields = reviewed.reviewed_fields(record)
        diffs = tuple(
            FieldChange(name, old_fields[name], new_fields[name])
            for name in reviewed.REVIEWED_FIELDS
            if old_fields[name] != new_fields[name]
        )
        for name in emptied:
            if old_fields[name] and not new_fields[name]:
                emptied[name] += 1
        others = _without(before, old_fields) != _without(record, new_fields)
        changes.append(
            ServiceChange(
                "updated",
                service_id,
                new_fields["name"],
                tuple(sorted(set(categories(before)) | set(categories(record)))),
                diffs,
                others,
            )
        )
    changes.extend(
        _whole(record, "removed", categories(record))
        for sid, record in old_by_id.items()
        if sid not in new_by_id
    )
    old_categories = _category_counts(old_by_id.values(), categories)
    new_categories = _category_counts(new_by_id.values(), categories)
    warnings = check_change(
        old_count=len(old_by_id),
        removed=sum(1 for change in changes if change.kind == "removed"),
        phones_emptied=emptied["phones"],
        hours_emptied=emptied["hours"],
        old_categories=old_categories,
        new_categories=new_categories,
    )
    order = {kind: position for position, kind in enumerate(CHANGE_KINDS)}
    changes.sort(key=lambda c: (order[c.kind], fold(c.name), c.service_id))
    unchanged.sort(key=lambda c: (fold(c.name), c.service_id))
    return Review(
        old_count=len(old_by_id),
        new_count=len(new_by_id),
        unchanged=len(unchanged),
        changes=tuple(changes),
        warnings=tuple(warnings),
        categories=tuple(sorted(set(old_categories) | set(new_categories))),
        unchanged_services=tuple(unchanged),
    )


def _whole(
    record: Mapping[str, Any], kind: ChangeKind, categories: tuple[str, ...]
) -> ServiceChange:
    values = reviewed.reviewed_fields(record)
    shown = tuple(
        FieldChange(name, "", value) if kind == "added" else FieldChange(name, value, "")
        for name, value in values.items()
        if value
    )
    return ServiceChange(kind, record["id"], values["name"], categories, shown)


def _category_counts(
    records: Iterable[Mapping[str, Any]], categories: Callable[[Mapping[str, Any]], tuple[str, ...]]
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for record in records:
        for category in categories(record):
            counts[category] = counts.get(category, 0) + 1
    return counts


# Keys whose content the reviewed fields already show; a difference left after removing them
# is an "other" change. Phones, hours and addresses live in nested objects, so the nested
# lists are compared with those parts blanked rather than dropped wholesale.
_REVIEWED_KEYS = ("name", "status", "description", "alert", "phones", "schedules")


def _without(record: Mapping[str, Any], shown: Mapping[str, str]) -> str:
    stripped = {k: v for k, v in record.items() if k not in _REVIEWED_KEYS}
    stripped.pop("x_corrected", None)
    links = []
    for link in record.get("service_at_locations") or ():
        if not isinstance(link, dict):
            continue
        link = {k: v for k, v in link.items() if k not in ("phones", "schedules")}
        location = link.get("location")
        if isinstance(location, dict):
            link["location"] = {
                k: v
                for k, v in location.items()
                if k not in ("phones", "schedules", "addresses", "latitude", "longitude")
            }
        links.append(link)
    if links:
        stripped["service_at_locations"] = links
    organization = record.get("organization")
    if isinstance(organization, dict):
        stripped["organization"] = {k: v for k, v in organization.items() if k != "phones"}
    return record_digest(stripped)
