"""Everything the Coordinator view shows about one feed, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach.desk.health import RoleHealth, feed_health
from outreach.desk.overlay import OverlayOutcome
from outreach.desk.setup import Invite, issued_invites, root_fingerprint
from outreach.desk.targets import PublishTarget
from outreach.desk.workspace import Desk, DeskSettings
from outreach.packs.review import Review


@dataclass
class DeskState:
    desk: Desk
    name: str
    latest_version: int
    settings: DeskSettings
    targets: list[PublishTarget]
    health: list[RoleHealth]
    invites: list[Invite]
    fingerprint: str
    review: Review | None = None
    outcomes: list[OverlayOutcome] = field(default_factory=list)
    published: dict[str, dict[str, Any]] = field(default_factory=dict)
    draft: dict[str, dict[str, Any]] = field(default_factory=dict)
    source_info: dict[str, Any] = field(default_factory=dict)


def read_state(feed_dir: Path) -> DeskState:
    """Open the desk of ``feed_dir`` and read what the view shows (files only, no vault)."""
    desk = Desk(feed_dir)
    state = DeskState(
        desk=desk,
        name=desk.repo.index().name,
        latest_version=desk.repo.index().latest_version,
        settings=desk.settings(),
        targets=desk.targets(),
        health=feed_health(desk.repo),
        invites=issued_invites(desk),
        fingerprint=root_fingerprint(desk.repo),
        source_info=desk.source_info(),
    )
    published = desk.published_records()
    state.published = {record["id"]: record for record in published}
    if desk.has_draft():
        records, outcomes = desk.draft_records()
        state.draft = {record["id"]: record for record in records}
        state.outcomes = outcomes
        state.review = desk.review(records)
    return state
