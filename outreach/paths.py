"""Where the app keeps its files. ``OUTREACH_HOME`` redirects all of them (tests, portable use)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "OutreachCompanion"


def _home() -> Path | None:
    value = os.environ.get("OUTREACH_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(_APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(_APP, appauthor=False))


def default_vault_path() -> Path:
    override = os.environ.get("OUTREACH_VAULT")
    return Path(override) if override else data_dir() / "vault.db"


def feed_cache_dir(vault_path: Path) -> Path:
    """TUF metadata and downloads for the feeds of one vault (public data, not secret)."""
    return vault_path.with_name(vault_path.name + ".feeds")


def resources_dir() -> Path:
    """The bundled resources (next to the package in a checkout, inside the PyInstaller bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ui_dir() -> Path:
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "ui"
    return Path(__file__).resolve().parent.parent / "ui"
