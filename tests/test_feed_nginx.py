"""Static hosting is the deployment story: publish into a folder a real nginx serves, sync."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from outreach.feed.client import get_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import applied_version
from tests.feed_support import make_feed, make_vault, trust
from tests.nginx_support import needs_nginx, nginx_serving

pytestmark = [pytest.mark.nginx, needs_nginx]


def test_sync_from_a_feed_served_by_nginx(tmp_path: Path) -> None:
    setup = make_feed(tmp_path)
    setup.publish(1)
    with nginx_serving(setup.feed_dir, tmp_path / "nginx") as url:
        head = requests.get(url + "timestamp.json", timeout=30)
        assert head.headers["Cache-Control"] == "no-cache"
        vault = make_vault(tmp_path)
        trust(vault, setup, url)
        fetcher = RequestsFetcher(connect_timeout=10, read_timeout=30)  # generous: a busy core
        result = sync(vault, get_feed(vault.conn), tmp_path / "cache", fetcher=fetcher)
        assert result.status is SyncStatus.UPDATED, result.message
        setup.publish(2, count=200, changed=2)
        result = sync(vault, get_feed(vault.conn), tmp_path / "cache", fetcher=fetcher)
        assert result.status is SyncStatus.UPDATED, result.message
        assert applied_version(vault.conn) == 2
        hashed = setup.repo.target_file("index.json").name
        assert "immutable" in requests.get(url + hashed, timeout=30).headers["Cache-Control"]
        missing = requests.get(url + "packs/nothing.ocpack", timeout=30)
        assert missing.status_code == 404
        vault.close()
