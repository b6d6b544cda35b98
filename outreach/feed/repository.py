"""The coordinator's side of a feed: a TUF repository kept as static files in one folder.

Layout of the feed folder (everything in it may be published as it is):

- ``1.root.json``, ``2.root.json``, …: every root version (clients walk the chain);
  ``root.json`` is a copy of the newest, for people.
- ``N.targets.json``, ``N.snapshot.json``: versioned (``consistent_snapshot``), never rewritten.
- ``timestamp.json``: the only file that changes in place; always written last.
- ``<sha256>.index.json`` and ``packs/<sha256>.<name>-<version>.ocpack``: targets, named by
  their hash so they are immutable and safe to cache forever.

Default expiries (see docs/coordinators.md): root 1 year, targets 3 months, snapshot 1 week,
timestamp 1 day. The timestamp must be refreshed daily (``outreach feed refresh`` from cron);
a client seeing an expired timestamp keeps its current directory and warns (freeze attack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from securesystemslib.signer import Signer
from tuf.api.exceptions import RepositoryError
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization import DeserializationError
from tuf.api.serialization.json import JSONSerializer

from outreach.errors import FeedError
from outreach.feed import keys as feed_keys
from outreach.feed.index import INDEX_TARGET, FeedIndex
from outreach.feed.problems import FeedProblem
from outreach.files import write_atomically

_ROOT_FILE = re.compile(r"^(\d+)\.root\.json$")


DAY = timedelta(days=1)


def check_validity(role: str, valid: timedelta) -> None:
    """Refuse a signature that would not stay valid into the future: signed into the feed
    folder, it would freeze every worker who syncs (the feed looks expired at once)."""
    if valid <= timedelta(0):
        raise FeedError(FeedProblem.SIGNATURE_VALIDITY, role=role, valid=_describe(valid))


def _describe(valid: timedelta) -> str:
    hours = valid.total_seconds() / 3600
    return f"{hours:g} hours" if abs(hours) < 48 else f"{hours / 24:g} days"


@dataclass(frozen=True)
class Expiries:
    """How long each role's signature stays valid after signing."""

    root: timedelta = timedelta(days=365)
    targets: timedelta = timedelta(days=91)
    snapshot: timedelta = timedelta(days=7)
    timestamp: timedelta = timedelta(days=1)

    def __post_init__(self) -> None:
        for role in ("root", "targets", "snapshot", "timestamp"):
            check_validity(role, self.for_role(role))

    def short(self) -> list[str]:
        """The roles whose signatures last less than a day (allowed, but easily frozen)."""
        return [r for r in ("root", "targets", "snapshot", "timestamp") if self.for_role(r) < DAY]

    def for_role(self, role: str) -> timedelta:
        value: timedelta = getattr(self, role)
        return value


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def write_atomic(path: Path, data: bytes) -> None:
    """A feed file, written atomically; served by a web server, so world-readable."""
    write_atomically(path, data, mode=0o644, make_parents=True)


