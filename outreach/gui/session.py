"""An unlocked session: the open vault, reached only through the database worker."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from outreach.errors import VaultLocked
from outreach.gui.tasks import OnErr, OnOk, Tasks
from outreach.settings import Settings
from outreach.vault import Vault


class Session:
    def __init__(self, vault: Vault, tasks: Tasks, settings: Settings) -> None:
        self._vault: Vault | None = vault
        self.tasks = tasks
        self.settings = settings
        self.vault_path: Path = vault.path

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def run_db(
        self,
        fn: Callable[[Any], Any],
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
        """Like :meth:`run_db` but hands over the Vault (for transactions, backups)."""
        vault = self._vault

        def job() -> Any:
            if vault is None or not vault.is_open:
                raise VaultLocked()
            return fn(vault)

        return self.tasks.run_db(job, on_ok, on_err)

    def close(self) -> Future[Any]:
        """Close the connection on the database worker (after the work queued before it)."""
        vault, self._vault = self._vault, None
        return self.tasks.run_db(lambda: vault.close() if vault is not None else None)


class SessionView(Protocol):
    """A view that shows vault data: filled on unlock, wiped on lock."""

    def attach(self, session: Session) -> None: ...

    def detach(self) -> None: ...
