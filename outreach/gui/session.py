"""An unlocked session: the open vault, reached only through the database worker.

The session is also where changes are announced (Anki's ``operation_did_execute``): a write
says what it changed (:class:`outreach.changes.Changes`) and :meth:`Session.announce` emits it
once, on the GUI thread; every attached view listens to :attr:`Session.changed` and refreshes
what concerns it. No view looks another up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from outreach.changes import Changes
from outreach.errors import VaultLocked
from outreach.gui.background import Background, Runner
from outreach.gui.tasks import OnErr, OnOk, Tasks
from outreach.settings import Settings
from outreach.vault import Vault
from outreach.vault.db import Connection

T = TypeVar("T")


class Session(QObject):
    #: What a write changed (a :class:`Changes`), emitted once per write on the GUI thread.
    changed = Signal(object)

    def __init__(self, vault: Vault, tasks: Tasks, settings: Settings) -> None:
        super().__init__()
        self._vault: Vault | None = vault
        self.tasks = tasks
        self.settings = settings
        self.vault_path: Path = vault.path

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    # -- background work ----------------------------------------------------------------------
    def query(self, fn: Callable[[Connection], T]) -> Background[T]:
        """Work that reads (or writes) through the connection, on the database worker."""
        return self.write(lambda vault: fn(vault.conn))

    def write(self, fn: Callable[[Vault], T]) -> Background[T]:
        """Work that needs the Vault itself (transactions, backups), on the database worker."""
        return Background(self.tasks, Runner.DATABASE, self._guarded(fn), session=self)

    def announce(self, changes: Changes) -> None:
        """Tell every view what a write changed (GUI thread only; nothing if nothing changed)."""
        assert threading.current_thread() is threading.main_thread(), "announce on the GUI thread"
        if changes and self.is_open:
            self.changed.emit(changes)

    def _guarded(self, fn: Callable[[Vault], T]) -> Callable[[], T]:
        vault = self._vault

        def job() -> T:
            if vault is None or not vault.is_open:
                raise VaultLocked()
            return fn(vault)

        return job

    # -- futures (tests and the CLI-like callers that want to wait) ----------------------------
    def run_db(
        self,
        fn: Callable[[Connection], Any],
        on_ok: OnOk | None = None,
        on_err: OnErr | None = None,
    ) -> Future[Any]:
        """Run ``fn(conn)`` on the database worker; results come back on the GUI thread."""
        return self.run_vault(lambda vault: fn(vault.conn), on_ok, on_err)

    def run_vault(
        self,
        fn: Callable[[Vault], Any],
        on_ok: OnOk | None = None,
        on_err: OnErr | None = None,
    ) -> Future[Any]:
        """Like :meth:`run_db` but hands over the Vault."""
        return self.tasks.run_db(self._guarded(fn), on_ok, on_err)

    def close(self) -> Future[Any]:
        """Close the connection on the database worker (after the work queued before it)."""
        vault, self._vault = self._vault, None
        return self.tasks.run_db(lambda: vault.close() if vault is not None else None)


class SessionView(Protocol):
    """Anything that shows vault data: filled on unlock, wiped on lock."""

    def attach(self, session: Session) -> None: ...

    def detach(self) -> None: ...
