"""Offline bundles: the feed's current metadata and packs in one ZIP, for a USB stick.

A bundle mirrors the feed folder (same file names), so the worker's app verifies it with the
same python-tuf Updater as an online sync, through :class:`~outreach.feed.fetcher.BundleFetcher`,
against the root already trusted in the vault. The bundle itself is trusted for nothing.

Timestamps expire after a day, too soon for a stick that travels; so making a bundle first
re-signs snapshot and timestamp to stay valid for ``valid`` (default 14 days). Upload the feed
folder afterwards as after any refresh: online clients must see that timestamp version too.
"""

from __future__ import annotations

import zipfile
from datetime import timedelta
from pathlib import Path

from outreach.feed import keys as feed_keys
from outreach.feed.repository import FeedRepository, check_validity, write_atomic

DEFAULT_BUNDLE_VALID = timedelta(days=14)


def make_bundle(
    repo: FeedRepository,
    out: Path,
    key_dir: Path,
    passphrase_for: feed_keys.PassphraseSource,
    *,
    valid: timedelta = DEFAULT_BUNDLE_VALID,
) -> list[str]:
    """Write the bundle to ``out`` (atomically); returns the member names."""
    check_validity("bundle's timestamp", valid)  # never sign an expired feed into the folder
    repo.refresh(key_dir, passphrase_for, timestamp_valid=valid)
    files = repo.metadata_files()
    files += [repo.target_file(path) for path in sorted(repo.targets.signed.targets)]
    tmp = out.with_name(f".{out.name}.part")
    names: list[str] = []
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
        for path in files:
            name = path.relative_to(repo.feed_dir).as_posix()
            archive.write(path, name)
            names.append(name)
    write_atomic(out, tmp.read_bytes())
    tmp.unlink()
    return names
