"""The feed's ``index.json`` target: which pack is current and which deltas lead to it.

The index is itself a TUF target, so it is signed by the targets key and verified like a
pack. Shape (JSON object)::

    {"format": 1, "name": "Springfield 211", "created": "2025-01-31T12:00:00+00:00",
     "latest_version": 7, "full": "packs/springfield-211-7.ocpack",
     "deltas": {"6": "packs/springfield-211-6-to-7.ocpack"}}

``latest_version`` is 0 and ``full`` is absent in a feed that has nothing published yet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from outreach.errors import FeedError
from outreach.feed.problems import FeedProblem

INDEX_TARGET = "index.json"
INDEX_FORMAT = 1
MAX_INDEX_BYTES = 256 * 1024
_TARGET_NAME = re.compile(r"^packs/[A-Za-z0-9._-]{1,200}\.ocpack$")


@dataclass(frozen=True)
class FeedIndex:
    """What the feed currently offers."""

    name: str
    latest_version: int
    created: str
    full: str | None = None
    deltas: dict[int, str] = field(default_factory=dict)

    def target_for(self, applied_version: int | None) -> tuple[str, bool]:
        """The target to fetch for a vault at ``applied_version``: (target path, is_delta)."""
        if self.full is None:
            raise FeedError(FeedProblem.NO_PACK_YET, name=repr(self.name))
        if applied_version is not None and applied_version in self.deltas:
            return self.deltas[applied_version], True
        return self.full, False

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": INDEX_FORMAT,
            "name": self.name,
            "created": self.created,
            "latest_version": self.latest_version,
            "deltas": {str(base): path for base, path in sorted(self.deltas.items())},
        }
        if self.full is not None:
            data["full"] = self.full
        return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> FeedIndex:
        """Parse and check an index; any problem is a :class:`FeedError` naming the field."""
        if len(data) > MAX_INDEX_BYTES:
            raise FeedError(FeedProblem.INDEX_TOO_LARGE)
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FeedError(f"The feed index is not valid JSON ({exc}).") from None
        if not isinstance(raw, dict):
            raise FeedError("The feed index is not a JSON object.")
        if raw.get("format") != INDEX_FORMAT:
            raise FeedError(f"The feed index has an unsupported format: {raw.get('format')!r}.")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise FeedError("The feed index field 'name' is missing or empty.")
        latest = raw.get("latest_version")
        if not isinstance(latest, int) or isinstance(latest, bool) or latest < 0:
            raise FeedError("The feed index field 'latest_version' is not a whole number ≥ 0.")
        created = raw.get("created")
        if not isinstance(created, str):
            raise FeedError("The feed index field 'created' is missing.")
        full = raw.get("full")
        if full is not None and not (isinstance(full, str) and _TARGET_NAME.match(full)):
            raise FeedError("The feed index field 'full' is not a pack target name.")
        if latest > 0 and full is None:
            raise FeedError("The feed index names a version but no 'full' pack.")
        deltas_raw = raw.get("deltas", {})
        if not isinstance(deltas_raw, dict):
            raise FeedError("The feed index field 'deltas' is not an object.")
        deltas: dict[int, str] = {}
        for base, path in deltas_raw.items():
            if not (isinstance(base, str) and base.isdigit()):
                raise FeedError(f"The feed index has a delta with a bad base version {base!r}.")
            if not (isinstance(path, str) and _TARGET_NAME.match(path)):
                raise FeedError(f"The feed index delta from {base} is not a pack target name.")
            deltas[int(base)] = path
        return cls(name=name, latest_version=latest, created=created, full=full, deltas=deltas)
