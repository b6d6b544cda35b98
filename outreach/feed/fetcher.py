"""Fetchers for python-tuf's ngclient: one over HTTP(S) with requests, one reading a bundle.

The Updater enforces lengths and hashes; a fetcher only has to deliver bytes and turn every
transport failure into the matching ``tuf.api.exceptions.DownloadError`` subclass, including
failures that happen while the body is streaming.
"""

from __future__ import annotations

import time
import zipfile
import zlib
from collections.abc import Iterator
from urllib import parse

import requests
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


class RequestsFetcher(FetcherInterface):
    """HTTP(S) downloads with a ``requests.Session``, streamed in chunks.

    ``connect_timeout`` bounds connecting, ``read_timeout`` the silence between bytes, and
    ``max_seconds`` a whole file (a server dripping one byte at a time is a stall too).
    ``cancel`` is checked between chunks; ``progress`` hears the bytes received.
    """

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_seconds: float = 600.0,
        chunk_size: int = 64 * 1024,
        cancel: CancelToken = NEVER_CANCELLED,
        progress: Progress = no_progress,
    ) -> None:
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_seconds = max_seconds
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
        try:
            response = self.session.get(
                url, stream=True, timeout=(self.connect_timeout, self.read_timeout)
            )
        except requests.RequestException as exc:
            raise _download_error(url, exc) from exc
        if response.status_code >= 400:
            response.close()
            raise tuf_exc.DownloadHTTPError(
                f"The server answered HTTP {response.status_code} for {url}",
                response.status_code,
            )
        return self._chunks(url, response)

    def _chunks(self, url: str, response: requests.Response) -> Iterator[bytes]:
        started = time.monotonic()
        name = url.rsplit("/", 1)[-1]
        try:
            for chunk in response.iter_content(self.chunk_size):
                self.cancel.raise_if_set()
                if time.monotonic() - started > self.max_seconds:
                    raise tuf_exc.SlowRetrievalError(f"The download took too long ({url}).")
                self.bytes_received += len(chunk)
                self.progress(self.bytes_received, 0, Step(Stage.DOWNLOADING, name))
                yield chunk
        except requests.RequestException as exc:
            raise _download_error(url, exc) from exc
        except urllib3.exceptions.HTTPError as exc:  # raw urllib3 errors can escape iter_content
            if isinstance(exc, urllib3.exceptions.TimeoutError):
                raise tuf_exc.SlowRetrievalError(
                    f"The server stopped sending data ({url})."
                ) from exc
            raise tuf_exc.DownloadError(f"The download was cut off ({url}).") from exc
        finally:
            response.close()


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
