"""Feed health: when each role's signature runs out, and how to keep it from running out.

Workers' apps refuse a feed whose signatures have expired (they keep their directory and
warn), so a coordinator needs to see expiry coming: the timestamp in hours, the snapshot in
days, targets and root in months. The daily refresh re-signs snapshot and timestamp; this
module also writes the line that schedules it on Linux (cron), Windows (Task Scheduler) and
macOS (launchd), with the passphrase read from a file only the user can read, never from
the command line where other users' ``ps`` would show it.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from tuf.api.metadata import Metadata

from outreach.feed.repository import FeedRepository

ROLES = ("timestamp", "snapshot", "targets", "root")

#: Warn when less than this is left (well before: a day of warning for a 1-day timestamp
#: would mean warning all the time, so a quarter of its life).
WARN_BEFORE = {
    "timestamp": timedelta(hours=6),
    "snapshot": timedelta(days=2),
    "targets": timedelta(days=14),
    "root": timedelta(days=30),
}

#: What re-signs each role, for the message.
RENEWED_BY = {
    "timestamp": "the daily refresh",
    "snapshot": "the daily refresh",
    "targets": "publishing a version (or rotating the targets key)",
    "root": "rotating the root key (outreach feed rotate-key DIR root)",
}

HealthState = Literal["ok", "warning", "expired"]


@dataclass(frozen=True)
class RoleHealth:
    role: str
    version: int
    expires: datetime
    remaining: timedelta
    state: HealthState

    def describe(self) -> str:
        when = self.expires.strftime("%Y-%m-%d %H:%M UTC")
        if self.state == "expired":
            return (
                f"{self.role}: EXPIRED on {when}; workers are not getting updates. "
                f"Renewed by {RENEWED_BY[self.role]}."
            )
        left = remaining_text(self.remaining)
        text = f"{self.role}: valid until {when} ({left} left)"
        if self.state == "warning":
            text += f"; renew soon: {RENEWED_BY[self.role]}"
        return text + "."

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "version": self.version,
            "expires": self.expires.isoformat(),
            "remaining_seconds": int(self.remaining.total_seconds()),
            "state": self.state,
        }


def remaining_text(remaining: timedelta) -> str:
    """ "5 hours", "3 days", "2 months": the unit each role is measured in."""
    hours = remaining.total_seconds() / 3600
    if hours < 48:
        return f"{max(int(hours), 0)} hours"
    days = int(hours // 24)
    return f"{days} days" if days < 62 else f"{days // 30} months"


def feed_health(repo: FeedRepository, now: datetime | None = None) -> list[RoleHealth]:
    now = now or datetime.now(UTC)
    metadata: dict[str, Metadata[Any]] = {
        "root": repo.root,
        "targets": repo.targets,
        "snapshot": repo.snapshot,
        "timestamp": repo.timestamp,
    }
    health: list[RoleHealth] = []
    for role in ROLES:
        signed = metadata[role].signed
        expires = signed.expires
        remaining = expires - now
        state: HealthState = (
            "expired"
            if remaining <= timedelta(0)
            else "warning"
            if remaining < WARN_BEFORE[role]
            else "ok"
        )
        health.append(RoleHealth(role, signed.version, expires, remaining, state))
    return health


def worst(health: list[RoleHealth]) -> HealthState:
    states = {item.state for item in health}
    return "expired" if "expired" in states else "warning" if "warning" in states else "ok"


# -- scheduling the daily refresh --------------------------------------------------------

Platform = Literal["linux", "windows", "macos"]


def this_platform() -> Platform:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def refresh_command(feed_dir: Path, key_dir: Path, program: str = "outreach") -> list[str]:
    """The command the scheduler runs: refresh, then upload to the desk's targets."""
    return [program, "desk", "refresh", str(feed_dir), "--keys", str(key_dir)]


def passphrase_file_hint(platform: Platform) -> str:
    if platform == "windows":
        return r"%USERPROFILE%\.outreach\online-key-passphrase"
    return "~/.config/outreach/online-key-passphrase"


def schedule_text(
    feed_dir: Path,
    key_dir: Path,
    platform: Platform,
    *,
    program: str = "outreach",
    hour: int = 3,
    minute: int = 15,
) -> str:
    """What to paste where, to refresh daily at ``hour:minute`` local time.

    The online key's passphrase is read from a file (``OUTREACH_ONLINE_KEY_PASSPHRASE_FILE``)
    that only the user can read; it never appears in the schedule itself.
    """
    command = refresh_command(feed_dir, key_dir, program)
    secret = passphrase_file_hint(platform)
    if platform == "windows":
        inner = " ".join(_win_quote(part) for part in command).replace('"', '\\"')
        return (
            "Task Scheduler (run once in a Command Prompt):\n"
            f'setx OUTREACH_ONLINE_KEY_PASSPHRASE_FILE "{secret}"\n'
            f'schtasks /Create /TN "Outreach feed refresh" /SC DAILY /ST {hour:02d}:{minute:02d} '
            f'/TR "{inner}"\n\n'
            f"Put the online key's passphrase alone in {secret} (readable only by you)."
        )
    if platform == "macos":
        arguments = "\n".join(f"    <string>{escape(part)}</string>" for part in command)
        return (
            "launchd: save as ~/Library/LaunchAgents/org.outreach.feed-refresh.plist, then run\n"
            "launchctl load ~/Library/LaunchAgents/org.outreach.feed-refresh.plist\n\n"
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            '<plist version="1.0">\n<dict>\n'
            "  <key>Label</key><string>org.outreach.feed-refresh</string>\n"
            f"  <key>ProgramArguments</key>\n  <array>\n{arguments}\n  </array>\n"
            "  <key>EnvironmentVariables</key>\n  <dict>\n"
            "    <key>OUTREACH_ONLINE_KEY_PASSPHRASE_FILE</key>"
            f"<string>{escape(secret.replace('~', '/Users/YOU'))}</string>\n  </dict>\n"
            "  <key>StartCalendarInterval</key>\n"
            f"  <dict><key>Hour</key><integer>{hour}</integer>"
            f"<key>Minute</key><integer>{minute}</integer></dict>\n"
            "</dict>\n</plist>\n\n"
            f"Put the online key's passphrase alone in {secret} (chmod 600)."
        )
    line = " ".join(shlex.quote(part) for part in command)
    return (
        "cron (crontab -e):\n"
        f"{minute} {hour} * * *  OUTREACH_ONLINE_KEY_PASSPHRASE_FILE={secret.replace('~', '$HOME')}"
        f" {line}\n\n"
        f"Put the online key's passphrase alone in {secret} (chmod 600)."
    )


def _win_quote(text: str) -> str:
    return f'"{text}"' if " " in text and not text.startswith('"') else text
