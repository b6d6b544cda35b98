"""Copying a feed to where it is served: a folder, rsync, and an S3-compatible bucket.

The S3 test runs moto's S3 server on 127.0.0.1 (no real bucket can be reached from here)
and drives it through boto3, as the app does against AWS, R2 or MinIO.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto.server import ThreadedMotoServer

from outreach.desk.targets import (
    FolderTarget,
    RsyncTarget,
    S3Target,
    TargetInvalid,
    feed_files,
    target_from_json,
)
from outreach.errors import FeedError
from tests.feed_support import FeedSetup, make_feed
from tests.nginx_support import free_port


@pytest.fixture
def feed(tmp_path: Path) -> FeedSetup:
    setup = make_feed(tmp_path)
    setup.publish(1)
    setup.publish(2, changed=3)
    return setup


def assert_same_tree(left: Path, right: Path) -> None:
    names = feed_files(left)
    assert names == feed_files(right)
    for name in names:
        assert (left / name).read_bytes() == (right / name).read_bytes(), name


def test_upload_order_puts_timestamp_last_and_root_before_it(feed: FeedSetup) -> None:
    (feed.feed_dir / ".timestamp.json.tmp123").write_text("half")  # an interrupted write
    names = feed_files(feed.feed_dir)
    assert names[-2:] == ["root.json", "timestamp.json"]
    assert any(name.startswith("packs/") for name in names)
    assert not any(name.startswith(".") or "/." in name for name in names)


def test_folder_target_copies_then_only_what_changed(feed: FeedSetup, tmp_path: Path) -> None:
    target = FolderTarget(tmp_path / "share" / "feed")
    first = target.upload(feed.feed_dir)
    assert_same_tree(feed.feed_dir, target.path)
    assert first.files == len(feed_files(feed.feed_dir))
    feed.publish(3, changed=5)
    seen: list[str] = []
    second = target.upload(feed.feed_dir, progress=lambda done, total, text: seen.append(text))
    assert_same_tree(feed.feed_dir, target.path)
    assert second.files < first.files  # immutable files already there are not copied again
    copying = [text for text in seen if text.startswith("Copying")]
    assert copying[-1] == "Copying timestamp.json"


def test_folder_target_inside_the_feed_is_refused(feed: FeedSetup) -> None:
    with pytest.raises(TargetInvalid, match="overlaps"):
        FolderTarget(feed.feed_dir / "mirror").upload(feed.feed_dir)


def test_a_failed_copy_leaves_the_old_timestamp(feed: FeedSetup, tmp_path: Path) -> None:
    target = FolderTarget(tmp_path / "share")
    target.path.mkdir()
    (target.path / "timestamp.json").write_text("the old one")
    (target.path / "packs").write_text("a file where the packs folder should be")
    with pytest.raises(FeedError, match="previous version"):
        target.upload(feed.feed_dir)
    assert (target.path / "timestamp.json").read_text() == "the old one"


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed")
def test_rsync_to_a_local_destination(feed: FeedSetup, tmp_path: Path) -> None:
    destination = tmp_path / "rsynced"
    destination.mkdir()
    result = RsyncTarget(str(destination)).upload(feed.feed_dir)
    assert_same_tree(feed.feed_dir, destination)
    assert result.files == len(feed_files(feed.feed_dir))


def test_rsync_commands_keep_the_timestamp_for_last(tmp_path: Path) -> None:
    target = RsyncTarget("outreach@web.example.org:/var/www/feed", ssh_port=2222,
                         identity_file="/home/c/.ssh/feed")  # fmt: skip
    first, second = target.commands(tmp_path / "feed")
    assert "--exclude=timestamp.json" in first
    assert first[-2:] == [f"{tmp_path / 'feed'}/", "outreach@web.example.org:/var/www/feed/"]
    assert second[-2:] == [
        f"{tmp_path / 'feed'}/timestamp.json",
        "outreach@web.example.org:/var/www/feed/timestamp.json",
    ]
    ssh = first[first.index("-e") + 1]
    assert ssh == "ssh -o BatchMode=yes -p 2222 -i /home/c/.ssh/feed"


@pytest.mark.parametrize("destination", ["--rsh=evil", "host:\npath", ""])
def test_rsync_refuses_a_destination_that_is_an_option(destination: str) -> None:
    with pytest.raises(TargetInvalid):
        RsyncTarget(destination).check()


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed")
def test_rsync_failure_is_reported(feed: FeedSetup) -> None:
    with pytest.raises(FeedError, match=r"rsync to .* failed"):
        RsyncTarget("/nonexistent/deeply/nested/place").upload(feed.feed_dir)


def test_targets_round_trip_through_settings(tmp_path: Path) -> None:
    for target in (
        FolderTarget(tmp_path),
        RsyncTarget("me@host:/srv/feed", 22, None),
        S3Target("county-feed", "county", "http://127.0.0.1:9000", "us-east-1", "outreach"),
    ):
        assert target_from_json(target.to_json()) == target
    with pytest.raises(TargetInvalid):
        target_from_json({"kind": "ftp", "host": "x"})


@pytest.fixture
def s3_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # Test credentials for the local server; never the machine's own AWS set-up.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


class ServerLog(logging.Handler):
    """The paths moto's server answered PUT for, in the order it handled them."""

    def __init__(self) -> None:
        super().__init__()
        self.puts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        match = re.search(r'"PUT /county-feeds/county/(\S+) HTTP', record.getMessage())
        if match and '" 200 ' in record.getMessage():
            self.puts.append(match.group(1))


