"""The desk's dialogs: feed set-up, correcting a service, key passphrases, an S3 bucket.

Every dialog is opened with ``open()`` (never ``exec()``), so the window stays live and
tests drive them like a person would. Passphrases typed here are handed to one step and the
fields are cleared as soon as the dialog closes; nothing here writes them anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

from outreach.desk.overlay import STATUS_CHOICES, Correction
from outreach.desk.setup import key_folder_warnings
from outreach.gui.colours import Role, strength_style, text_style
from outreach.gui.first_run import passphrase_strength
from outreach.gui.forms import child, embed_form

SLOTS = ("root", "targets", "online")


class FeedSetupDialog(QDialog):
    """Name, feed folder, key folder and three passphrases; then the key sheet."""

    #: (name, feed folder, key folder, passphrases by slot) when Create is pressed.
    create_requested = Signal(str, str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up a feed"))
        form = embed_form("feed_setup_dialog", self)
        self.pages = child(form, QStackedWidget, "pages")
        self.name = child(form, QLineEdit, "name")
        self.feed_dir = child(form, QLineEdit, "feedDir")
        self.key_dir = child(form, QLineEdit, "keyDir")
        self.placement = child(form, QLabel, "placement")
        self.error = child(form, QLabel, "error")
        self.create_button = child(form, QPushButton, "create")
        self.done_text = child(form, QLabel, "doneText")
        self.sheet = child(form, QTextBrowser, "sheet")
        self.print_sheet = child(form, QPushButton, "printSheet")
        self.save_sheet = child(form, QPushButton, "saveSheet")
        self.finish = child(form, QPushButton, "finish")
        self.passphrases = {s: child(form, QLineEdit, f"{s}Passphrase") for s in SLOTS}
        self.confirms = {s: child(form, QLineEdit, f"{s}Confirm") for s in SLOTS}
        self.strengths = {s: child(form, QLabel, f"{s}Strength") for s in SLOTS}
        self.error.setStyleSheet(text_style(Role.ERROR))
        for edit in (self.name, self.feed_dir, self.key_dir, *self.passphrases.values(),
                     *self.confirms.values()):  # fmt: skip
            edit.textChanged.connect(self._validate)
        child(form, QPushButton, "chooseFeedDir").clicked.connect(
            lambda: self._choose(self.feed_dir, self.tr("Choose the feed folder"))
        )
        child(form, QPushButton, "chooseKeyDir").clicked.connect(
            lambda: self._choose(self.key_dir, self.tr("Choose the key folder"))
        )
        self.create_button.clicked.connect(self._create)
        self.finish.clicked.connect(self.accept)
        self.setMinimumWidth(560)

    def _choose(self, edit: QLineEdit, title: str) -> None:
        chosen = QFileDialog.getExistingDirectory(self, title, edit.text())
        if chosen:
            edit.setText(chosen)

    def _validate(self) -> None:
        ready = bool(self.name.text().strip() and self.feed_dir.text() and self.key_dir.text())
        if self.feed_dir.text() and self.key_dir.text():
            warnings = key_folder_warnings(Path(self.key_dir.text()), Path(self.feed_dir.text()))
            refused = any(w.code == "inside" for w in warnings)
            self.placement.setText(" ".join(self._placement_text(w.code) for w in warnings))
            self.placement.setStyleSheet(text_style(Role.ERROR if refused else Role.WARNING))
            ready = ready and not refused
        else:
            self.placement.clear()
        problems = []
        for slot in SLOTS:
            text = self.passphrases[slot].text()
            score, hint = passphrase_strength(text)
            label = self.strengths[slot]
            label.setText(hint if text else "")
            label.setStyleSheet(strength_style(score))
            if score == 0 or text != self.confirms[slot].text():
                ready = False
                if self.confirms[slot].text() and text != self.confirms[slot].text():
                    problems.append(self._differ_text(slot))
        if len({self.passphrases[s].text() for s in SLOTS}) < len(SLOTS) and all(
            self.passphrases[s].text() for s in SLOTS
        ):
            problems.append(self.tr("Use a different passphrase for each key."))
            ready = False
        self.error.setText(" ".join(problems))
        self.create_button.setEnabled(ready)
        self.adjustSize()  # wrapped warnings need their lines

    def _placement_text(self, code: str) -> str:
        if code == "inside":
            return self.tr(
                "The key folder is inside the feed folder: the keys would be published. "
                "Choose a folder outside it."
            )
        return self.tr(
            "The key folder is on the same disk as the feed folder: one lost or broken "
            "computer takes both. Better: a USB stick or other removable media, kept apart."
        )

    def _differ_text(self, slot: str) -> str:
        names = {
            "root": self.tr("The two root key passphrases differ."),
            "targets": self.tr("The two targets key passphrases differ."),
            "online": self.tr("The two online key passphrases differ."),
        }
        return names[slot]

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        secrets = {slot: self.passphrases[slot].text() for slot in SLOTS}
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        self.create_requested.emit(
            self.name.text().strip(), self.feed_dir.text(), self.key_dir.text(), secrets
        )

    def created(self, sheet_html: str) -> None:
        """The feed exists: clear the passphrases, show the key sheet."""
        self._clear_secrets()
        self.done_text.setText(
            self.tr(
                "The feed is ready. Print this sheet and keep it with the keys; it holds no "
                "passphrase. Next: import your directory export in the Review tab."
            )
        )
        self.sheet.setHtml(sheet_html)
        self.pages.setCurrentIndex(1)
        self.finish.setFocus()

    def failed(self, message: str) -> None:
        self.create_button.setText(self.tr("&Create the feed"))
        self.error.setText(message)
        self._validate()
        if not self.error.text():
            self.error.setText(message)

    def _clear_secrets(self) -> None:
        for edit in (*self.passphrases.values(), *self.confirms.values()):
            edit.clear()

    def done(self, result: int) -> None:
        self._clear_secrets()
        super().done(result)


class CorrectionDialog(QDialog):
    """Correct one service; empty fields keep what the export says."""

    #: The changes, as :meth:`outreach.desk.workspace.Desk.correct` takes them.
    save_requested = Signal(object)

    def __init__(
        self, name: str, existing: Correction | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a service"))
        form = embed_form("correction_dialog", self)
        child(form, QLabel, "intro").setText(
            self.tr("Correct <b>%1</b>. Workers will see “Edited by the coordinator”.").replace(
                "%1", name.replace("<", "&lt;")
            )
        )
        self.phone = child(form, QLineEdit, "phone")
        self.hours = child(form, QLineEdit, "hours")
        self.street = child(form, QLineEdit, "street")
        self.city = child(form, QLineEdit, "city")
        self.state = child(form, QLineEdit, "state")
        self.postcode = child(form, QLineEdit, "postcode")
        self.status = child(form, QComboBox, "status")
        self.note = child(form, QLineEdit, "note")
        self.error = child(form, QLabel, "error")
        self.error.setStyleSheet(text_style(Role.ERROR))
        self.status.addItem(self.tr("As the export says"), "")
        labels = {
            "active": self.tr("Open (active)"),
            "temporarily closed": self.tr("Temporarily closed"),
            "closed for good": self.tr("Closed for good"),
        }
        for value in STATUS_CHOICES:
            self.status.addItem(labels[value], value)
        values: Mapping[str, Any] = existing.values if existing else {}
        self.phone.setText(values.get("phone", ""))
        self.hours.setText(values.get("hours", ""))
        self.note.setText(values.get("note", ""))
        address = values.get("address") or {}
        self.street.setText(address.get("address_1", ""))
        self.city.setText(address.get("city", ""))
        self.state.setText(address.get("state_province", ""))
        self.postcode.setText(address.get("postal_code", ""))
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status", ""))))
        self._address_extra = {k: v for k, v in address.items() if k == "address_2"}
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def changes(self) -> dict[str, Any]:
        address = {
            "address_1": self.street.text().strip(),
            "city": self.city.text().strip(),
            "state_province": self.state.text().strip(),
            "postal_code": self.postcode.text().strip(),
            **self._address_extra,
        }
        return {
            "phone": self.phone.text().strip() or None,
            "hours": self.hours.text().strip() or None,
            "note": self.note.text().strip() or None,
            "status": self.status.currentData() or None,
            "address": address if any(v for v in address.values()) else None,
        }

    def _save(self) -> None:
        self.error.clear()
        self.save_requested.emit(self.changes())

    def refused(self, message: str) -> None:
        self.error.setText(message)


class KeyPassphrasesDialog(QDialog):
    """Ask for the passphrases one step needs, once; they are never stored."""

    def __init__(
        self,
        intro: str,
        slots: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key passphrases"))
        form = embed_form("key_passphrases_dialog", self)
        child(form, QLabel, "intro").setText(intro)
        self.fields = {s: child(form, QLineEdit, s) for s in SLOTS}
        for slot in SLOTS:
            shown = slot in slots
            self.fields[slot].setVisible(shown)
            child(form, QLabel, f"{slot}Label").setVisible(shown)
        self.slots = slots
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.fields[slots[0]].setFocus()

    def secrets(self) -> dict[str, str]:
        return {slot: self.fields[slot].text() for slot in self.slots}

    def done(self, result: int) -> None:
        super().done(result)
        # The caller read what it needs in accepted(); nothing stays in the widgets.
        for edit in self.fields.values():
            edit.clear()


class S3TargetDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to an S3 bucket"))
        form = embed_form("s3_target_dialog", self)
        self.bucket = child(form, QLineEdit, "bucket")
        self.prefix = child(form, QLineEdit, "prefix")
        self.endpoint = child(form, QLineEdit, "endpoint")
        self.region = child(form, QLineEdit, "region")
        self.profile = child(form, QLineEdit, "profile")
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


def translate(text: str) -> str:
    return QCoreApplication.translate("CoordinatorView", text)
