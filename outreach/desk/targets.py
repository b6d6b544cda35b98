"""Copying a feed folder to where it is served: a folder, rsync over SSH, or an S3 bucket.

Order matters (docs/coordinators.md): a worker who fetches ``timestamp.json`` must find every
file it points to. So every target uploads the hash-named targets and versioned metadata
first, then ``root.json``, and ``timestamp.json`` strictly last; a failure part-way leaves
the old timestamp in place, and workers keep seeing the old, complete version.

Credentials are never stored here: rsync uses the user's SSH set-up (keys, agent, config),
S3 the standard AWS chain (environment, shared credentials file, a named profile).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.desk.problems import DeskProblem
from outreach.errors import FeedError, UserFacingError
from outreach.feed.repository import write_atomic

TIMESTAMP = "timestamp.json"
ROOT = "root.json"
MUTABLE = (ROOT, TIMESTAMP)
_HASHED = re.compile(r"^[0-9a-f]{64}\.")
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"
FRESH_CACHE = "no-cache"


class TargetInvalid(UserFacingError):
    """A publish target's settings cannot work (the message says which)."""


@dataclass(frozen=True)
class UploadResult:
    target: str
    files: int
    bytes: int


def feed_files(feed_dir: Path) -> list[str]:
    """The feed folder's files in upload order, as POSIX paths relative to it.

    Temporary files (dot-names, left by an interrupted write) are never uploaded.
    """
    found: list[str] = []
    for path in sorted(feed_dir.rglob("*")):
        relative = path.relative_to(feed_dir)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found.append(relative.as_posix())
    if TIMESTAMP not in found:
        raise FeedError(DeskProblem.NOT_A_FEED_FOLDER, folder=feed_dir, timestamp=TIMESTAMP)
    rest = [name for name in found if name not in MUTABLE]
    return [*rest, *(name for name in MUTABLE if name in found)]


def cache_control(name: str) -> str:
    """Hash-named and versioned files never change; root.json and timestamp.json do."""
    basename = name.rsplit("/", 1)[-1]
    return FRESH_CACHE if basename in MUTABLE and "/" not in name else IMMUTABLE_CACHE


def _content_type(name: str) -> str:
    return "application/json" if name.endswith(".json") else "application/octet-stream"