class FeedRepository:
    """A feed folder and its current metadata. Signing methods take the key folder each time."""

    def __init__(self, feed_dir: Path) -> None:
        self.feed_dir = Path(feed_dir)
        if not (self.feed_dir / "timestamp.json").is_file():
            raise FeedError(FeedProblem.NOT_A_FEED_FOLDER, folder=feed_dir)
        try:
            self.root: Metadata[Root] = Metadata[Root].from_bytes(
                (self.feed_dir / f"{self.latest_root_version()}.root.json").read_bytes()
            )
            self.timestamp: Metadata[Timestamp] = Metadata[Timestamp].from_bytes(
                (self.feed_dir / "timestamp.json").read_bytes()
            )
            snap_version = self.timestamp.signed.snapshot_meta.version
            self.snapshot: Metadata[Snapshot] = Metadata[Snapshot].from_bytes(
                (self.feed_dir / f"{snap_version}.snapshot.json").read_bytes()
            )
            targets_version = self.snapshot.signed.meta["targets.json"].version
            self.targets: Metadata[Targets] = Metadata[Targets].from_bytes(
                (self.feed_dir / f"{targets_version}.targets.json").read_bytes()
            )
        except (OSError, KeyError, DeserializationError) as exc:
            raise FeedError(FeedProblem.FOLDER_DAMAGED, folder=feed_dir, detail=exc) from None

    # -- creating -------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        feed_dir: Path,
        key_dir: Path,
        passphrase_for: feed_keys.PassphraseSource,
        *,
        name: str,
        expiries: Expiries | None = None,
    ) -> FeedRepository:
        """Create a new feed: fresh keys in ``key_dir``, version-1 metadata and an empty index."""
        feed_dir, key_dir = Path(feed_dir), Path(key_dir)
        feed_keys.check_key_dir(key_dir, feed_dir)
        if not name.strip():
            raise FeedError(FeedProblem.NEEDS_NAME)
        if (feed_dir / "timestamp.json").exists() or any(feed_dir.glob("*.root.json")):
            raise FeedError(FeedProblem.FOLDER_HOLDS_FEED, folder=feed_dir)
        existing = [feed_keys.key_path(key_dir, s) for s in feed_keys.KEY_SLOTS]
        if any(path.exists() for path in existing):
            raise FeedError(FeedProblem.KEY_FOLDER_NOT_EMPTY, folder=key_dir)
        expiries = expiries or Expiries()
        secrets = {slot: passphrase_for(slot) for slot in feed_keys.KEY_SLOTS}
        signers = {
            slot: feed_keys.create_key(key_dir, slot, secret) for slot, secret in secrets.items()
        }
        now = _utcnow()
        root = Root(expires=now + expiries.root, consistent_snapshot=True)
        for role in ("root", "targets", "snapshot", "timestamp"):
            root.add_key(signers[feed_keys.slot_for_role(role)].public_key, role)
        root_md = Metadata(root)
        root_md.sign(signers["root"])
        feed_dir.mkdir(parents=True, exist_ok=True)
        _write_metadata(feed_dir / "1.root.json", root_md)
        _write_metadata(feed_dir / "root.json", root_md)

        index = FeedIndex(name=name.strip(), latest_version=0, created=now.isoformat())
        targets_md = Metadata(Targets(expires=now + expiries.targets))
        _add_target(feed_dir, targets_md.signed, INDEX_TARGET, index.to_bytes())
        targets_md.sign(signers["targets"])
        _write_metadata(feed_dir / "1.targets.json", targets_md)
        snapshot_md = Metadata(Snapshot(expires=now + expiries.snapshot))
        snapshot_md.signed.meta["targets.json"] = MetaFile(version=1)
        snapshot_md.sign(signers["online"])
        _write_metadata(feed_dir / "1.snapshot.json", snapshot_md)
        timestamp_md = Metadata(Timestamp(expires=now + expiries.timestamp))
        timestamp_md.signed.snapshot_meta = MetaFile(version=1)
        timestamp_md.sign(signers["online"])
        _write_metadata(feed_dir / "timestamp.json", timestamp_md)
        return cls(feed_dir)

    # -- reading --------------------------------------------------------------------------

    def latest_root_version(self) -> int:
        versions = [
            int(m.group(1)) for p in self.feed_dir.iterdir() if (m := _ROOT_FILE.match(p.name))
        ]
        if not versions:
            raise FeedError(FeedProblem.NO_ROOT_METADATA, folder=self.feed_dir)
        return max(versions)

    def target_file(self, target_path: str) -> Path:
        """Where the hash-prefixed file of a current target lives in the feed folder."""
        info = self.targets.signed.targets.get(target_path)
        if info is None:
            raise FeedError(FeedProblem.NOT_LISTED, target=target_path)
        dirname, sep, basename = target_path.rpartition("/")
        return self.feed_dir / f"{dirname}{sep}{info.hashes['sha256']}.{basename}"

    def read_target(self, target_path: str) -> bytes:
        """A current target's bytes, checked against the signed length and hash."""
        path = self.target_file(target_path)
        try:
            data = path.read_bytes()
            self.targets.signed.targets[target_path].verify_length_and_hashes(data)
        except OSError as exc:
            raise FeedError(FeedProblem.TARGET_UNREADABLE, file=path, reason=exc.strerror) from None
        except RepositoryError:
            raise FeedError(FeedProblem.TARGET_ALTERED, file=path) from None
        return data

    def index(self) -> FeedIndex:
        return FeedIndex.from_bytes(self.read_target(INDEX_TARGET))

    def metadata_files(self) -> list[Path]:
        """The metadata files a client needs right now (all roots, current others)."""
        roots = [self.feed_dir / f"{v}.root.json" for v in range(1, self.latest_root_version() + 1)]
        return [
            *roots,
            self.feed_dir / f"{self.targets.signed.version}.targets.json",
            self.feed_dir / f"{self.snapshot.signed.version}.snapshot.json",
            self.feed_dir / "timestamp.json",
        ]

    def status(self) -> dict[str, Any]:
        """A summary for people and scripts: versions, expiries, what is published."""
        index = self.index()
        now = _utcnow()
        roles: dict[str, Any] = {}
        for role, md in (
            ("root", self.root),
            ("targets", self.targets),
            ("snapshot", self.snapshot),
            ("timestamp", self.timestamp),
        ):
            roles[role] = {
                "version": md.signed.version,
                "expires": md.signed.expires.isoformat(),
                "expired": md.signed.is_expired(now),
            }
        return {
            "name": index.name,
            "latest_version": index.latest_version,
            "full": index.full,
            "deltas": {str(k): v for k, v in index.deltas.items()},
            "roles": roles,
        }

    # -- signing --------------------------------------------------------------------------

    def write_targets(
        self,
        new_targets: dict[str, bytes],
        signers: dict[str, Signer],
        *,
        keep: set[str],
        expiries: Expiries,
    ) -> None:
        """Add target files, drop listed targets not in ``keep``, re-sign down to timestamp.

        Target files stay on disk after they leave the metadata: a client that began a sync
        against the previous snapshot can still finish it.
        """
        targets = self.targets.signed
        for path in list(targets.targets):
            if path not in keep and path not in new_targets:
                del targets.targets[path]
        for path, data in new_targets.items():
            _add_target(self.feed_dir, targets, path, data)
        now = _utcnow()
        targets.version += 1
        targets.expires = now + expiries.targets
        self.targets.sign(signers["targets"])
        _write_metadata(self.feed_dir / f"{targets.version}.targets.json", self.targets)
        self.write_snapshot_and_timestamp(signers["online"], expiries)

    def write_snapshot_and_timestamp(
        self, online: Signer, expiries: Expiries, *, timestamp_valid: timedelta | None = None
    ) -> None:
        """New snapshot and timestamp versions; ``timestamp.json`` is written last."""
        now = _utcnow()
        snapshot = self.snapshot.signed
        snapshot.version += 1
        snapshot.expires = now + max(expiries.snapshot, timestamp_valid or timedelta(0))
        snapshot.meta["targets.json"] = MetaFile(version=self.targets.signed.version)
        self.snapshot.sign(online)
        _write_metadata(self.feed_dir / f"{snapshot.version}.snapshot.json", self.snapshot)
        timestamp = self.timestamp.signed
        timestamp.version += 1
        timestamp.expires = now + (timestamp_valid or expiries.timestamp)
        timestamp.snapshot_meta = MetaFile(version=snapshot.version)
        self.timestamp.sign(online)
        _write_metadata(self.feed_dir / "timestamp.json", self.timestamp)

    def refresh(
        self,
        key_dir: Path,
        passphrase_for: feed_keys.PassphraseSource,
        *,
        expiries: Expiries | None = None,
        timestamp_valid: timedelta | None = None,
    ) -> None:
        """Re-sign snapshot and timestamp with fresh expiries (the daily cron job)."""
        online = feed_keys.load_key(Path(key_dir), "online", passphrase_for("online"))
        self._check_signer(online, "snapshot")
        self.write_snapshot_and_timestamp(
            online, expiries or Expiries(), timestamp_valid=timestamp_valid
        )

    def load_signers(
        self, key_dir: Path, passphrase_for: feed_keys.PassphraseSource, slots: tuple[str, ...]
    ) -> dict[str, Signer]:
        """Decrypt the named key slots and check each is the key the root names."""
        feed_keys.check_key_dir(Path(key_dir), self.feed_dir)
        signers: dict[str, Signer] = {}
        for slot in slots:
            signer = feed_keys.load_key(Path(key_dir), slot, passphrase_for(slot))
            self._check_signer(signer, "snapshot" if slot == "online" else slot)
            signers[slot] = signer
        return signers

    def _check_signer(self, signer: Signer, role: str) -> None:
        if signer.public_key.keyid not in self.root.signed.roles[role].keyids:
            raise FeedError(
                FeedProblem.WRONG_KEY_FOLDER, slot=feed_keys.slot_for_role(role), role=role
            )

    def rotate_key(
        self,
        key_dir: Path,
        role: str,
        passphrase_for: feed_keys.PassphraseSource,
        *,
        expiries: Expiries | None = None,
    ) -> None:
        """Replace a role's key through a new root version (see docs/coordinators.md).

        The new root is signed by the current root key and, when the root key itself is
        replaced, by the new one too, so clients can follow the chain. Metadata the old key
        signed is re-signed with the new one; afterwards the old key is refused by clients.
        """
        key_dir = Path(key_dir)
        expiries = expiries or Expiries()
        slot = feed_keys.slot_for_role(role)
        old_root_signer = self.load_signers(key_dir, passphrase_for, ("root",))["root"]
        others = tuple(s for s in ("targets", "online") if s != slot)
        signers = self.load_signers(key_dir, passphrase_for, others)
        # Load the key being replaced before generating, so a wrong passphrase stops early.
        if slot != "root":
            self.load_signers(key_dir, passphrase_for, (slot,))
        new_signer = feed_keys.create_key(key_dir, slot, passphrase_for(slot))
        signers[slot] = new_signer
        roles = ["snapshot", "timestamp"] if slot == "online" else [slot]
        root = self.root.signed
        for role_name in roles:
            for keyid in list(root.roles[role_name].keyids):
                root.revoke_key(keyid, role_name)
            root.add_key(new_signer.public_key, role_name)
        root.version += 1
        root.expires = _utcnow() + expiries.root
        self.root.signatures.clear()
        self.root.sign(old_root_signer, append=True)
        if slot == "root":
            self.root.sign(new_signer, append=True)
        _write_metadata(self.feed_dir / f"{root.version}.root.json", self.root)
        _write_metadata(self.feed_dir / "root.json", self.root)
        keep = set(self.targets.signed.targets)
        self.write_targets({}, signers, keep=keep, expiries=expiries)


def _write_metadata(path: Path, md: Metadata[Any]) -> None:
    write_atomic(path, md.to_bytes(JSONSerializer(compact=False)))


def _add_target(feed_dir: Path, targets: Targets, path: str, data: bytes) -> None:
    info = TargetFile.from_data(path, data, ["sha256"])
    dirname, sep, basename = path.rpartition("/")
    write_atomic(feed_dir / f"{dirname}{sep}{info.hashes['sha256']}.{basename}", data)
    targets.targets[path] = info
