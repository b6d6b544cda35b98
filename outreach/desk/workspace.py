"""One feed's desk: the imported export, the coordinator's corrections, the draft, publishing.

The desk keeps its files in a folder next to the feed folder, ``<feed folder>.desk``
(``county-feed`` → ``county-feed.desk``): outside the feed folder, because everything in
the feed folder is published, and beside it, so both move together. It holds:

- ``source.ocpack`` and ``source.json``: the last import, exactly as exported (never
  corrected), with its import report;
- ``overlay.json``: the corrections (see :mod:`outreach.desk.overlay`);
- ``draft.ocpack``: the source with the corrections applied, as the next version: what
  would be published; rebuilt after every import and correction;
- ``desk.json``: where the keys are, where the feed is served, the publish history.

Nothing here is secret: the keys stay encrypted in the key folder and passphrases are asked
for each time they are needed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.desk.overlay import Correction, Overlay, OverlayOutcome
from outreach.desk.problems import DeskProblem
from outreach.desk.targets import PublishTarget, UploadResult, target_from_json
from outreach.errors import FeedError, UserFacingError
from outreach.feed import keys as feed_keys
from outreach.feed.publish import PublishResult, publish_pack
from outreach.feed.repository import Expiries, FeedRepository, write_atomic
from outreach.packs import build_pack, read_pack
from outreach.packs.guard import LargeChangeRefused
from outreach.packs.review import Review, review_records

DESK_SUFFIX = ".desk"
SETTINGS_FORMAT = 1


def desk_dir_for(feed_dir: Path) -> Path:
    feed_dir = Path(feed_dir)
    return feed_dir.with_name(feed_dir.name + DESK_SUFFIX)


@dataclass(frozen=True)
class ImportOutcome:
    services: int
    report_lines: tuple[str, ...]
    overlay: tuple[OverlayOutcome, ...]
    review: Review


@dataclass(frozen=True)
class DeskPublishResult:
    published: PublishResult
    review: Review
    uploads: tuple[UploadResult, ...]

    def describe(self) -> str:
        result = self.published
        text = f"Version {result.version} is published ({result.full_bytes:,} bytes"
        if result.delta_bytes is not None:
            text += f"; workers download a {result.delta_bytes:,}-byte update"
        text += ")."
        for upload in self.uploads:
            text += f"\nCopied to {upload.target}: {upload.files} files, {upload.bytes:,} bytes."
        return text


@dataclass
class DeskSettings:
    key_dir: str | None = None
    feed_url: str | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)
    published: list[dict[str, Any]] = field(default_factory=list)
    invites: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SETTINGS_FORMAT,
            "key_dir": self.key_dir,
            "feed_url": self.feed_url,
            "targets": self.targets,
            "published": self.published,
            "invites": self.invites,
        }


class Desk:
    """A coordinator's working state for one feed folder."""

    def __init__(self, feed_dir: Path, desk_dir: Path | None = None) -> None:
        self.feed_dir = Path(feed_dir)
        self.repo = FeedRepository(self.feed_dir)  # refuses a folder that is not a feed
        self.desk_dir = Path(desk_dir) if desk_dir else desk_dir_for(self.feed_dir)
        feed_keys.check_key_dir(self.desk_dir, self.feed_dir)  # the desk is never published

    # -- files ------------------------------------------------------------------------

    @property
    def source_path(self) -> Path:
        return self.desk_dir / "source.ocpack"

    @property
    def draft_path(self) -> Path:
        return self.desk_dir / "draft.ocpack"

    @property
    def overlay_path(self) -> Path:
        return self.desk_dir / "overlay.json"

    @property
    def settings_path(self) -> Path:
        return self.desk_dir / "desk.json"

    def settings(self) -> DeskSettings:
        if not self.settings_path.exists():
            return DeskSettings()
        try:
            raw = json.loads(self.settings_path.read_text("utf-8"))
            return DeskSettings(
                key_dir=raw.get("key_dir"),
                feed_url=raw.get("feed_url"),
                targets=list(raw.get("targets") or []),
                published=list(raw.get("published") or []),
                invites=list(raw.get("invites") or []),
            )
        except (OSError, ValueError, AttributeError) as exc:
            raise UserFacingError(
                DeskProblem.SETTINGS_UNREADABLE, file=self.settings_path, kind=type(exc).__name__
            ) from None

    def save_settings(self, settings: DeskSettings) -> None:
        data = json.dumps(settings.to_json(), indent=1, ensure_ascii=False).encode()
        write_atomic(self.settings_path, data)

    def overlay(self) -> Overlay:
        return Overlay.load(self.overlay_path)

    def targets(self) -> list[PublishTarget]:
        return [target_from_json(raw) for raw in self.settings().targets]

    def add_target(self, target: PublishTarget) -> None:
        settings = self.settings()
        settings.targets.append(target.to_json())
        self.save_settings(settings)

    def remove_target(self, number: int) -> PublishTarget:
        settings = self.settings()
        if not 1 <= number <= len(settings.targets):
            raise UserFacingError(DeskProblem.NO_TARGET_NUMBER, number=number)
        removed = settings.targets.pop(number - 1)
        self.save_settings(settings)
        return target_from_json(removed)

    # -- versions ---------------------------------------------------------------------

    def published_records(self) -> list[dict[str, Any]]:
        """The records workers get now (empty before the first publish)."""
        index = self.repo.index()
        if index.full is None:
            return []
        return list(read_pack(self.repo.read_target(index.full)).iter_records())

    def source_records(self) -> list[dict[str, Any]]:
        if not self.source_path.exists():
            return []
        return list(read_pack(self.source_path.read_bytes()).iter_records())

    def source_info(self) -> dict[str, Any]:
        path = self.desk_dir / "source.json"
        if not path.exists():
            return {}
        try:
            info: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return info

    def has_draft(self) -> bool:
        return self.source_path.exists()

    def draft_records(self) -> tuple[list[dict[str, Any]], list[OverlayOutcome]]:
        """The source with the corrections applied, and what became of each correction."""
        return self.overlay().apply(self.source_records())

    # -- importing --------------------------------------------------------------------

    def import_sources(
        self,
        paths: Sequence[Path],
        *,
        mapping: Path | None = None,
        timezone: str | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> ImportOutcome:
        """Read exports into the draft (never into the feed). The previous import is replaced."""
        from outreach.importers import import_path

        records: list[dict[str, Any]] = []
        lines: list[str] = []
        for path in paths:
            result = import_path(
                Path(path), mapping=mapping, timezone=timezone, cancel=cancel, progress=progress
            )
            lines.append(f"{Path(path).name}:")
            lines.extend(f"  {line}" for line in result.report.summary_lines())
            records.extend(result.records)
        if not records:
            raise UserFacingError(DeskProblem.NO_SERVICES_READ)
        _refuse_repeated_ids(records)
        cancel.raise_if_set()
        source = ", ".join(Path(p).name for p in paths)
        data = build_pack(records, version=1, name=self.repo.index().name, source=source)
        write_atomic(self.source_path, data)
        info = {
            "imported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "sources": [str(Path(p)) for p in paths],
            "services": len(records),
            "report": lines,
        }
        write_atomic(self.desk_dir / "source.json", json.dumps(info, indent=1).encode())
        drafted, outcomes = self.rebuild_draft()
        return ImportOutcome(len(records), tuple(lines), tuple(outcomes), self.review(drafted))

    # -- the draft --------------------------------------------------------------------

    def next_version(self) -> int:
        return self.repo.index().latest_version + 1

    def build_draft(self) -> tuple[bytes, list[dict[str, Any]], list[OverlayOutcome]]:
        records, outcomes = self.draft_records()
        if not records:
            raise UserFacingError(DeskProblem.NO_DRAFT)
        sources = self.source_info().get("sources") or []
        source = ", ".join(Path(p).name for p in sources) or "coordinator's desk"
        data = build_pack(
            records, version=self.next_version(), name=self.repo.index().name, source=source
        )
        return data, records, outcomes

    def rebuild_draft(self) -> tuple[list[dict[str, Any]], list[OverlayOutcome]]:
        """Write ``draft.ocpack`` from the source and the corrections."""
        data, records, outcomes = self.build_draft()
        write_atomic(self.draft_path, data)
        return records, outcomes

    def review(self, draft: Iterable[Mapping[str, Any]] | None = None) -> Review:
        """What publishing the draft would change for workers."""
        records = self.draft_records()[0] if draft is None else draft
        return review_records(self.published_records(), records)

    # -- corrections ------------------------------------------------------------------

    def correct(self, service_id: str, changes: Mapping[str, Any]) -> Correction:
        """Correct a service of the current import; the draft is rebuilt."""
        source = next((r for r in self.source_records() if r["id"] == service_id), None)
        if source is None:
            raise UserFacingError(DeskProblem.NO_SUCH_SERVICE, service=repr(service_id))
        overlay = self.overlay()
        correction = overlay.correct(source, changes)
        overlay.save(self.overlay_path)
        self.rebuild_draft()
        return correction

    def forget(self, service_id: str, field_name: str | None = None) -> bool:
        overlay = self.overlay()
        dropped = overlay.forget(service_id, field_name)
        if dropped:
            overlay.save(self.overlay_path)
            if self.has_draft():
                self.rebuild_draft()
        return dropped

    # -- publishing -------------------------------------------------------------------

    def publish(
        self,
        key_dir: Path,
        passphrase_for: feed_keys.PassphraseSource,
        *,
        allow_large_change: bool = False,
        upload: bool = True,
        expiries: Expiries | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> DeskPublishResult:
        """Sign the draft as the next version, then copy the feed to every target.

        Refused (before any passphrase is asked) when nothing changed, or when the guard
        warns and ``allow_large_change`` is false.
        """
        progress(0, 0, "Preparing the draft")
        data, records, _outcomes = self.build_draft()
        review = self.review(records)
        if review.is_empty:
            raise FeedError(DeskProblem.NOTHING_TO_PUBLISH)
        if review.warnings and not allow_large_change:
            raise LargeChangeRefused(review.warnings)
        cancel.raise_if_set()
        progress(0, 0, "Signing")
        result = publish_pack(
            self.repo,
            data,
            Path(key_dir),
            passphrase_for,
            expiries=expiries,
            allow_large_change=True,  # reviewed above, with the same guard
        )
        self.repo = FeedRepository(self.feed_dir)
        settings = self.settings()
        settings.published.append(
            {
                "version": result.version,
                "published_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "bytes": result.full_bytes,
                "delta_bytes": result.delta_bytes,
                "summary": review.summary(),
            }
        )
        self.save_settings(settings)
        write_atomic(self.draft_path, data)
        uploads = self.upload(progress=progress, cancel=cancel) if upload else ()
        return DeskPublishResult(result, review, tuple(uploads))

    def upload(
        self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED
    ) -> list[UploadResult]:
        """Copy the feed folder to every configured target, timestamp.json last in each."""
        return [target.upload(self.feed_dir, progress, cancel) for target in self.targets()]

    def refresh(
        self,
        key_dir: Path,
        passphrase_for: feed_keys.PassphraseSource,
        *,
        upload: bool = True,
        progress: Progress = no_progress,
    ) -> list[UploadResult]:
        """Re-sign snapshot and timestamp (the daily job), then upload."""
        self.repo.refresh(Path(key_dir), passphrase_for)
        self.repo = FeedRepository(self.feed_dir)
        return self.upload(progress=progress) if upload else []


def _refuse_repeated_ids(records: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for record in records:
        if record["id"] in seen:
            raise UserFacingError(DeskProblem.REPEATED_ID, service=repr(record["id"]))
        seen.add(record["id"])
