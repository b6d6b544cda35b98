"""Schema migrations: each module that owns tables lists numbered steps; we apply the missing ones.

Steps are never edited once released; a later release adds a step. A vault that holds a step
this release does not know was written by a newer release and is refused rather than damaged.
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

from outreach.errors import VaultDamaged, VaultProblem
from outreach.vault.db import Connection

# (name recorded in the vault, module holding MIGRATIONS), applied in this order.
SCHEMA_MODULES: tuple[tuple[str, str], ...] = (
    ("notes", "outreach.notes.schema"),
    ("directory", "outreach.directory.schema"),
    ("packs", "outreach.packs.schema"),
    ("feed", "outreach.feed.schema"),
)


def _steps(module_path: str) -> list[tuple[int, str]]:
    try:
        module = importlib.import_module(module_path)
    except ModuleNotFoundError as exc:
        if exc.name == module_path:
            return []
        raise
    steps: list[tuple[int, str]] = list(module.MIGRATIONS)
    return sorted(steps)


def migrate(conn: Connection) -> int:
    """Apply every missing step, each in its own transaction. Returns how many were applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " module TEXT NOT NULL, step INTEGER NOT NULL, applied_at TEXT NOT NULL,"
        " PRIMARY KEY (module, step))"
    )
    applied: dict[str, set[int]] = {}
    for module, step in conn.execute("SELECT module, step FROM schema_migrations"):
        applied.setdefault(module, set()).add(step)
    known = {name: _steps(path) for name, path in SCHEMA_MODULES}
    for name, steps in applied.items():
        newest_known = max((n for n, _ in known.get(name, [])), default=0)
        if max(steps) > newest_known:
            raise VaultDamaged(VaultProblem.NEWER_SCHEMA)
    count = 0
    for name, _path in SCHEMA_MODULES:
        for step, sql in known[name]:
            if step in applied.get(name, set()):
                continue
            now = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (module, step, applied_at) VALUES (?, ?, ?)",
                    (name, step, now),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            count += 1
    return count


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (keeps CREATE TRIGGER bodies whole)."""
    import sqlite3  # only for complete_statement, a pure parser helper

    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