def test_s3_upload_puts_timestamp_last(feed: FeedSetup, s3_server: str) -> None:
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    client.create_bucket(Bucket="county-feeds")
    target = S3Target("county-feeds", prefix="county/", endpoint_url=s3_server)
    log = ServerLog()
    werkzeug = logging.getLogger("werkzeug")
    werkzeug.addHandler(log)
    werkzeug.setLevel(logging.INFO)
    try:
        result = target.upload(feed.feed_dir)
        uploaded = list(log.puts)
        assert uploaded[-1] == "timestamp.json"
        assert uploaded[-2] == "root.json"
        assert sorted(uploaded) == sorted(feed_files(feed.feed_dir))
        assert result.files == len(uploaded)
        check_bucket(client, feed)

        # The next publish sends only the new files and the two that change in place.
        feed.publish(3, changed=5)
        log.puts.clear()
        target.upload(feed.feed_dir)
        assert log.puts[-1] == "timestamp.json"
        assert len(log.puts) < len(feed_files(feed.feed_dir))
        check_bucket(client, feed)
    finally:
        werkzeug.removeHandler(log)


def check_bucket(client: Any, feed: FeedSetup) -> None:
    listing = client.list_objects_v2(Bucket="county-feeds", Prefix="county/")
    assert {item["Key"] for item in listing["Contents"]} == {
        f"county/{name}" for name in feed_files(feed.feed_dir)
    }
    head = client.head_object(Bucket="county-feeds", Key="county/timestamp.json")
    assert head["CacheControl"] == "no-cache"
    hashed = feed.repo.target_file("index.json").name
    immutable = client.head_object(Bucket="county-feeds", Key=f"county/{hashed}")
    assert "immutable" in immutable["CacheControl"]
    body = client.get_object(Bucket="county-feeds", Key="county/timestamp.json")["Body"].read()
    assert body == (feed.feed_dir / "timestamp.json").read_bytes()


def test_s3_missing_bucket_is_a_clear_error(feed: FeedSetup, s3_server: str) -> None:
    target = S3Target("no-such-bucket", endpoint_url=s3_server)
    with pytest.raises(FeedError, match="NoSuchBucket"):
        target.upload(feed.feed_dir)


def test_s3_bad_bucket_name(feed: FeedSetup) -> None:
    with pytest.raises(TargetInvalid, match="bucket name"):
        S3Target("Bad_Bucket!").upload(feed.feed_dir)
