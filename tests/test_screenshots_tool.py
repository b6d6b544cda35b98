"""``make screenshots`` keeps working: the script drives the real app to every view.

Run on Qt's offscreen platform (no X server needed), one variant (the 1366×768 laptop), into
a temporary folder; the images must all be there, at the screen's size, and show something.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[1]
VIEWS = (
    "first-run",
    "recovery-code",
    "starter",
    "unlock",
    "directory",
    "open-now",
    "refer",
    "refer-code",
    "notes",
    "encounter",
    "reports",
    "settings",
    "feeds",
    "coordinator",
)


def _colours(image: QImage) -> int:
    """How many different colours a coarse grid of the image holds (a blank one has 1)."""
    seen = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshot_script_photographs_every_view(tmp_path: Path) -> None:
    env = dict(os.environ, OUTREACH_HOME=str(tmp_path / "home"))
    script = REPO / "tools" / "screenshots.py"
    options = ["--platform", "offscreen", "--variant", "laptop"]
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "out"), *options],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,  # a generous bound for one busy core; it takes about 20 s alone
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"laptop-{view}.png" for view in VIEWS)
    images = {name: QImage(str(tmp_path / "out" / name)) for name in written}
    for name, image in images.items():
        assert (image.width(), image.height()) == (1366, 768), name
        assert _colours(image) > 8, f"{name} looks blank"
    # Each step shows something new (a stuck walk would photograph the same screen twice).
    assert len({bytes(image.constBits()) for image in images.values()}) == len(images)
