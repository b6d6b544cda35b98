"""Fetchers for python-tuf's ngclient: one over HTTP(S) with requests, one reading a bundle.

The Updater enforces lengths and hashes; a fetcher only has to deliver bytes and turn every
transport failure into the matching ``tuf.api.exceptions.DownloadError`` subclass, including
failures that happen while the body is streaming.

Read timeouts only bound the silence between bytes, so a server dripping a byte every few
seconds would hold a download for ever. Each HTTP download therefore has a watchdog: a thread
that shuts the connection's socket down when the file passes its deadline or arrives slower
than a minimum rate, which ends even a read that is blocked at that moment.
"""

from __future__ import annotations

import socket
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from urllib import parse

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
from tuf.api import exceptions as tuf_exc
from tuf.ngclient.fetcher import FetcherInterface

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, Stage, Step, no_progress

USER_AGENT = "OutreachCompanion/0.1"


def _is_timeout(exc: BaseException) -> bool:
    """True for a timeout, even when requests wrapped urllib3's one in a ConnectionError."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError):
            return True
        for arg in getattr(current, "args", ()):
            if isinstance(arg, BaseException) and _is_timeout(arg):
                return True
        current = current.__cause__ or current.__context__
    return False


def _download_error(url: str, exc: requests.RequestException) -> tuf_exc.DownloadError:
    if _is_timeout(exc):
        return tuf_exc.SlowRetrievalError(f"The server stopped sending data ({url}).")
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return tuf_exc.DownloadError(f"The download was cut off ({url}).")
    if isinstance(exc, requests.ConnectionError):
        return tuf_exc.DownloadError(f"Could not connect ({url}).")
    return tuf_exc.DownloadError(f"Download failed ({url}): {type(exc).__name__}.")


class _Watchdog:
    """Cuts one download off at its deadline or below its minimum rate, from its own thread.

    The connection classes below hand it the socket of the request in flight; when it trips it
    shuts that socket down, so a read blocked on a dripping server returns at once.
    """

    def __init__(self, deadline_s: float, min_bytes_per_s: float, window_s: float) -> None:
        self.deadline_s = deadline_s
        self.min_bytes_per_s = min_bytes_per_s
        self.window_s = window_s
        self.reason: str | None = None
        self.received = 0
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="download-watchdog", daemon=True)

    def start(self) -> None:
        _active.watchdog = self
        self._thread.start()

    def stop(self) -> None:
        if getattr(_active, "watchdog", None) is self:
            _active.watchdog = None
        self._done.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            tripped = self.reason is not None
        if tripped:
            self._cut()

    def _watch(self) -> None:
        started = window_start = time.monotonic()
        window_bytes = 0
        tick = max(0.01, min(self.window_s, self.deadline_s) / 4)
        while not self._done.wait(tick):
            now = time.monotonic()
            if now - started > self.deadline_s:
                self._trip(f"it took longer than {self.deadline_s:g} s")
                return
            if now - window_start >= self.window_s:
                rate = (self.received - window_bytes) / (now - window_start)
                if rate < self.min_bytes_per_s:
                    self._trip(f"it arrived at under {self.min_bytes_per_s:g} bytes a second")
                    return
                window_start, window_bytes = now, self.received

    def _trip(self, reason: str) -> None:
        with self._lock:
            self.reason = reason
        self._cut()

    def _cut(self) -> None:
        with self._lock:
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: nothing left to interrupt


_active = threading.local()


def _attach_to_watchdog(sock: socket.socket | None) -> None:
    watchdog = getattr(_active, "watchdog", None)
    if watchdog is not None:
        watchdog.attach(sock)


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    """Tells this thread's watchdog which socket the request in flight uses."""

    def connect(self) -> None:
        super().connect()
        _attach_to_watchdog(self.sock)

    def request(self, *args: object, **kwargs: object) -> None:
        if self.sock is not None:  # a kept-alive connection: no connect() this time
            _attach_to_watchdog(self.sock)
        super().request(*args, **kwargs)  # type: ignore[arg-type]


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _attach_to_watchdog(self.sock)

    def request(self, *args: object, **kwargs: object) -> None:
        if self.sock is not None:
            _attach_to_watchdog(self.sock)
        super().request(*args, **kwargs)  # type: ignore[arg-type]


class _WatchedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


