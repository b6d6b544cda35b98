"""Start-up and the lock cycle: first run or unlock, then the main window; lock wipes it all."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from outreach import APP_NAME, __version__
from outreach.gui import wording
from outreach.gui.colours import apply_theme
from outreach.gui.errors import install_excepthooks
from outreach.gui.first_run import FirstRunDialog
from outreach.gui.idle import IdleWatcher
from outreach.gui.main_window import MainAction, MainWindow
from outreach.gui.qt_libraries import check_xcb_libraries
from outreach.gui.screen_lock import ScreenLockWatcher
from outreach.gui.session import Session, SessionView
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.sync import SyncController
from outreach.gui.tasks import Tasks
from outreach.gui.unlock import UnlockDialog
from outreach.gui.view import Clock, View, ViewContext, system_clock
from outreach.gui.views import VIEWS, ViewSpec
from outreach.paths import default_vault_path, resources_dir
from outreach.settings import Settings
from outreach.vault import Vault

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the windows, the worker threads and the open session (if any).

    The views come from ``views`` (:data:`outreach.gui.views.VIEWS` unless a test passes its
    own list); each is made from a :class:`ViewContext` and takes part in the session like the
    sync controller does: attached on unlock, detached on lock.
    """

    #: The user closed the unlock or first-run dialog without unlocking: the app should end.
    dismissed = Signal()
    #: The main window was closed (the app ends).
    window_closed = Signal()

    def __init__(
        self,
        vault_path: Path,
        settings: Settings | None = None,
        *,
        views: Sequence[ViewSpec] = VIEWS,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.settings = settings or Settings.load()
        self.tasks = Tasks(self)
        self.session: Session | None = None
        self._view_list = views
        self._context = ViewContext(self.settings, clock)
        self._build_window()
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.idle = IdleWatcher(self.settings.auto_lock_minutes * 60.0, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self._lock_if_unlocked)

    def _build_window(self) -> None:
        """The main window, its views and its sync controller, worded in the current language."""
        self.window = MainWindow()
        self.window.closing.connect(self.window_closed)
        self.views: list[View] = []
        self.view_specs: list[tuple[ViewSpec, View]] = []
        for spec in self._view_list:
            view = spec.create(self._context)
            self.views.append(view)
            self.window.add_view(view, spec.translated_title())
            self.view_specs.append((spec, view))
        self._offer_views()
        self.sync = SyncController(self.window, self.settings)
        #: Everything that is filled on unlock and wiped on lock, in that order.
        self.participants: list[SessionView] = [*self.views, self.sync]
        self._wire_actions()

    def switch_language(self) -> None:
        """Settings chose another language: the words change at once, the vault stays open.

        The forms are built from ui/ once, so the window is built again in the new language
        (what a view showed from the vault is read again; typed search words start over)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translator(app, self.settings)
        old = self.window
        current = next((spec.key for spec, v in self.view_specs if v is old.current_view), None)
        session = self.session
        for participant in self.participants:
            participant.detach()
        close_other_windows(keep=old)
        old.closing.disconnect(self.window_closed)
        if self.unlock_dialog is not None:  # made again, in the new words, at the next lock
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self._build_window()
        self.window.setGeometry(old.geometry())
        if session is not None:
            for participant in self.participants:
                participant.attach(session)
            for spec, view in self.view_specs:
                if spec.key == current:
                    self.window.show_view(view)
            self.window.show()
            self.window.activateWindow()
        old.hide()
        old.deleteLater()

    # -- start-up ----------------------------------------------------------------------------
    def start(self) -> None:
        if self.vault_path.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    def show_unlock(self) -> None:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.vault_path, self.tasks)
            self.unlock_dialog.unlocked.connect(self.open_session)
            self.unlock_dialog.recover_requested.connect(self._recover)
            self.unlock_dialog.rejected.connect(self._maybe_dismissed)
        self.unlock_dialog.reset()
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()

    def show_first_run(self) -> None:
        dialog = FirstRunDialog(self.vault_path, self.tasks)
        self.first_run_dialog = dialog
        dialog.accepted.connect(lambda: self.open_session(dialog.vault))
        dialog.rejected.connect(self._maybe_dismissed)
        dialog.show()

    def _maybe_dismissed(self) -> None:
        if self.session is None:
            self.dismissed.emit()

    def open_session(self, vault: Vault | None) -> None:
        """The vault is open (unlock, first run, recovery): fill the views, show the window."""
        if vault is None:
            return
        self.session = Session(vault, self.tasks, self.settings)
        for participant in self.participants:
            participant.attach(self.session)
        self.window.show()
        self.window.raise_()
        self.idle.set_timeout(self.settings.auto_lock_minutes * 60.0)
        self.idle.start()

    # -- locking -----------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault and wipe every view; only the unlock dialog remains."""
        self.idle.stop()
        for participant in self.participants:
            participant.detach()
        self.window.clear_status()
        self.window.hide()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.show_unlock()
        close_other_windows(keep=self.unlock_dialog)

    def _lock_if_unlocked(self) -> None:
        if self.session is not None:
            self.lock()

    @property
    def is_locked(self) -> bool:
        return self.session is None

    def shutdown(self) -> None:
        self.idle.stop()
        for participant in self.participants:
            participant.detach()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.tasks.shutdown()

    # -- actions -----------------------------------------------------------------------------
    def _wire_actions(self) -> None:
        w = self.window
        w.action(MainAction.LOCK).triggered.connect(self.lock)
        w.action(MainAction.QUIT).triggered.connect(self._quit)
        w.action(MainAction.SETTINGS).triggered.connect(self._open_settings)
        w.action(MainAction.ABOUT).triggered.connect(self._about)
        w.action(MainAction.SHORTCUTS).triggered.connect(self._show_shortcuts)
        w.action(MainAction.BACKUP).triggered.connect(self._backup)
        w.action(MainAction.PUBLISH_FEED).triggered.connect(self._publish_a_feed)

    def _offer_views(self) -> None:
        """Show the views these settings call for (the Coordinator view for publishers)."""
        for spec, view in self.view_specs:
            self.window.set_view_shown(view, spec.is_shown(self.settings))

    def _publish_a_feed(self) -> None:
        """File → Publish a feed…: the user is a coordinator from now on; open the desk."""
        if not self.settings.publishes_feed:
            self.settings.publishes_feed = True
            self.settings.save()
            self._offer_views()
        for spec, view in self.view_specs:
            if spec.key == "coordinator":
                self.window.show_view(view)

    def _quit(self) -> None:
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.window, session=self.session)
        dialog.vault_closed.connect(self.lock)
        language = self.settings.language
        if dialog.exec():
            self.idle.set_timeout(self.settings.auto_lock_minutes * 60.0)
            self._offer_views()
            if self.settings.language != language:
                self.switch_language()

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About %s") % APP_NAME,
            self.tr(
                "<h3>%s %s</h3><p>An offline, encrypted directory of services and private "
                "notes for outreach workers.</p>"
            )
            % (APP_NAME, __version__),
        )

    def _show_shortcuts(self) -> None:
        from outreach.gui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _backup(self) -> None:
        from outreach.gui.backup_dialog import run_backup

        if self.session is not None:
            run_backup(self.window, self.session)

    def _recover(self) -> None:
        from outreach.gui.recover_dialog import RecoverDialog

        dialog = RecoverDialog(self.vault_path, self.tasks, self.unlock_dialog)
        dialog.recovered.connect(self._on_recovered)
        if self.unlock_dialog is not None:
            dialog.rejected.connect(self.unlock_dialog.back_from_recovery)
        dialog.open()

    def _on_recovered(self, vault: Vault) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        self.open_session(vault)


