"""Screenshots of the worker's views for docs/workers.md, taken from the real app: ``make
screenshots``.

For each variant (the docs' own size, a 1366×768 laptop, 200% scaling, a dark palette) this
starts its own X server (``Xvfb -displayfd``) and a child process of itself that runs the real
app on Qt's ``xcb`` platform: first run (passphrase, recovery code), the starter directory with
the place question, a lock and an unlock, a search for "suboxone" near a ZIP with the first
result's details, the referral slip (its PDF, drawn with ``pdftoppm``), contacts and notes (a
few fictional ones written for the purpose), a new encounter, reports, settings and feeds. Each
step grabs the whole virtual screen (``QScreen.grabWindow(0)``).

Without Xvfb it falls back to Qt's ``offscreen`` platform, says so, and paints each window
itself; the test (tests/test_screenshots_tool.py) runs it that way. Everything the app writes
goes to a temporary folder; passphrases are throwaway ones typed into the dialogs.

    .venv/bin/python tools/screenshots.py [OUT] [--variant KEY ...] [--platform xcb|offscreen]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "lantern orchard violet 2291"
SEARCH = "suboxone"
#: Baltimore's downtown ZIP: the starter directory has treatment programmes around it.
NEAR = "21201"
HOME = "Baltimore, MD"
STEP_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class Variant:
    key: str
    #: Physical pixels of the virtual screen.
    width: int
    height: int
    #: File-name prefix in the output folder.
    prefix: str
    scale: int = 1
    dark: bool = False
    #: The steps kept as images (None: all). The walk is the same; big images cost the repo.
    keep: frozenset[str] | None = None
    skip: frozenset[str] = frozenset()


#: The views where size and colour matter most: the busiest window and the tallest dialogs.
CHECKED = frozenset(
    {"unlock", "starter", "directory", "refer-code", "notes", "encounter", "coordinator"}
)
VARIANTS = {
    # The worker's guide has no coordinator's view (docs/coordinators.md has its own pictures).
    "docs": Variant("docs", 1280, 800, "worker-", keep=None, skip=frozenset({"coordinator"})),
    "laptop": Variant("laptop", 1366, 768, "laptop-"),
    "scaled": Variant("scaled", 2732, 1536, "scaled-", scale=2, keep=CHECKED | {"settings"}),
    "dark": Variant("dark", 1280, 800, "dark-", dark=True, keep=CHECKED | {"reports"}),
}


# -- the parent: one X server and one child process per variant ---------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(REPO / "docs" / "images"))
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--platform", choices=("xcb", "offscreen"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return run_child(VARIANTS[args.child], out)
    platform = args.platform or ("xcb" if shutil.which("Xvfb") else "offscreen")
    if platform == "offscreen" and not args.platform:
        print(
            "Xvfb not found: using Qt's offscreen platform (each window painted by Qt, not by "
            "an X server); install xvfb for the real thing",
            file=sys.stderr,
        )
    failed = 0
    for key in args.variant or list(VARIANTS):
        failed += run_variant(VARIANTS[key], out, platform)
    return 1 if failed else 0


def run_variant(variant: Variant, out: Path, platform: str) -> int:
    env = dict(os.environ)
    for name in ("QT_SCALE_FACTOR", "QT_QPA_PLATFORM", "QT_STYLE_OVERRIDE", "OUTREACH_VAULT"):
        env.pop(name, None)
    env["QT_QPA_PLATFORM"] = platform
    if platform == "offscreen":  # the offscreen screen is 800x600 unless told otherwise
        config = Path(tempfile.mkdtemp(prefix="outreach-shots-")) / "screen.json"
        size = {"width": variant.width, "height": variant.height}  # native pixels
        config.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, **size}]}))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if variant.scale != 1:
        env["QT_SCALE_FACTOR"] = str(variant.scale)
    env["LANG"] = env["LC_ALL"] = "en_US.UTF-8"  # English words, miles, Letter paper
    command = [sys.executable, str(Path(__file__).resolve()), str(out), "--child", variant.key]
    server = None
    try:
        if platform == "xcb":
            server, display = start_xvfb(variant.width, variant.height)
            env["DISPLAY"] = display
        print(f"[{variant.key}] {variant.width}x{variant.height} on {platform}", flush=True)
        return 1 if subprocess.run(command, env=env, cwd=REPO).returncode else 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a free display; Xvfb names it on the pipe once it accepts clients."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


# -- the child: the real app, driven step by step ------------------------------------------------
def run_child(variant: Variant, out: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="outreach-shots-"))
    os.environ["OUTREACH_HOME"] = str(work / "home")
    try:
        Walk(variant, out, work).run()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


class Walk:
    """One worker's first evening with the app, photographed at each step."""

    def __init__(self, variant: Variant, out: Path, work: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.variant = variant
        self.out = out
        self.work = work
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.written: list[Path] = []

    # -- helpers --------------------------------------------------------------------------------
    def pump(self, seconds: float = 0.3) -> None:
        """Let the windows paint (a script, not a test: a short settle is fine here)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def wait_until(self, condition: Callable[[], object], what: str) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        end = time.monotonic() + STEP_TIMEOUT_S
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(f"[{self.variant.key}] timed out waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)

    def shot(self, name: str) -> None:
        if self.variant.keep is not None and name not in self.variant.keep:
            return
        if name in self.variant.skip:
            return
        self.pump()
        target = self.out / f"{self.variant.prefix}{name}.png"
        grab_screen().save(str(target))
        self.written.append(target)
        print("wrote", target.relative_to(REPO) if target.is_relative_to(REPO) else target)

    def type_into(self, widget: object, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)  # type: ignore[arg-type]

    # -- the walk -------------------------------------------------------------------------------
    def run(self) -> None:
        from outreach.gui.app import AppController
        from outreach.settings import Settings

        settings = Settings()
        if self.variant.dark:  # Settings → Theme → Dark, as the app applies it at start
            from outreach.gui.colours import apply_theme

            settings.theme = "dark"
            apply_theme(self.app, settings.theme)
        self.controller = AppController(self.work / "vault.db", settings)
        self.window = self.controller.window
        screen = self.app.primaryScreen().availableGeometry()
        self.window.setGeometry(screen)  # no window manager: "maximised" by hand
        try:
            self.first_run()
            self.starter()
            self.unlock()
            self.search()
            self.refer()
            self.slip()
            self.notes()
            self.reports()
            self.settings()
            self.coordinator()
        finally:
            self.controller.shutdown()

    def first_run(self) -> None:
        self.controller.start()
        dialog = self.controller.first_run_dialog
        assert dialog is not None
        self.wait_until(dialog.isVisible, "the first-run dialog")
        self.type_into(dialog.passphrase, PASSPHRASE)
        self.type_into(dialog.confirm, PASSPHRASE)
        self.shot("first-run")
        dialog.create_button.click()
        self.wait_until(lambda: dialog.pages.currentIndex() == 1, "the recovery code")
        self.shot("recovery-code")
        dialog.kept_code.setChecked(True)
        dialog.done_button.click()
        self.wait_until(lambda: self.controller.session is not None, "the main window")

    def starter(self) -> None:
        view = self.directory
        self.wait_until(
            lambda: view.pages.currentWidget() is view.starter_page, "the starter offer"
        )
        self.wait_until(view.starter.button.isEnabled, "the starter pack's description")
        self.type_into(view.starter.place, HOME)
        self.shot("starter")
        view.starter.load()
        self.wait_until(lambda: not view.starter.busy, "the starter directory")
        self.wait_until(lambda: view.pages.currentWidget() is not view.starter_page, "the search")

    def unlock(self) -> None:
        self.controller.lock()
        dialog = self.controller.unlock_dialog
        assert dialog is not None
        self.wait_until(dialog.isVisible, "the unlock dialog")
        self.type_into(dialog.passphrase, PASSPHRASE)
        self.shot("unlock")
        dialog.unlock_button.click()
        self.wait_until(lambda: self.controller.session is not None, "the unlock")

    @property
    def directory(self):  # type: ignore[no-untyped-def]
        from outreach.gui.directory.view import DirectoryView

        return self.window.view_of(DirectoryView)

    def search(self) -> None:
        from outreach.gui.directory.results_model import ID_ROLE

        view = self.directory
        self.window.show_view(view)
        self.wait_until(lambda: view.filters.category.count() > 1, "the filter lists")
        view.filters.near.clear()
        self.type_into(view.filters.near, NEAR)
        self.type_into(view.search_edit, SEARCH)
        self.wait_until(lambda: view.model.rowCount() > 2 and not view.search_running, "results")
        #: Records referred to in the sample notes: the first three results, the first last.
        self.others: list[dict[str, object]] = []
        for row in (2, 1, 0):
            view.results.setCurrentIndex(view.model.index(row, 0))
            wanted = str(view.model.index(row, 0).data(ID_ROLE))
            self.wait_until(
                lambda wanted=wanted: (view.detail.record or {}).get("id") == wanted,
                "the row's details",
            )
            self.others.append(dict(view.detail.record))
        self.record = self.others.pop()
        self.shot("directory")
        view.filters.open_now.setChecked(True)
        self.wait_until(lambda: not view.search_running, "the open-now search")
        self.shot("open-now")
        view.filters.open_now.setChecked(False)
        self.wait_until(lambda: view.model.rowCount() > 0 and not view.search_running, "results")
        view.results.setCurrentIndex(view.model.index(0, 0))
        self.wait_until(lambda: view.detail.record is not None, "the details again")

    def refer(self) -> None:
        """Refer from the details (Ctrl+R): a new person by alias, and the referral's code."""
        view = self.directory
        view.refer()
        dialog = view.refer_dialog
        assert dialog is not None
        self.wait_until(dialog.isVisible, "the referral dialog")
        dialog.alias.setFocus()
        self.type_into(dialog.alias, "Sam (red bike)")
        self.shot("refer")
        dialog.refer()
        self.wait_until(lambda: dialog.made is not None, "the referral code")
        self.code = dialog.made.code
        self.shot("refer-code")
        dialog.accept()
        self.wait_until(lambda: view.refer_dialog is None, "the referral dialog to close")

    def slip(self) -> None:
        """The slip as the worker hands it over: its PDF, drawn as an image."""
        from outreach.gui.slip import save_slip_pdf

        pdf = self.work / "slip.pdf"
        save_slip_pdf(self.record, pdf, now=datetime.now().astimezone(), code=self.code)
        if self.variant.key != "docs":
            return  # the slip is paper: its size does not follow the screen
        if shutil.which("pdftoppm") is None:
            print("pdftoppm not found: no slip image (install poppler-utils)", file=sys.stderr)
            return
        stem = self.out / f"{self.variant.prefix}slip"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(stem)], check=True
        )
        self.written.append(stem.with_suffix(".png"))
        print("wrote", stem.with_suffix(".png"))

    def notes(self) -> None:
        from outreach.changes import NOTES
        from outreach.gui.notes.view import NotesView

        session = self.controller.session
        assert session is not None
        records = [self.record, *self.others]
        session.run_db(lambda conn: write_sample_notes(conn, records)).result(timeout=60)
        session.announce(NOTES)
        view = self.window.view_of(NotesView)
        self.window.show_view(view)
        self.wait_until(lambda: view.model.rowCount() >= 3, "the contacts")
        rows = [view.model.index(row, 0) for row in range(view.model.rowCount())]
        jay = next(index for index in rows if str(index.data()).startswith("Jay"))
        view.contacts.setCurrentIndex(jay)
        tree = view.timeline.tree
        self.wait_until(lambda: tree.topLevelItemCount() >= 3, "Jay's timeline")
        # The last visit, with its note below the tree.
        tree.setCurrentItem(tree.topLevelItem(1))
        tree.expandAll()
        self.shot("notes")
        view.new_encounter()
        dialog = view.dialog
        assert dialog is not None
        self.wait_until(dialog.isVisible, "the encounter form")
        self.type_into(dialog.place, "Library steps, Cathedral St")
        for key in ("naloxone", "food"):
            if key in dialog.needs:
                dialog.needs[key].setChecked(True)
        self.type_into(dialog.note, "Asked about a bed for tonight; said he'd think about detox.")
        self.shot("encounter")
        dialog.reject()
        self.wait_until(lambda: view.dialog is None, "the form to close")

    def reports(self) -> None:
        from outreach.gui.reports.view import ReportView

        view = self.window.view_of(ReportView)
        self.window.show_view(view)
        self.wait_until(lambda: view.table.rowCount() > 0, "the report")
        self.shot("reports")

    def settings(self) -> None:
        from outreach.feed.client import add_feed, make_invite
        from outreach.feed.repository import FeedRepository
        from outreach.gui.settings_dialog import SettingsDialog

        session = self.controller.session
        assert session is not None
        repo = FeedRepository.init(
            self.work / "feed",
            self.work / "keys",
            lambda slot: f"{slot} {PASSPHRASE}",
            name="County 211",
        )
        invite = make_invite(repo, "https://feeds.example.org/county-211/")
        session.write(lambda vault: add_feed(vault, invite)).run()
        dialog = SettingsDialog(self.controller.settings, self.window, session=session)
        dialog.show()
        self.shot("settings")
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        self.wait_until(lambda: dialog.feeds_tab.list.count() > 0, "the feeds")
        self.wait_until(lambda: "County 211" in dialog.feeds_tab.list.item(0).text(), "the feed")
        self.shot("feeds")
        dialog.reject()

    def coordinator(self) -> None:
        """The Coordinator view as a worker who starts publishing first sees it (File → Publish
        a feed…): its size and colours matter as much as the worker's views."""
        from outreach.gui.desk.view import CoordinatorView
        from outreach.gui.main_window import MainAction

        self.window.action(MainAction.PUBLISH_FEED).trigger()
        view = self.window.view_of(CoordinatorView)
        self.wait_until(lambda: self.window.current_view is view, "the Coordinator view")
        self.shot("coordinator")


