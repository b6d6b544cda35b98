"""The core stays free of Qt, so it runs (and is tested) without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import outreach


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(outreach.__path__, "outreach."):
        # __main__ would start the app; everything else must import without side effects.
        if not info.name.startswith("outreach.gui") and info.name != "outreach.__main__":
            names.append(info.name)
    return names


def test_importing_every_core_module_never_loads_qt() -> None:
    modules = _core_modules()
    assert "outreach.vault.vault" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the core loaded Qt: {result.stdout.strip()}"


def test_cli_help_does_not_load_qt() -> None:
    code = (
        "import sys\nfrom outreach.cli import build_parser\nbuild_parser()\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_only_the_list_of_views_imports_a_view() -> None:
    """No module of the GUI imports a view's package, except the declared list of views:
    views never look each other up, and the app gets them from the list."""
    import grimp

    from outreach.gui.views import VIEWS

    graph = grimp.build_graph("outreach")
    packages = {".".join(spec.create.__module__.split(".")[:3]) for spec in VIEWS}
    assert "outreach.gui.directory" in packages
    for package in packages:
        inside = {package} | graph.find_descendants(package)
        importers = set()
        for module in inside:
            importers |= graph.find_modules_that_directly_import(module)
        outside = sorted(importers - inside - {"outreach.gui.views"})
        assert outside == [], f"{package} is imported by {outside}"
