"""The check before Qt starts: missing xcb libraries become one apt-get line, not Qt's abort."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from outreach.gui import qt_libraries
from outreach.gui.qt_libraries import (
    APT_PACKAGES,
    PACKAGE_OF_LIBRARY,
    install_advice,
    missing_libraries,
    will_use_xcb,
    xcb_plugin_path,
)

ROOT = Path(__file__).resolve().parents[1]

LDD_OUTPUT = """\
	linux-vdso.so.1 (0x00007ffc)
	libQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
	libxcb-icccm.so.4 => not found
	libxcb-keysyms.so.1 => not found
	libxcb-cursor.so.0 => not found
	libxcb-icccm.so.4 => not found
	libfrobnicate.so.2 => not found
"""


def test_missing_libraries_are_read_from_ldd_once_each() -> None:
    assert missing_libraries(LDD_OUTPUT) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-cursor.so.0",
        "libfrobnicate.so.2",
    ]
    assert missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_advice_is_one_apt_get_line_and_names_what_it_cannot_map() -> None:
    advice = install_advice(missing_libraries(LDD_OUTPUT))
    commands = [line.strip() for line in advice.splitlines() if "apt-get" in line]
    assert commands == ["sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"]
    assert "libfrobnicate.so.2" in advice.splitlines()[-1]


def test_platform_choice() -> None:
    linux = sys.platform.startswith("linux")
    assert will_use_xcb({"DISPLAY": ":0"}) is linux
    assert not will_use_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert will_use_xcb({"QT_QPA_PLATFORM": "xcb"}) is linux
    assert not will_use_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert qt_libraries.check_xcb_libraries({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_every_library_the_real_plugin_needs_maps_to_a_listed_package() -> None:
    """ldd's full list for the installed plugin: any xcb/GL library must be in our map."""
    plugin = xcb_plugin_path()
    assert plugin is not None
    assert plugin.is_file()
    listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    names = {line.split()[0] for line in listed.stdout.splitlines() if "=>" in line}
    family = re.compile(r"^lib(xcb-|xkbcommon|EGL\.|GL\.|fontconfig|dbus-1|glib-2)")
    needed = {name for name in names if family.match(name)}
    assert "libxcb-cursor.so.0" in needed
    assert needed <= set(PACKAGE_OF_LIBRARY)
    assert set(PACKAGE_OF_LIBRARY.values()) <= set(APT_PACKAGES)


def test_readme_lists_exactly_the_packages_ci_installs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    command = readme.split("sudo apt-get install", 1)[1].split("```", 1)[0]
    assert command.replace("\\", " ").split() == list(APT_PACKAGES)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "outreach.gui.qt_libraries --apt-packages" in ci


def test_the_app_prints_the_fix_instead_of_starting_qt(tmp_path: Path) -> None:
    """A real `outreach` run where ldd reports two libraries missing (a stand-in ldd)."""
    fake = tmp_path / "bin" / "ldd"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        "echo '\tlibxcb-icccm.so.4 => not found'\n"
        "echo '\tlibxcb-keysyms.so.1 => not found'\n"
    )
    fake.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}",
        "DISPLAY": ":99999",
        "OUTREACH_HOME": str(tmp_path / "home"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "outreach"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "could not load the Qt platform plugin" not in done.stderr


def test_module_prints_the_package_list_for_ci() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "outreach.gui.qt_libraries", "--apt-packages"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == list(APT_PACKAGES)
