"""Resource packs: build, read (untrusted bytes), diff and apply directory snapshots.

A pack is a signed-elsewhere ZIP of canonical directory records; see docs/pack-format.md.
The feed (TUF) verifies pack files; this package checks their content and applies them.
"""

from outreach.packs.apply import ApplyResult, apply_pack
from outreach.packs.build import PackBuildFailed, build_pack, make_delta
from outreach.packs.format import PACK_FORMAT, PACK_SUFFIX, PackManifest
from outreach.packs.read import DEFAULT_MAX_UNCOMPRESSED, Pack, read_pack
from outreach.packs.state import applied_version, mark_verified, pack_state

__all__ = [
    "DEFAULT_MAX_UNCOMPRESSED",
    "PACK_FORMAT",
    "PACK_SUFFIX",
    "ApplyResult",
    "Pack",
    "PackBuildFailed",
    "PackManifest",
    "applied_version",
    "apply_pack",
    "build_pack",
    "make_delta",
    "mark_verified",
    "pack_state",
    "read_pack",
]
