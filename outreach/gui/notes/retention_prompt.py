"""Retention in the app: on unlock and on demand, say what will go, then purge.

Notes older than the retention period (Settings, default 365 days) are deleted for good,
after the worker has seen the counts and said yes; "Not now" asks again at the next unlock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from outreach.changes import NOTES, Changes
from outreach.gui.session import Session
from outreach.gui.view import Clock
from outreach.notes.retention import PurgePlan, compact_after_purge, cutoff_for, plan_purge, purge
from outreach.vault import Vault


def describe(plan: PurgePlan, days: int) -> str:
    return (
        QCoreApplication.translate(
            "Retention",
            "Notes older than %1 days (before %2) will be deleted for good: %3 encounters, "
            "%4 referrals, %5 follow-ups and %6 people with nothing left.",
        )
        .replace("%1", str(days))
        .replace("%2", plan.cutoff.isoformat())
        .replace("%3", str(plan.encounters))
        .replace("%4", str(plan.referrals))
        .replace("%5", str(plan.follow_ups))
        .replace("%6", str(plan.contacts))
    )


class RetentionPrompt(QObject):
    """Asks before purging; ``ask`` is replaceable so tests can answer without a dialog."""

    def __init__(self, parent: QWidget, clock: Clock, days: Callable[[], int]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.clock = clock
        self.days = days
        self.ask: Callable[[str], bool] = self._ask_with_a_dialog
        self.on_empty: Callable[[], None] = lambda: None

    def check(self, session: Session) -> None:
        days = self.days()
        cutoff = cutoff_for(days, self.clock())
        session.query(lambda conn: plan_purge(conn, cutoff)).owned_by(self, "plan").on_success(
            lambda plan: self._planned(session, plan, days)
        ).run()

    def _planned(self, session: Session, plan: PurgePlan, days: int) -> None:
        if plan.empty:
            self.on_empty()
            return
        if not self.ask(describe(plan, days)):
            return

        def run(vault: Vault) -> PurgePlan:
            with vault.transaction() as conn:
                done = purge(conn, plan.cutoff)
            compact_after_purge(vault.conn)
            return done

        session.write(run).owned_by(self, "purge").announces(
            lambda done: Changes() if done.empty else NOTES
        ).run()

    def _ask_with_a_dialog(self, text: str) -> bool:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Retention", "Delete old notes"))
        box.setText(text)
        delete = box.addButton(
            QCoreApplication.translate("Retention", "&Delete them"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("Retention", "&Not now"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is delete
