"""The ``outreach`` command: no arguments opens the app; sub-commands serve scripts."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from outreach import APP_NAME, __version__
from outreach.errors import Cancelled, UserFacingError
from outreach.process import forbid_core_dumps

COMMAND_MODULES: tuple[str, ...] = (
    "vault_cmds",
    "import_cmds",
    "directory_cmds",
    "pack_cmds",
    "feed_cmds",
    "notes_cmds",
    "desk_cmds",
)

ENVIRONMENT_HELP = """\
environment:
  OUTREACH_VAULT              vault file (default: the user data folder)
  OUTREACH_HOME               keep data and settings under this folder instead
  OUTREACH_PASSPHRASE         the vault passphrase (else a prompt)
  OUTREACH_NEW_PASSPHRASE     the new passphrase for 'vault passwd' and 'vault recover'
  OUTREACH_BACKUP_PASSPHRASE  the passphrase of a backup file
  OUTREACH_RECOVERY_CODE      the recovery code for 'vault recover'
  OUTREACH_MEMORY_SECURITY    'on' turns on SQLCipher's memory wiping (much slower search)
  OUTREACH_DEBUG              show Python tracebacks for internal errors
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach",
        description=f"{APP_NAME}: an offline, encrypted directory of services and private notes."
        " With no command, opens the desktop app.",
        epilog=ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="vault file (or OUTREACH_VAULT)")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation in a temporary folder (vault, starter pack, search, "
        "main window offscreen) and exit 0 when it works",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"outreach.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"outreach.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from outreach.gui.app import run

    return run(vault_path=args.vault)


def _run_selftest(_args: argparse.Namespace) -> int:
    from outreach.gui.selftest import run_selftest

    return run_selftest()


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()  # before any passphrase or key is in memory
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or _run_gui
    if args.selftest:
        func = _run_selftest
    try:
        return int(func(args))
    except Cancelled:
        print("Cancelled.", file=sys.stderr)
        return 130
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except OSError as exc:  # a file named on the command line: missing, unreadable, too long…
        if os.environ.get("OUTREACH_DEBUG"):
            raise
        print(f"error: {_describe_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug or an environment problem: no traceback, no message text
        if os.environ.get("OUTREACH_DEBUG"):
            raise
        if "locked" in str(exc) or "busy" in str(exc):
            print(
                "error: the vault is busy (is the app syncing or importing?). Try again.",
                file=sys.stderr,
            )
            return 1
        print(
            f"error: an unexpected internal error ({type(exc).__name__}); nothing was saved "
            "by the failed step. Run again with OUTREACH_DEBUG=1 for the details.",
            file=sys.stderr,
        )
        return 70


def _describe_os_error(exc: OSError) -> str:
    """The file and the system's reason (never the exception's own text, which may hold data)."""
    reason = exc.strerror or "it cannot be used"
    if exc.filename is None:
        return f"a file could not be used ({reason})."
    name = os.fsdecode(exc.filename)
    if len(name) > 120:
        name = name[:60] + "…" + name[-40:]
    return f"cannot use {name}: {reason}."


if __name__ == "__main__":
    sys.exit(main())
