"""The one way files are written: atomically, so a crash leaves the old file or the new one.

Key files, settings, packs, feed metadata and exports all go through
:func:`write_atomically`: a temporary file beside the target, fsync, rename, fsync of the
folder (so the rename itself survives a power cut).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(
    path: Path, data: bytes, *, mode: int | None = None, make_parents: bool = False
) -> None:
    """Replace ``path`` with ``data``. The file is private (0600) unless ``mode`` says
    otherwise (a feed's files are served by a web server: 0644)."""
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not supported on some platforms (Windows)
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
