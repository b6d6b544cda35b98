"""The bundled starter pack: a real directory a fresh install can use before any feed is set up.

It is built from SAMHSA's national directories of substance-use and mental-health treatment
facilities and its Opioid Treatment Program directory by ``tools/build_starter_pack.py`` (see
resources/starter/SOURCE.md). It is applied as a *starter*: any pack from a feed replaces it,
and it never replaces a feed's pack. A newer bundled starter replaces an older one as a
normal pack update (see :func:`starter_update_due`).
"""

from __future__ import annotations

from pathlib import Path

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.errors import PackRejected
from outreach.packs.apply import ApplyResult, apply_pack
from outreach.packs.problems import PackProblem
from outreach.packs.read import Pack, read_pack
from outreach.packs.state import InstalledPack
from outreach.vault import Vault

STARTER_FILE_NAME = "samhsa-treatment.ocpack"
STARTER_PACK_NAME = "SAMHSA treatment directory (starter)"
#: Version 1 was names and addresses only (2026-11); 2 has phones, services and OTPs.
STARTER_PACK_VERSION = 2
# The bundled file is small; anything far larger than it is not the file we shipped.
_MAX_STARTER_UNPACKED = 200_000_000


def starter_pack_path() -> Path:
    """Where the bundled starter pack lives (in a checkout or inside the desktop build)."""
    from outreach.paths import resources_dir

    return resources_dir() / "starter" / STARTER_FILE_NAME


def read_starter_pack(path: Path | None = None, *, check_records: bool = True) -> Pack:
    """Read and check the bundled starter pack (``PackRejected`` when missing or broken).

    ``check_records=False`` leaves the records to be checked as they are applied (see
    :func:`~outreach.packs.read.read_pack`)."""
    path = path or starter_pack_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackRejected(PackProblem.STARTER_MISSING) from exc
    return read_pack(data, max_uncompressed=_MAX_STARTER_UNPACKED, check_records=check_records)


def install_starter_pack(
    vault: Vault,
    *,
    path: Path | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> ApplyResult:
    """Apply the starter pack in one transaction; refused once a feed's pack is installed."""
    # Each record is checked as the apply streams it (a bad one rolls the apply back), so
    # the first-run wait does not parse 20,000 records twice.
    pack = read_starter_pack(path, check_records=False)
    return apply_pack(vault, pack, cancel=cancel, progress=progress, starter=True)


def starter_update_due(state: InstalledPack) -> bool:
    """The installed directory is an older bundled starter pack (see ``pack_state``): the
    bundled one replaces it as a normal pack update. A feed's pack is never touched."""
    return state.starter and state.version is not None and state.version < STARTER_PACK_VERSION
