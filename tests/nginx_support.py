"""A real nginx serving a folder on 127.0.0.1, with the cache headers docs/coordinators.md gives.

Tests that use it are marked ``nginx``; CI installs nginx through apt (.ci/run).
"""

from __future__ import annotations

import contextlib
import getpass
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
)

needs_nginx = pytest.mark.skipif(
    NGINX is None, reason="nginx is not installed (CI installs it via apt)"
)

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


@contextlib.contextmanager
def nginx_serving(root: Path, run: Path) -> Iterator[str]:
    """Serve ``root`` with nginx (state in ``run``) and yield its URL, ready for requests."""
    assert NGINX is not None
    run.mkdir(parents=True, exist_ok=True)
    root.mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = run / "nginx.conf"
    # Workers run as this user, so they can read pytest's private tmp folder.
    conf.write_text(CONFIG.format(user=getpass.getuser(), run=run, port=port, root=root))
    server = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(run)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60  # a generous cap: a busy core starts nginx slowly
        while True:
            try:
                requests.get(url, timeout=10)
                break
            except requests.ConnectionError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("nginx did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(10)