def write_sample_notes(conn: object, records: list[dict[str, object]]) -> None:
    """Three fictional people met over the last weeks. Jay was referred to the service on
    screen two days ago, and to two others a week before: three referrals waiting for an
    answer, the tallest the encounter form gets in everyday use."""
    from datetime import UTC, date, datetime, timedelta

    from outreach.notes.contacts import Contact, save_contact
    from outreach.notes.encounters import EncounterDraft, save_encounter
    from outreach.notes.followups import add_follow_up
    from outreach.notes.referrals import snapshot_of

    def visit(contact: int, days_ago: int, **fields: object):  # type: ignore[no-untyped-def]
        when = datetime.now(UTC) - timedelta(days=days_ago)
        draft = EncounterDraft(contact, occurred_at=when, **fields)  # type: ignore[arg-type]
        return save_encounter(conn, draft, now=when)  # written down on the day

    with conn:  # type: ignore[attr-defined]
        jay = save_contact(
            conn,
            Contact("Jay (blue hoodie)", age_range="25-34", languages=("en",), tags=("downtown",)),
        )
        rosa = save_contact(conn, Contact("Rosa M.", age_range="45-54", languages=("es", "en")))
        tee = save_contact(
            conn, Contact("T.", age_range="18-24", how_to_reach="via the day centre")
        )
        visit(
            jay,
            9,
            place="Under the Jones Falls bridge",
            needs={"naloxone", "food"},
            supplies={"naloxone_kits": 2},
            note="Fictional sample. Has used alone twice this week; took two kits.",
            referrals=[snapshot_of(record) for record in records[1:]],
        )
        saved = visit(
            jay,
            2,
            place="Library steps",
            needs={"treatment"},
            note="Fictional sample. Wants to start buprenorphine; referred with a slip.",
            referrals=[snapshot_of(records[0])],
        )
        add_follow_up(
            conn,
            jay,
            date.today(),
            "Ask whether the intake went ahead",
            referral_id=saved.referral_ids[0],
        )
        visit(
            rosa,
            5,
            place="Shelter on Fallsway",
            needs={"shelter", "food"},
            note="Ficticio. Needs a women's bed; prefers Spanish.",
        )
        visit(tee, 1, place="Day centre", needs={"food"})


def grab_screen():  # type: ignore[no-untyped-def]
    """The whole screen: the X server's pixels, or (offscreen) each window painted in place."""
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QMainWindow

    screen = QGuiApplication.primaryScreen()
    if QGuiApplication.platformName() != "offscreen":
        return screen.grabWindow(0).toImage()
    ratio = screen.devicePixelRatio()
    size = screen.geometry().size() * ratio
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#404040"))
    painter = QPainter(image)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    windows.sort(key=lambda w: not isinstance(w, QMainWindow))  # the main window underneath
    for window in windows:
        painter.drawPixmap(window.geometry().topLeft(), window.grab())
    painter.end()
    return image


if __name__ == "__main__":
    sys.exit(main())
