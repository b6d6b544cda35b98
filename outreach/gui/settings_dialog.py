"""Settings: auto-lock, language, theme, where the worker works, search radius, note retention,
referral follow-ups, re-encrypting the vault (and the feeds tab)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from outreach.directory.geo import KM_PER_MILE
from outreach.gui import wording
from outreach.gui.colours import apply_theme
from outreach.gui.feeds import FeedsTab
from outreach.gui.forms import child, embed_form
from outreach.gui.place import PlaceField
from outreach.gui.rekey import RekeyFlow
from outreach.settings import Settings

if TYPE_CHECKING:
    from outreach.gui.session import Session

#: The choices; each language's name is written in that language, so it is never translated.
LANGUAGES = (
    ("", cast(str, QT_TRANSLATE_NOOP("SettingsDialog", "System default"))),
    ("en", "English"),
    ("es", "Español"),
)


class SettingsDialog(QDialog):
    #: A rekey could not open the vault again: the app should lock.
    vault_closed = Signal()

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = embed_form("settings_dialog", self)
        self.form = form
        self.tabs = child(form, QTabWidget, "tabs")
        self.auto_lock = child(form, QSpinBox, "autoLockMinutes")
        self.language = child(form, QComboBox, "language")
        self.radius = child(form, QDoubleSpinBox, "radiusKm")
        self.retention = child(form, QSpinBox, "retentionDays")
        self.follow_up_days = child(form, QSpinBox, "followUpDays")
        self.publishes_feed = child(form, QCheckBox, "publishesFeed")
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label) if not code else label, code)
        self.language_note = child(form, QLabel, "languageNote")
        self.language_note.setText(
            self.tr("The window changes to the new language when you press OK.")
        )
        self.language_note.hide()
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme = child(form, QComboBox, "theme")
        for code, label in (
            ("", self.tr("The desktop's colours")),
            ("dark", self.tr("Dark")),
            ("light", self.tr("Light")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        #: Miles where the worker's country uses them; the setting itself stays in km.
        self.radius_unit_km = KM_PER_MILE if wording.distance_in_miles() else 1.0
        if self.radius_unit_km != 1.0:
            self.radius.setSuffix(self.tr(" mi"))
        # Whole miles (25 km reads "16 mi", as in the filter bar, not "15.53 mi"); tenths of km.
        self.radius.setDecimals(0 if self.radius_unit_km != 1.0 else 1)
        self.radius.setMinimum(1.0 if self.radius_unit_km != 1.0 else 0.5)
        self.radius.setValue(settings.default_radius_km / self.radius_unit_km)
        #: What the box showed at first: left as it was, the stored km are not rounded.
        self._radius_shown = self.radius.value()
        self.retention.setValue(settings.retention_days)
        self.follow_up_days.setValue(settings.referral_follow_up_days)
        self.publishes_feed.setChecked(settings.publishes_feed)
        self.feeds_tab = FeedsTab(
            self,
            child(form, QListWidget, "feeds"),
            child(form, QPushButton, "addFeed"),
            child(form, QLabel, "feedError"),
            session,
            remove_button=child(form, QPushButton, "removeFeed"),
        )
        self.session = session
        self.place = PlaceField(
            self, child(form, QLineEdit, "homePlace"), child(form, QLabel, "homePlaceNote"), session
        )
        self.place.stored.connect(self._save_and_close)
        self.rekey_button = child(form, QPushButton, "rekeyButton")
        self.rekey_button.setEnabled(session is not None)
        self.rekey_button.clicked.connect(self.rekey)
        self.rekey_flow: RekeyFlow | None = None
        self.resize(520, 400)  # room for the feeds list
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def rekey(self) -> None:
        """Re-encrypt the vault with a fresh key (asks first, then for the passphrase)."""
        if self.session is None or self.rekey_flow is not None:
            return
        flow = RekeyFlow(self, self.session)
        self.rekey_flow = flow
        self.rekey_button.setEnabled(False)
        flow.vault_closed.connect(self.vault_closed)
        flow.finished.connect(self._rekey_over)
        flow.start()

    def _rekey_over(self, _rekeyed: bool) -> None:
        self.rekey_flow = None
        self.rekey_button.setEnabled(self.session is not None and self.session.is_open)

    def _language_changed(self) -> None:
        chosen = str(self.language.currentData() or "")
        self.language_note.setVisible(chosen != self.settings.language)

    def accept(self) -> None:
        """The place is checked first (in the vault); a refused place keeps the dialog open
        with the reason under it, and nothing is saved until it is right or put back."""
        self.place.store()

    def reject(self) -> None:
        if self.session is not None:
            self.session.tasks.drop(self.place)  # a place being stored is not reported back
        super().reject()

    def _save_and_close(self) -> None:
        self.settings.auto_lock_minutes = self.auto_lock.value()
        self.settings.language = str(self.language.currentData() or "")
        if self.radius.value() != self._radius_shown:
            self.settings.default_radius_km = float(self.radius.value()) * self.radius_unit_km
        self.settings.retention_days = self.retention.value()
        self.settings.referral_follow_up_days = self.follow_up_days.value()
        self.settings.publishes_feed = self.publishes_feed.isChecked()
        theme = str(self.theme.currentData() or "")
        if theme != self.settings.theme:
            self.settings.theme = theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)  # at once, on every window
        self.settings.save()
        super().accept()
