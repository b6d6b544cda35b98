"""Shared helpers for the feed and sync tests: a real feed, a real vault, a real HTTP server.

The server is ``http.server`` on 127.0.0.1 in a thread, serving a feed folder; ``faults``
maps a URL path suffix to a misbehaviour so each test can break one file in one way.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach.feed.client import add_feed, make_invite
from outreach.feed.publish import publish_pack
from outreach.feed.repository import FeedRepository
from outreach.packs import build_pack
from outreach.vault import Vault
from outreach.vault.keyfile import KdfParams

PASSPHRASES = {"root": "root secret", "targets": "targets secret", "online": "online secret"}
VAULT_PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


def passphrase_for(slot: str) -> str:
    return PASSPHRASES[slot]


def service(number: int, *, note: str = "") -> dict[str, Any]:
    """A small but real directory record (see docs/records.md)."""
    return {
        "id": f"svc-{number}",
        "name": f"Shelter number {number}{note}",
        "status": "active",
        # Hash text keeps the pack from compressing to nothing, so deltas are realistic.
        "description": f"Beds and meals, site {number}. "
        + hashlib.sha256(str(number).encode()).hexdigest(),
        "organization_id": "org-1",
        "organization": {"id": "org-1", "name": "County Outreach"},
    }


def pack_bytes(version: int, count: int = 40, *, changed: int = 0) -> bytes:
    """A full pack of ``count`` services; the first ``changed`` differ by version."""
    records = [service(n, note=f" (v{version})" if n < changed else "") for n in range(count)]
    return build_pack(records, version=version, name="County 211", source="tests")


@dataclass
class FeedSetup:
    feed_dir: Path
    key_dir: Path
    repo: FeedRepository

    def publish(self, version: int, count: int = 40, *, changed: int = 0) -> None:
        publish_pack(
            self.repo, pack_bytes(version, count, changed=changed), self.key_dir, passphrase_for
        )

    def reload(self) -> FeedRepository:
        self.repo = FeedRepository(self.feed_dir)
        return self.repo


def make_feed(tmp_path: Path, name: str = "County 211") -> FeedSetup:
    feed_dir, key_dir = tmp_path / "feed", tmp_path / "keys"
    repo = FeedRepository.init(feed_dir, key_dir, passphrase_for, name=name)
    return FeedSetup(feed_dir, key_dir, repo)


def make_vault(tmp_path: Path) -> Vault:
    vault, _recovery = Vault.create(tmp_path / "vault.db", VAULT_PASSPHRASE, kdf=FAST_KDF)
    return vault


def trust(vault: Vault, setup: FeedSetup, url: str) -> Any:
    return add_feed(vault, make_invite(setup.repo, url))


def directory_snapshot(vault: Vault) -> list[tuple[Any, ...]]:
    """Everything in the directory and pack tables, to assert "the vault is unchanged"."""
    conn = vault.conn
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT IN ('feed', 'schema_migrations') AND name NOT LIKE '%fts%'"
            " ORDER BY name"
        )
    ]
    rows: list[tuple[Any, ...]] = []
    for table in names:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c != "verified_at"]
        for row in conn.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY 1"):
            rows.append((table, *row))
    return rows


@dataclass
class Fault:
    """One misbehaviour: ``kind`` in status, stall, hold, cut, endless, replace, drip.

    ``hold`` sends the first bytes, then waits for ``release`` (at most ``seconds``) and sends
    the rest: a server that stalls until the test lets it go. ``drip`` sends one byte every
    ``seconds`` until the body is out or ``release`` is set.
    """

    kind: str
    status: int = 500
    body: bytes = b""
    seconds: float = 5.0
    release: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)


@dataclass
class FeedServer:
    root: Path
    faults: dict[str, Fault] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


def _handler(server_state: FeedServer) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            server_state.requests.append(self.path)
            for suffix, fault in server_state.faults.items():
                if self.path.endswith(suffix):
                    return self._misbehave(fault)
            return super().do_GET()

        def _misbehave(self, fault: Fault) -> None:
            file_path = Path(self.translate_path(self.path))
            body = file_path.read_bytes() if file_path.is_file() else b""
            if fault.kind == "status":
                self.send_error(fault.status)
                return
            if fault.kind == "replace":
                body = fault.body
            self.send_response(200)
            if fault.kind == "endless":
                self.end_headers()  # no length: the body "never ends"
                with contextlib.suppress(OSError):
                    for _ in range(10_000):
                        self.wfile.write(b"\0" * 65536)
                self.close_connection = True
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if fault.kind == "cut":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            if fault.kind == "hold":
                self.wfile.write(body[:10])
                self.wfile.flush()
                fault.started.set()
                fault.release.wait(fault.seconds)
                with contextlib.suppress(OSError):
                    self.wfile.write(body[10:])
                return
            if fault.kind == "drip":
                fault.started.set()
                with contextlib.suppress(OSError):
                    for at in range(len(body)):
                        self.wfile.write(body[at : at + 1])
                        self.wfile.flush()
                        if fault.release.wait(fault.seconds):
                            break
                self.close_connection = True
                return
            if fault.kind == "stall":
                self.wfile.write(body[:10])
                self.wfile.flush()
                fault.release.wait(fault.seconds)  # silent until the test ends (or gives up)
                self.close_connection = True
                return
            self.wfile.write(body)

    return Handler


@contextlib.contextmanager
def serve(root: Path) -> Iterator[FeedServer]:
    """Serve ``root`` on 127.0.0.1 (a random free port) for the duration of the block."""
    state = FeedServer(root)
    handler = functools.partial(_handler(state), directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        for fault in state.faults.values():
            fault.release.set()  # no handler stays held past the test
        httpd.shutdown()
        httpd.server_close()
        thread.join(30)


@contextlib.contextmanager
def served_world(tmp_path: Path) -> Iterator[tuple[FeedSetup, Vault, FeedServer, Path]]:
    """A feed with version 1 published and served, and a vault that trusts it; the cache path."""
    setup = make_feed(tmp_path)
    setup.publish(1)
    vault = make_vault(tmp_path)
    try:
        with serve(setup.feed_dir) as server:
            trust(vault, setup, server.url)
            yield setup, vault, server, tmp_path / "cache"
    finally:
        vault.close()
