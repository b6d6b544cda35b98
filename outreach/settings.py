"""App settings: a small JSON file in the config folder. Never holds note text or secrets."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from outreach.files import write_atomically
from outreach.paths import config_dir
from outreach.vault.files import ensure_private_dir


@dataclass
class Settings:
    auto_lock_minutes: int = 5
    language: str = ""  # "" = follow the system
    theme: str = ""  # "" = the desktop's colours; "dark" or "light" (Fusion, the app's palette)
    sync_every_hours: int = 4
    default_radius_km: float = 25.0
    retention_days: int = 365
    referral_follow_up_days: int = 7  # an unanswered referral becomes a follow-up after this
    publishes_feed: bool = False  # "I publish a feed": show the Coordinator view
    desk_feed_dir: str = ""  # the feed folder the Coordinator view opens (a path, no secret)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            doc = json.loads(cls.path().read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in doc.items() if k in known} if isinstance(doc, dict) else {}
        try:
            return cls(**values)
        except TypeError:
            return cls()

    def save(self) -> None:
        ensure_private_dir(self.path().parent)
        write_atomically(self.path(), json.dumps(asdict(self), indent=2).encode("utf-8"))
