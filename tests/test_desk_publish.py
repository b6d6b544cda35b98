"""Publishing from the desk: the guard, the feed, and the copy to where workers fetch it."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from outreach.desk.targets import FolderTarget
from outreach.desk.workspace import Desk
from outreach.directory.store import get_record
from outreach.errors import FeedError, UserFacingError
from outreach.feed.client import add_feed, get_feed, make_invite
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import reviewed_fields as fields
from outreach.packs.guard import LargeChangeRefused
from tests.desk_support import BUBBLES, drop_rows, new_desk, sample_copy
from tests.feed_support import make_vault, passphrase_for
from tests.nginx_support import needs_nginx, nginx_serving


def keys(desk: Desk) -> Path:
    return desk.feed_dir.parent / "keys"


def test_the_guard_stops_a_broken_export_before_any_key_is_used(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    desk.import_sources([export])
    desk.publish(keys(desk), passphrase_for)
    drop_rows(export, "services", keep=8)  # 5 of 13 gone: a truncated file
    outcome = desk.import_sources([export])
    assert outcome.review.warnings[0].code == "removed"
    asked: list[str] = []

    def passphrases(slot: str) -> str:
        asked.append(slot)
        return passphrase_for(slot)

    before = sorted(p.name for p in desk.feed_dir.iterdir())
    with pytest.raises(LargeChangeRefused, match="5 of 13"):
        desk.publish(keys(desk), passphrases)
    assert asked == []
    assert sorted(p.name for p in desk.feed_dir.iterdir()) == before
    result = desk.publish(keys(desk), passphrases, allow_large_change=True)
    assert result.published.version == 2
    assert result.review.count("removed") == 5


def test_nothing_to_publish_is_said_plainly(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    with pytest.raises(UserFacingError, match="import an export first"):
        desk.publish(keys(desk), passphrase_for)
    desk.import_sources([sample_copy(tmp_path)])
    desk.publish(keys(desk), passphrase_for)
    with pytest.raises(FeedError, match="nothing to publish"):
        desk.publish(keys(desk), passphrase_for)


def test_a_desk_folder_inside_the_feed_is_refused(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    with pytest.raises(FeedError, match="inside the feed folder"):
        Desk(desk.feed_dir, desk.feed_dir / "desk")


@pytest.mark.nginx
@needs_nginx
def test_corrected_phone_reaches_a_worker_through_nginx(tmp_path: Path) -> None:
    desk = new_desk(tmp_path)
    export = sample_copy(tmp_path)
    web_root = tmp_path / "www" / "county"
    desk.add_target(FolderTarget(web_root))
    desk.import_sources([export])
    first = desk.publish(keys(desk), passphrase_for)
    assert first.uploads[0].files > 0
    with nginx_serving(tmp_path / "www", tmp_path / "nginx") as base:
        url = base + "county/"
        vault = make_vault(tmp_path)
        try:
            add_feed(vault, make_invite(desk.repo, url))
            fetcher = RequestsFetcher(connect_timeout=5, read_timeout=5)
            result = sync(vault, get_feed(vault.conn), tmp_path / "cache", fetcher=fetcher)
            assert result.status is SyncStatus.UPDATED, result.message
            desk.correct(BUBBLES, {"phone": "(223) 555 0100"})
            second = desk.publish(keys(desk), passphrase_for)
            assert second.published.delta_bytes is not None
            assert requests.get(url + "timestamp.json", timeout=5).headers["Cache-Control"] == (
                "no-cache"
            )
            result = sync(vault, get_feed(vault.conn), tmp_path / "cache", fetcher=fetcher)
            assert result.status is SyncStatus.UPDATED, result.message
            record = get_record(vault.conn, BUBBLES)
            assert record is not None
            assert fields.phones_text(record).startswith("(223) 555 0100")
            assert record["x_corrected"]["by"] == "coordinator"
        finally:
            vault.close()
