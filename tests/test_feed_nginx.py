"""Static hosting is the deployment story: publish into a folder a real nginx serves, sync."""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
import requests

from outreach.feed.client import get_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import applied_version
from tests.feed_support import make_feed, make_vault, trust
from tests.waiting import wait_until

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
)

pytestmark = [
    pytest.mark.nginx,
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (CI installs it via apt)"),
]

CONFIG = """
user {user};
worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    types {{ application/json json; }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location ~ "/[0-9a-f]{{64}}\\.[^/]+$" {{
            add_header Cache-Control "public, max-age=31536000, immutable";
        }}
        location / {{
            add_header Cache-Control "no-cache";
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sync_from_a_feed_served_by_nginx(tmp_path: Path) -> None:
    setup = make_feed(tmp_path)
    setup.publish(1)
    run = tmp_path / "nginx"
    run.mkdir()
    port = free_port()
    conf = run / "nginx.conf"
    # Workers run as this user, so they can read pytest's private tmp folder.
    user = getpass.getuser()
    conf.write_text(CONFIG.format(user=user, run=run, port=port, root=setup.feed_dir))
    assert NGINX is not None
    server = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(run)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    try:
        head = wait_until(
            lambda: requests.get(url + "timestamp.json", timeout=10), what="nginx to answer"
        )
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
    finally:
        server.terminate()
        server.wait(10)
