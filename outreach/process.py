"""Process-wide protections applied once at start, before any secret is in memory.

A crash dump of an unlocked app holds the passphrase, the raw database key and note text
(seen in review: 103 copies of note text, even after the vault was closed). So core dumps are
switched off: ``RLIMIT_CORE`` 0 everywhere it exists, and on Linux ``PR_SET_DUMPABLE`` 0,
which also stops other processes of the same user from attaching a debugger or reading the
process's memory through ``/proc``. macOS honours ``RLIMIT_CORE``. Windows has no per-process
switch for its error reporting dumps; it is left as it is (see README, Security).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

#: From <linux/prctl.h>.
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> list[str]:
    """Switch off core dumps for this process; returns what was applied (for the log)."""
    applied: list[str] = []
    try:
        import resource
    except ImportError:  # Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            applied.append("RLIMIT_CORE=0")
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None and libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            applied.append("PR_SET_DUMPABLE=0")
    return applied


def is_dumpable() -> bool | None:
    """Linux's dumpable flag for this process (None where there is no such flag)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None