def close_other_windows(keep: QWidget | None) -> None:
    """Close every window and dialog of the app except ``keep`` (the unlock dialog).

    Modal dialogs (a file dialog inside ``getSaveFileName``, a message box, the print dialog)
    are rejected, so the code that opened them sees a cancel and writes nothing.
    """
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if keep is not None and keep.isAncestorOf(widget):
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.hide()


#: The translators the app installed (its own words, Qt's), removed on a language switch.
_installed: list[QTranslator] = []


def install_translator(app: QApplication, settings: Settings) -> None:
    """Word the interface in the settings' language (the system's when none is chosen)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    language = settings.language or QLocale.system().name().split("_")[0]
    if language == "en":
        return
    translator = QTranslator(app)
    qm = resources_dir() / "translations" / f"outreach_{language}.qm"
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
        # Dates, numbers and Qt's own widgets follow the language the words are in.
        QLocale.setDefault(wording.ui_locale())
        # Qt's own words (OK, Cancel, Close in message boxes and file dialogs).
        qt_words = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_words.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_words)
            _installed.append(qt_words)


def run(vault_path: str | Path | None = None) -> int:
    install_excepthooks()
    if QApplication.instance() is None:
        advice = check_xcb_libraries()
        if advice:  # Qt would abort with a message that names no package
            print(advice, file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("outreach-companion")
    icon = QIcon()
    for name in ("outreach.svg", "outreach-256.png", "outreach-64.png"):
        icon.addFile(str(resources_dir() / "icons" / name))
    app.setWindowIcon(icon)
    app.setQuitOnLastWindowClosed(False)
    settings = Settings.load()
    install_translator(app, settings)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text("utf-8"))
    if settings.theme:  # dark or light whatever the desktop uses (Settings → Theme)
        apply_theme(app, settings.theme)
    controller = AppController(Path(vault_path) if vault_path else default_vault_path(), settings)
    controller.window_closed.connect(app.quit)
    controller.dismissed.connect(app.quit)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