@dataclass(frozen=True)
class FolderTarget:
    """A folder a web server serves, often a mounted share."""

    path: Path
    kind: str = "folder"

    def describe(self) -> str:
        return f"folder {self.path}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": str(self.path)}

    def upload(
        self,
        feed_dir: Path,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> UploadResult:
        feed_dir = Path(feed_dir).resolve()
        target = Path(self.path).resolve()
        if target == feed_dir or feed_dir in target.parents or target in feed_dir.parents:
            raise TargetInvalid(DeskProblem.FOLDER_OVERLAPS_FEED, folder=self.path)
        names = feed_files(feed_dir)
        copied = sent = 0
        for number, name in enumerate(names, start=1):
            cancel.raise_if_set()
            progress(number - 1, len(names), f"Copying {name}")
            source, destination = feed_dir / name, target / name
            size = source.stat().st_size
            unchanged = (
                name not in MUTABLE and destination.is_file() and destination.stat().st_size == size
            )
            if unchanged:
                continue
            try:
                write_atomic(destination, source.read_bytes())
            except OSError as exc:
                raise FeedError(
                    DeskProblem.CANNOT_WRITE_COPY, file=destination, reason=exc.strerror
                ) from None
            copied += 1
            sent += size
        progress(len(names), len(names), "Copied")
        return UploadResult(self.describe(), copied, sent)


_RSYNC_DESTINATION = re.compile(r"^(?:[A-Za-z0-9._@\[\]:-]+:)?[^\0\n]+$")


@dataclass(frozen=True)
class RsyncTarget:
    """``user@host:/var/www/feed`` over SSH (or a local path), with rsync."""

    destination: str
    ssh_port: int | None = None
    identity_file: str | None = None
    kind: str = "rsync"

    def describe(self) -> str:
        return f"rsync to {self.destination}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "destination": self.destination,
            "ssh_port": self.ssh_port,
            "identity_file": self.identity_file,
        }

    def check(self) -> None:
        if self.destination.startswith("-") or not _RSYNC_DESTINATION.match(self.destination):
            raise TargetInvalid(
                DeskProblem.NOT_RSYNC_DESTINATION, destination=repr(self.destination)
            )
        if self.ssh_port is not None and not 0 < self.ssh_port < 65536:
            raise TargetInvalid(DeskProblem.NOT_A_PORT, port=self.ssh_port)

    def commands(self, feed_dir: Path) -> list[list[str]]:
        """The two rsync runs: everything but the timestamp (in place at the end), then it."""
        self.check()
        base = ["rsync", "--archive", "--delay-updates", "--exclude=.*"]
        if self.ssh_port is not None or self.identity_file:
            ssh = ["ssh", "-o", "BatchMode=yes"]
            if self.ssh_port is not None:
                ssh += ["-p", str(self.ssh_port)]
            if self.identity_file:
                ssh += ["-i", self.identity_file]
            base += ["-e", " ".join(ssh)]
        else:
            base += ["-e", "ssh -o BatchMode=yes"]  # never prompt: a window cannot answer
        destination = self.destination.rstrip("/") + "/"
        source = str(Path(feed_dir)) + "/"
        return [
            [*base, f"--exclude={TIMESTAMP}", source, destination],
            [*base, source + TIMESTAMP, destination + TIMESTAMP],
        ]

    def upload(
        self,
        feed_dir: Path,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> UploadResult:
        if shutil.which("rsync") is None:
            raise TargetInvalid(DeskProblem.NO_RSYNC)
        names = feed_files(Path(feed_dir))
        commands = self.commands(Path(feed_dir))
        for step, command in enumerate(commands):
            cancel.raise_if_set()
            progress(step, len(commands), "Uploading with rsync")
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                detail = (done.stderr.strip().splitlines() or ["no message"])[-1][:300]
                raise FeedError(
                    DeskProblem.RSYNC_FAILED,
                    destination=self.destination,
                    code=done.returncode,
                    detail=detail,
                )
        progress(len(commands), len(commands), "Uploaded")
        total = sum((Path(feed_dir) / name).stat().st_size for name in names)
        return UploadResult(self.describe(), len(names), total)


@dataclass(frozen=True)
class S3Target:
    """An S3-compatible bucket (AWS S3, R2, B2, MinIO…), under an optional prefix."""

    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str | None = None
    profile: str | None = None
    kind: str = "s3"

    def describe(self) -> str:
        where = f"s3://{self.bucket}/{self.prefix.strip('/')}".rstrip("/")
        return where + (f" at {self.endpoint_url}" if self.endpoint_url else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "bucket": self.bucket,
            "prefix": self.prefix,
            "endpoint_url": self.endpoint_url,
            "region": self.region,
            "profile": self.profile,
        }

    def _key(self, name: str) -> str:
        prefix = self.prefix.strip("/")
        return f"{prefix}/{name}" if prefix else name

    def client(self) -> Any:
        import boto3
        from botocore.config import Config

        session = boto3.session.Session(profile_name=self.profile, region_name=self.region)
        return session.client(
            "s3",
            endpoint_url=self.endpoint_url,
            config=Config(retries={"max_attempts": 3}, connect_timeout=10, read_timeout=60),
        )

    def upload(
        self,
        feed_dir: Path,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> UploadResult:
        from botocore.exceptions import BotoCoreError, ClientError

        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", self.bucket):
            raise TargetInvalid(DeskProblem.NOT_A_BUCKET, bucket=repr(self.bucket))
        names = feed_files(Path(feed_dir))
        copied = sent = 0
        try:
            client = self.client()
            present = self._sizes(client)
            for number, name in enumerate(names, start=1):
                cancel.raise_if_set()
                progress(number - 1, len(names), f"Uploading {name}")
                data = (Path(feed_dir) / name).read_bytes()
                if name not in MUTABLE and present.get(self._key(name)) == len(data):
                    continue  # immutable and already there
                client.put_object(
                    Bucket=self.bucket,
                    Key=self._key(name),
                    Body=data,
                    CacheControl=cache_control(name),
                    ContentType=_content_type(name),
                )
                copied += 1
                sent += len(data)
        except (BotoCoreError, ClientError) as exc:
            raise FeedError(
                DeskProblem.UPLOAD_FAILED, target=self.describe(), reason=_boto_reason(exc)
            ) from None
        progress(len(names), len(names), "Uploaded")
        return UploadResult(self.describe(), copied, sent)

    def _sizes(self, client: Any) -> dict[str, int]:
        sizes: dict[str, int] = {}
        prefix = self._key("") if self.prefix.strip("/") else ""
        for page in client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        ):
            for item in page.get("Contents", ()):
                sizes[item["Key"]] = int(item["Size"])
        return sizes


def _boto_reason(exc: Exception) -> str:
    """The error code or class only: a botocore message can echo request details."""
    response = getattr(exc, "response", None)
    if isinstance(response, Mapping):
        code = response.get("Error", {}).get("Code")
        if code:
            return str(code)
    return type(exc).__name__


PublishTarget = FolderTarget | RsyncTarget | S3Target


def target_from_json(raw: Mapping[str, Any]) -> PublishTarget:
    kind = raw.get("kind")
    try:
        if kind == "folder":
            return FolderTarget(Path(str(raw["path"])))
        if kind == "rsync":
            port = raw.get("ssh_port")
            target = RsyncTarget(
                str(raw["destination"]),
                int(port) if port is not None else None,
                raw.get("identity_file") or None,
            )
            target.check()
            return target
        if kind == "s3":
            return S3Target(
                str(raw["bucket"]),
                str(raw.get("prefix") or ""),
                raw.get("endpoint_url") or None,
                raw.get("region") or None,
                raw.get("profile") or None,
            )
    except (KeyError, TypeError, ValueError):
        pass
    raise TargetInvalid(f"A publish target in the desk settings is not valid: {dict(raw)!r}.")
