"""Growing delays after wrong passphrases.

Argon2id is what makes guessing expensive; this adds a visible pause so a person trying
passphrases at the keyboard is slowed down further. The count lives in a small file beside
the vault (it holds a number and a time, nothing secret).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from outreach.files import write_atomically

FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS - 1)))


class UnlockThrottle:
    def __init__(self, vault_path: Path) -> None:
        self._path = vault_path.with_name(vault_path.name + ".attempts")

    def _read(self) -> tuple[int, float]:
        try:
            doc = json.loads(self._path.read_text("utf-8"))
            return int(doc["failures"]), float(doc["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def seconds_to_wait(self, now: float | None = None) -> float:
        failures, last = self._read()
        now = time.time() if now is None else now
        return max(0.0, last + delay_after(failures) - now)

    def wait(self) -> None:
        remaining = self.seconds_to_wait()
        if remaining > 0:
            time.sleep(remaining)

    def record_failure(self) -> int:
        failures = self._read()[0] + 1
        doc = {"failures": failures, "last": time.time()}
        write_atomically(self._path, json.dumps(doc).encode())
        return failures

    def reset(self) -> None:
        try:
            self._path.unlink()
        except FileNotFoundError:
            pass
