"""Before Qt starts on Linux: find the system libraries its X11 (xcb) plugin lacks.

Without them Qt aborts with "could not load the Qt platform plugin xcb" and a wall of text
that never names the package to install. ``ldd`` on the plugin lists what is missing; each
library maps to one Debian/Ubuntu package, so the app can print the one ``apt-get install``
line that fixes it. This module imports no Qt (it runs before Qt can load) and nothing
outside the standard library, so CI can also ask it for the package list:
``python3 -m outreach.gui.qt_libraries --apt-packages``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: The packages Qt's xcb plugin (and the app's fonts and D-Bus screen-lock watcher) needs on
#: Debian 12 / Ubuntu 22.04 and later, beyond what a desktop install always has. The README
#: lists exactly these, and CI installs exactly these.
APT_PACKAGES: tuple[str, ...] = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
)

#: Library file (as ``ldd`` names it) → the package that ships it.
PACKAGE_OF_LIBRARY: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def xcb_plugin_path() -> Path | None:
    """Qt's xcb platform plugin inside PySide6 (or inside the frozen app), if present."""
    bundle = getattr(sys, "_MEIPASS", None)
    roots: list[Path] = []
    if bundle:
        roots.append(Path(bundle) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots.extend(Path(p) for p in spec.submodule_search_locations)
    for root in roots:
        for candidate in (
            root / "Qt" / "plugins" / "platforms" / "libqxcb.so",
            root / "plugins" / "platforms" / "libqxcb.so",
        ):
            if candidate.is_file():
                return candidate
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The library names ``ldd`` reports as "not found", each once, in order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def install_advice(missing: list[str]) -> str:
    """The message for the terminal: what is missing and the one command that fixes it."""
    packages = sorted({PACKAGE_OF_LIBRARY[name] for name in missing if name in PACKAGE_OF_LIBRARY})
    unknown = [name for name in missing if name not in PACKAGE_OF_LIBRARY]
    lines = [
        "Outreach Companion cannot open its window: Qt's X11 (xcb) plugin needs system "
        "libraries that are not installed:",
        "  " + ", ".join(missing),
    ]
    if packages:
        lines += [
            "On Debian or Ubuntu, install them with:",
            "  sudo apt-get install " + " ".join(packages),
        ]
    if unknown:
        lines.append(
            "Find the package for " + ", ".join(unknown) + " with your distribution's "
            "package search (apt-file search, dnf provides)."
        )
    return "\n".join(lines)


def will_use_xcb(environ: os._Environ[str] | dict[str, str]) -> bool:
    """Qt on Linux picks xcb unless told otherwise or running on a Wayland session."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def check_xcb_libraries(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """None when Qt can start (or we cannot tell); else the advice to print before exiting."""
    env = os.environ if environ is None else environ
    if not will_use_xcb(env):
        return None
    plugin = xcb_plugin_path()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    missing = missing_libraries(done.stdout)
    return install_advice(missing) if missing else None


if __name__ == "__main__":
    if sys.argv[1:] == ["--apt-packages"]:
        print(" ".join(APT_PACKAGES))
    else:
        advice = check_xcb_libraries()
        print(advice or "Qt's xcb plugin finds every library it needs.")
        sys.exit(1 if advice else 0)