class RequestsFetcher(FetcherInterface):
    """HTTP(S) downloads with a ``requests.Session``, streamed in chunks.

    ``connect_timeout`` bounds connecting and ``read_timeout`` the silence between bytes.
    ``max_seconds`` is each file's deadline, headers included, and ``min_bytes_per_s`` the
    slowest it may arrive, measured over every ``rate_window_s``; both hold even while a read
    is blocked (see :class:`_Watchdog`). The defaults let a 20 MB pack through a poor mobile
    connection (about 50 kB/s) and end a server dripping bytes within a minute.
    ``cancel`` is checked between chunks; ``progress`` hears the bytes received.
    """

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_seconds: float = 900.0,
        min_bytes_per_s: float = 512.0,
        rate_window_s: float = 30.0,
        chunk_size: int = 64 * 1024,
        cancel: CancelToken = NEVER_CANCELLED,
        progress: Progress = no_progress,
    ) -> None:
        self.session = requests.Session()
        adapter = _WatchedAdapter()
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_seconds = max_seconds
        self.min_bytes_per_s = min_bytes_per_s
        self.rate_window_s = rate_window_s
        self.chunk_size = chunk_size
        self.cancel = cancel
        self.progress = progress
        self.bytes_received = 0

    def close(self) -> None:
        self.session.close()

    def _fetch(self, url: str) -> Iterator[bytes]:
        self.cancel.raise_if_set()
        if parse.urlparse(url).scheme not in ("http", "https"):
            raise tuf_exc.DownloadError(f"Unsupported URL {url}")
        watchdog = _Watchdog(self.max_seconds, self.min_bytes_per_s, self.rate_window_s)
        watchdog.start()
        try:
            response = self.session.get(
                url, stream=True, timeout=(self.connect_timeout, self.read_timeout)
            )
        except requests.RequestException as exc:
            watchdog.stop()
            raise _slow(url, watchdog) or _download_error(url, exc) from exc
        except BaseException:
            watchdog.stop()
            raise
        if response.status_code >= 400:
            response.close()
            watchdog.stop()
            raise tuf_exc.DownloadHTTPError(
                f"The server answered HTTP {response.status_code} for {url}",
                response.status_code,
            )
        return self._chunks(url, response, watchdog)

    def _chunks(
        self, url: str, response: requests.Response, watchdog: _Watchdog
    ) -> Iterator[bytes]:
        name = url.rsplit("/", 1)[-1]
        try:
            for chunk in response.iter_content(self.chunk_size):
                self.cancel.raise_if_set()
                watchdog.received += len(chunk)
                if slow := _slow(url, watchdog):
                    raise slow
                self.bytes_received += len(chunk)
                self.progress(self.bytes_received, 0, Step(Stage.DOWNLOADING, name))
                yield chunk
            if slow := _slow(url, watchdog):  # cut short by the watchdog: not the whole file
                raise slow
        except requests.RequestException as exc:
            raise _slow(url, watchdog) or _download_error(url, exc) from exc
        except urllib3.exceptions.HTTPError as exc:  # raw urllib3 errors can escape iter_content
            if slow := _slow(url, watchdog):
                raise slow from exc
            if isinstance(exc, urllib3.exceptions.TimeoutError):
                raise tuf_exc.SlowRetrievalError(
                    f"The server stopped sending data ({url})."
                ) from exc
            raise tuf_exc.DownloadError(f"The download was cut off ({url}).") from exc
        finally:
            watchdog.stop()
            response.close()


def _slow(url: str, watchdog: _Watchdog) -> tuf_exc.SlowRetrievalError | None:
    if watchdog.reason is None:
        return None
    return tuf_exc.SlowRetrievalError(f"The download was too slow: {watchdog.reason} ({url}).")


#: The base URL a bundle's files are fetched under (never touches the network).
BUNDLE_BASE_URL = "bundle://feed/"


class BundleFetcher(FetcherInterface):
    """Serves a feed bundle (a ZIP mirroring the feed folder) to the same Updater.

    A missing member answers like a web server would (HTTP 404), so the Updater's root walk
    ends normally. Verification is all the Updater's: the bundle is trusted for nothing.
    """

    def __init__(self, archive: zipfile.ZipFile, *, chunk_size: int = 64 * 1024) -> None:
        self.archive = archive
        self.chunk_size = chunk_size
        self._names = set(archive.namelist())

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(BUNDLE_BASE_URL):
            raise tuf_exc.DownloadError(f"Unsupported URL {url}")
        member = parse.unquote(url[len(BUNDLE_BASE_URL) :])
        if member not in self._names:
            raise tuf_exc.DownloadHTTPError(f"{member} is not in the bundle", 404)
        return self._chunks(member)

    def _chunks(self, member: str) -> Iterator[bytes]:
        try:
            with self.archive.open(member) as handle:
                while chunk := handle.read(self.chunk_size):
                    yield chunk
        except (OSError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise tuf_exc.DownloadError(f"The bundle member {member} is damaged.") from exc
