"""Publishing a pack into a feed: the next version, a delta when it pays, a new index."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from outreach.errors import FeedError, PackRejected
from outreach.feed import keys as feed_keys
from outreach.feed.index import INDEX_TARGET, FeedIndex
from outreach.feed.problems import FeedProblem
from outreach.feed.repository import Expiries, FeedRepository
from outreach.packs.read import Pack

#: A delta is published only when it is smaller than this share of the full pack.
DELTA_MAX_SHARE = 0.5


@dataclass(frozen=True)
class PublishResult:
    """What a publish added to the feed."""

    version: int
    full_target: str
    full_bytes: int
    delta_target: str | None
    delta_bytes: int | None


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()
    return slug[:80] or "pack"


def publish_pack(
    repo: FeedRepository,
    pack_bytes: bytes,
    key_dir: Path,
    passphrase_for: feed_keys.PassphraseSource,
    *,
    expiries: Expiries | None = None,
    allow_large_change: bool = False,
) -> PublishResult:
    """Add a full pack as the feed's next version (must be newer than the latest).

    Writes the pack target, a delta from the previous version when it is under half the full
    size, and a new index; then re-signs targets, snapshot and timestamp (timestamp last).
    A pack that looks like a broken export compared with the current version (see
    :mod:`outreach.packs.guard`) is refused unless ``allow_large_change``; no key is loaded.
    """
    from outreach.packs import make_delta, read_pack

    expiries = expiries or Expiries()
    try:
        pack = read_pack(pack_bytes)
    except PackRejected as exc:
        raise FeedError(FeedProblem.CANNOT_PUBLISH_PACK, detail=exc) from None
    manifest = pack.manifest
    if manifest.kind != "full":
        raise FeedError(FeedProblem.PUBLISH_FULL_PACK)
    index = repo.index()
    if manifest.version <= index.latest_version:
        raise FeedError(
            FeedProblem.PACK_VERSION_NOT_NEWER,
            version=manifest.version,
            latest=index.latest_version,
        )
    previous = repo.read_target(index.full) if index.full is not None else None
    if previous is not None and not allow_large_change:
        _refuse_large_change(previous, pack)
    signers = repo.load_signers(key_dir, passphrase_for, ("targets", "online"))
    slug = _slug(index.name)
    full_target = f"packs/{slug}-{manifest.version}.ocpack"
    new_targets = {full_target: pack_bytes}
    deltas: dict[int, str] = {}
    delta_bytes: bytes | None = None
    if previous is not None:
        candidate = make_delta(previous, pack_bytes)
        if len(candidate) < DELTA_MAX_SHARE * len(pack_bytes):
            delta_bytes = candidate
            delta_target = f"packs/{slug}-{index.latest_version}-to-{manifest.version}.ocpack"
            new_targets[delta_target] = candidate
            deltas[index.latest_version] = delta_target
    new_index = FeedIndex(
        name=index.name,
        latest_version=manifest.version,
        created=datetime.now(UTC).replace(microsecond=0).isoformat(),
        full=full_target,
        deltas=deltas,
    )
    new_targets[INDEX_TARGET] = new_index.to_bytes()
    repo.write_targets(new_targets, signers, keep=set(), expiries=expiries)
    return PublishResult(
        version=manifest.version,
        full_target=full_target,
        full_bytes=len(pack_bytes),
        delta_target=deltas.get(index.latest_version),
        delta_bytes=None if delta_bytes is None else len(delta_bytes),
    )


def _refuse_large_change(previous: bytes, pack: Pack) -> None:
    from outreach.packs import read_pack
    from outreach.packs.guard import LargeChangeRefused
    from outreach.packs.review import review_records

    review = review_records(read_pack(previous).iter_records(), pack.iter_records())
    if review.warnings:
        raise LargeChangeRefused(review.warnings)
