"""Vault.transaction(): one transaction, and a savepoint when nested."""

from __future__ import annotations

import pytest

from outreach.notes import store as notes
from outreach.vault import Vault


def _contacts(vault: Vault) -> list[str]:
    rows = vault.conn.execute("SELECT alias FROM contact ORDER BY alias").fetchall()
    return [alias for (alias,) in rows]


def test_a_failing_inner_transaction_undoes_only_itself(vault: Vault) -> None:
    with vault.transaction() as conn:
        notes.add_contact(conn, "outer")
        with pytest.raises(KeyError), vault.transaction() as inner:
            notes.add_contact(inner, "inner")
            raise KeyError("inner work failed")
        assert conn.in_transaction, "the outer transaction goes on"
        notes.add_contact(conn, "outer again")
    assert not vault.conn.in_transaction
    assert _contacts(vault) == ["outer", "outer again"]


def test_a_failing_outer_transaction_undoes_the_inner_one_too(vault: Vault) -> None:
    with pytest.raises(KeyError), vault.transaction() as conn:
        with vault.transaction() as inner:
            notes.add_contact(inner, "inner")
        notes.add_contact(conn, "outer")
        raise KeyError("outer work failed")
    assert _contacts(vault) == []
    assert not vault.conn.in_transaction


def test_a_transaction_begun_by_hand_is_joined(vault: Vault) -> None:
    conn = vault.conn
    conn.execute("BEGIN IMMEDIATE")
    notes.add_contact(conn, "by hand")
    with vault.transaction():
        notes.add_contact(conn, "joined")
    assert conn.in_transaction, "the caller's transaction stays the caller's to end"
    conn.execute("ROLLBACK")
    assert _contacts(vault) == []
