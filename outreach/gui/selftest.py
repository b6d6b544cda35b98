"""``outreach --selftest``: prove an installation (a checkout or the frozen build) works.

In a throw-away folder: create a vault, load the bundled starter pack, search it, open the
real main window offscreen with the results on screen and paint it; also check the forms,
translations and icons travel with the app. Prints one line per step and exits 0 only when
every step passed. Nothing touches the user's own vault or settings.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from outreach.vault import Vault

#: The query the starter pack must answer (buprenorphine, the "suboxone near me" case).
SELFTEST_QUERY = "suboxone"
#: Longest wait for any one step of the window (a slow, busy CI machine).
STEP_TIMEOUT_S = 300.0


class SelfTestFailed(Exception):
    pass


def _step(name: str, action: Callable[[], str]) -> None:
    started = time.monotonic()
    try:
        detail = action()
    except SelfTestFailed as exc:
        print(f"FAIL {name}: {exc}", flush=True)
        raise
    print(f"ok   {name} ({time.monotonic() - started:.1f} s) {detail}", flush=True)


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``condition`` holds (never a fixed sleep)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + STEP_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"timed out waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)  # deliver the workers' results, then look again
        loop.exec()


def run_selftest() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the window is painted, never shown
    with tempfile.TemporaryDirectory(prefix="outreach-selftest-") as folder:
        os.environ["OUTREACH_HOME"] = str(Path(folder) / "home")
        os.environ.pop("OUTREACH_VAULT", None)
        try:
            _run(Path(folder))
        except SelfTestFailed:
            return 1
    print("self-test passed", flush=True)
    return 0


def _run(folder: Path) -> None:
    from outreach.directory.search import search
    from outreach.packs.starter import install_starter_pack
    from outreach.paths import resources_dir, ui_dir
    from outreach.vault import Vault

    def bundled_files() -> str:
        needed = [
            ui_dir() / "main_window.ui",
            ui_dir() / "directory_view.ui",
            resources_dir() / "translations" / "outreach_es.qm",
            resources_dir() / "icons" / "outreach.svg",
            resources_dir() / "icons" / "outreach-256.png",
            resources_dir() / "starter" / "SOURCE.md",
        ]
        missing = [str(p) for p in needed if not p.is_file()]
        if missing:
            raise SelfTestFailed("missing " + ", ".join(missing))
        return f"({len(needed)} files)"

    _step("forms, translations, icons", bundled_files)
    vault_path = folder / "vault" / "vault.db"
    state: dict[str, object] = {}

    def create_vault() -> str:
        vault, _code = Vault.create(vault_path, secrets.token_urlsafe(24))
        state["vault"] = vault
        return str(vault_path.name)

    _step("create an encrypted vault", create_vault)
    vault = state["vault"]
    assert isinstance(vault, Vault)

    def load_starter() -> str:
        result = install_starter_pack(vault)
        if result.added <= 0:
            raise SelfTestFailed("the starter pack added no services")
        return f"({result.added} services)"

    _step("load the starter pack", load_starter)

    def search_it() -> str:
        hits = search(vault.conn, SELFTEST_QUERY, limit=20)
        if not hits:
            raise SelfTestFailed(f"no results for {SELFTEST_QUERY!r}")
        return f"({len(hits)} results for {SELFTEST_QUERY!r})"

    _step("search", search_it)
    _step("main window, offscreen", lambda: _render_window(vault_path, vault, folder))


def _render_window(vault_path: Path, vault: Vault, folder: Path) -> str:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from outreach.gui.app import AppController
    from outreach.paths import resources_dir
    from outreach.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translator = QTranslator()
    qm = resources_dir() / "translations" / "outreach_es.qm"
    if not translator.load(str(qm)):
        raise SelfTestFailed(f"the Spanish translation does not load ({qm})")
    controller = AppController(vault_path, Settings())
    try:
        controller.open_session(vault)
        window = controller.window
        # The directory view is the one with a search box (views are not imported by name).
        view: Any = next((v for v in controller.views if hasattr(v, "search_edit")), None)
        if view is None:
            raise SelfTestFailed("the main window has no directory view")
        _wait_until(lambda: view.status is not None, "the directory status")
        view.search_edit.setText(SELFTEST_QUERY)
        _wait_until(lambda: view.model.rowCount() > 0 and not view.searching, "search results")
        _wait_until(lambda: view.detail.record is not None, "the selected service's details")
        image = window.grab().toImage()
        if image.isNull() or image.width() < 400:
            raise SelfTestFailed("the window did not paint")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 200, 7)}
        if len(colours) < 3:
            raise SelfTestFailed("the window painted blank")
        shot = folder / "main-window.png"
        image.save(str(shot))
        rows = view.model.rowCount()
        locale = QLocale().name()
    finally:
        controller.shutdown()
        app.processEvents()
    return f"({rows} results on screen, {image.width()}×{image.height()} px, locale {locale})"
