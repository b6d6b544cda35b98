"""``outreach feed serve``: a static file server on 127.0.0.1 for trying a feed out.

Not for production: publish the folder with nginx, an object store or any static host
(docs/coordinators.md). Metadata is sent with ``no-cache``; hash-named targets as immutable,
which is the caching a real host should copy.
"""

from __future__ import annotations

import functools
import http.server
import re
from pathlib import Path
from typing import Any

_HASHED = re.compile(r"/[0-9a-f]{64}\.[^/]+$")


class FeedRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files only (no directory listings) with feed-friendly cache headers."""

    def list_directory(self, path: Any) -> None:
        self.send_error(404)
        return None

    def end_headers(self) -> None:
        if _HASHED.search(self.path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def make_server(feed_dir: Path, port: int = 0) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(FeedRequestHandler, directory=str(feed_dir))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve_forever(feed_dir: Path, port: int) -> None:
    """Serve until interrupted; prints the URL to give ``feed invite --url``."""
    server = make_server(feed_dir, port)
    print(f"Serving {feed_dir} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
