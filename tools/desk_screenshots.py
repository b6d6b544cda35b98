"""Screenshots of the Coordinator view for docs/coordinators.md, from the real window.

Run under an X server (``Xvfb :105 -screen 0 1280x860x24 &``, ``DISPLAY=:105``, with
QT_QPA_PLATFORM unset) from the repository root::

    .venv/bin/python tools/desk_screenshots.py docs/images

It walks a coordinator through set-up, import, review, a correction, publishing, the
large-change guard, feed health and an invite, grabbing the whole screen (``import -window
root``, ImageMagick) after each step. Everything it writes goes to a temporary folder; the
passphrases are throwaway ones typed into the dialogs like a person would.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "hsds-1.1-sample"
BUBBLES = "21a1192b-abb9-45e8-bc52-c81ca4087240"
SECRETS = {
    "root": "violet anchor harbour 1927",
    "targets": "copper lantern meadow 4410",
    "online": "silent orchard kettle 7702",
}


def pump(seconds: float = 0.4) -> None:
    """Let the window paint (a script, not a test: waiting a moment is fine here)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def wait_until(condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def shot(out: Path, name: str) -> None:
    pump()
    subprocess.run(["import", "-window", "root", str(out / f"desk-{name}.png")], check=True)
    print("wrote", out / f"desk-{name}.png")


def type_into(widget: QWidget, text: str) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget, text)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    os.environ["OUTREACH_HOME"] = str(work / "home")
    from outreach.gui.app import AppController
    from outreach.gui.desk.view import CoordinatorView
    from outreach.settings import Settings
    from outreach.vault import KdfParams, Vault

    app = QApplication.instance() or QApplication(sys.argv)
    settings = Settings()
    settings.publishes_feed = True
    vault_path = work / "vault.db"
    vault, _code = Vault.create(
        vault_path,
        "a throwaway vault passphrase",
        kdf=KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1),
    )
    controller = AppController(vault_path, settings)
    window = controller.window
    window.resize(1240, 820)
    window.move(10, 10)
    controller.open_session(vault)
    view = window.view_of(CoordinatorView)
    window.show_view(view)
    shot(out, "0-start")

    # 1. Set up the feed.
    view.setup_button.click()
    dialog = view.setup_dialog
    assert dialog is not None
    dialog.move(300, 60)
    type_into(dialog.name, "Example City 211")
    type_into(dialog.feed_dir, str(work / "county-feed"))
    type_into(dialog.key_dir, str(work / "keys"))
    for slot, secret in SECRETS.items():
        type_into(dialog.passphrases[slot], secret)
        type_into(dialog.confirms[slot], secret)
    shot(out, "1-setup")
    dialog.create_button.click()
    wait_until(lambda: dialog.pages.currentIndex() == 1)
    shot(out, "2-key-sheet")
    view.publish_panel.save_key_sheet_pdf(str(out / "desk-key-sheet.pdf"))
    dialog.finish.click()
    wait_until(lambda: not view.busy)

    # 2. Import the export into a draft.
    export = work / "export"
    shutil.copytree(SAMPLE, export)
    view.import_export([export])
    wait_until(lambda: not view.busy and view.state is not None and view.state.review)
    type_into(view.search, "Bubbles")
    pump()
    shot(out, "3-review")

    # 3. Correct a phone.
    view.correct_button.click()
    correction = view.correction_dialog
    assert correction is not None
    correction.move(380, 200)
    type_into(correction.phone, "(223) 555 0100")
    type_into(correction.note, "Call before going: walk-in hours change weekly")
    shot(out, "4-correct")
    correction._save()
    wait_until(lambda: not view.busy and not correction.isVisible())
    shot(out, "5-corrected")

    # 4. Publish to a folder.
    from outreach.desk.targets import FolderTarget

    view.publish_panel.add_target(FolderTarget(work / "www" / "county"))
    wait_until(lambda: not view.busy)
    view.tabs.setCurrentIndex(1)
    view.publish_panel.publish_button.click()
    wait_until(lambda: view.publish_panel.passphrase_dialog is not None)
    asked = view.publish_panel.passphrase_dialog
    asked.move(400, 250)
    type_into(asked.fields["targets"], SECRETS["targets"])
    type_into(asked.fields["online"], SECRETS["online"])
    shot(out, "6-passphrases")
    asked.accept()
    wait_until(lambda: not view.busy)
    shot(out, "7-published")

    # 5. A broken export: the guard holds it back.
    with (export / "services.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    with (export / "services.csv").open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows[:7])
    view.import_export([export])
    wait_until(lambda: not view.busy)
    view.search.clear()
    view.tabs.setCurrentIndex(0)
    shot(out, "8-guard-review")
    view.tabs.setCurrentIndex(1)
    shot(out, "9-guard-publish")

    # 6. Health and 7. invites.
    view.tabs.setCurrentIndex(2)
    shot(out, "10-health")
    view.tabs.setCurrentIndex(3)
    invite = work / "county.invite"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(invite), ""))  # type: ignore[method-assign]
    type_into(view.publish_panel.feed_url, "https://feeds.example.org/county/")
    view.publish_panel.create_invite_button.click()
    wait_until(lambda: not view.busy and view.publish_panel.invites.count() == 1)
    shot(out, "11-invite")

    QTimer.singleShot(0, app.quit)
    controller.shutdown()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
