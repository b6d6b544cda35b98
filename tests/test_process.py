"""Core dumps are off from the first line of ``outreach`` (issue 11, item 3)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl are checked on Linux"
)

# Raise the core limit first, as a shell with ``ulimit -c unlimited`` would leave it, then go
# through the real entry point.
_RAISE_LIMIT = (
    "import resource\n"
    "resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
)

_PROBE = _RAISE_LIMIT + textwrap.dedent(
    """
    import resource
    from outreach import cli
    code = cli.main(["vault", "check"])
    from outreach.process import is_dumpable
    print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), code)
    """
)

# A command that crashes (abort) half-way, entered through ``outreach``'s main or not at all.
_CRASH = _RAISE_LIMIT + textwrap.dedent(
    """
    import os, sys
    from outreach import cli
    from outreach.cli import vault_cmds
    vault_cmds._check = lambda args: os.abort()
    if sys.argv[1] == "main":
        cli.main(["vault", "check"])
    else:
        vault_cmds._check(None)
    """
)


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "OUTREACH_HOME": str(tmp_path / "home"), "OUTREACH_PASSPHRASE": "x" * 9}


def test_the_command_turns_core_dumps_off(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["(0,", "0)", "False", "1"], result.stdout


def _crash_dumped_core(tmp_path: Path, how: str) -> bool:
    folder = tmp_path / how
    folder.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASH, how],
        cwd=folder,
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status = os.waitpid(proc.pid, 0)
    proc.returncode = 0  # reaped here; keep Popen from waiting again
    assert os.WIFSIGNALED(status), "the probe was meant to crash"
    return os.WCOREDUMP(status)


def test_a_crash_inside_a_command_dumps_no_core(tmp_path: Path) -> None:
    assert not _crash_dumped_core(tmp_path, "main")
    # The same crash outside the entry point shows what this machine would otherwise do; where
    # it does dump, the line above is what stopped it.
    if _crash_dumped_core(tmp_path, "direct"):
        assert not [p for p in (tmp_path / "main").iterdir() if p.name.startswith("core")]
