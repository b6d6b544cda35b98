"""Helpers shared by the sub-commands: passphrases, opening the vault, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from outreach.errors import UserFacingError
from outreach.paths import default_vault_path
from outreach.vault import Vault


def vault_path(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "vault", None)
    return Path(explicit) if explicit else default_vault_path()


def passphrase(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    """Read a passphrase from ``env_var`` or, failing that, from a terminal prompt."""
    value = os.environ.get(env_var)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserFacingError(f"No passphrase: set {env_var} or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UserFacingError("The two passphrases differ.")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    return Vault.open(vault_path(args), passphrase("OUTREACH_PASSPHRASE", "Vault passphrase: "))


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
