"""Building, diffing and reading packs: round trips, and every way a pack can be refused."""

from __future__ import annotations

import dataclasses
import io
import json
import struct
import zipfile
from datetime import UTC, datetime

import pytest

from outreach.errors import PackRejected
from outreach.packs import PackBuildFailed, build_pack, make_delta, read_pack
from outreach.packs.format import canonical_json
from tests.pack_samples import hand_made_pack, sample_records, zip_members

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _build(records: list[dict], version: int = 1) -> bytes:
    return build_pack(records, version=version, name="Test county", source="unit", created=CREATED)


def _line(record: dict) -> bytes:
    return canonical_json(record).encode() + b"\n"


def test_full_pack_round_trips_records_sorted_by_id() -> None:
    records = sample_records(5)
    records.reverse()
    pack = read_pack(_build(records, version=3))
    manifest = pack.manifest
    assert (manifest.kind, manifest.version, manifest.base_version) == ("full", 3, None)
    assert (manifest.name, manifest.source, manifest.services, manifest.removed) == (
        "Test county",
        "unit",
        5,
        0,
    )
    assert manifest.created == "2024-05-01T12:00:00Z"
    assert list(pack.iter_records()) == sorted(records, key=lambda r: r["id"])
    assert pack.removed_ids == ()
    # The example service carries nested HSDS objects; they survive untouched.
    assert next(pack.iter_records())["service_at_locations"] == records[0]["service_at_locations"]


def test_build_is_reproducible() -> None:
    records = sample_records(20)
    assert _build(records) == _build(list(reversed(records)))
    assert _build(records) != _build(records, version=2)


def test_delta_holds_only_changes_and_rebuilds_the_new_directory() -> None:
    base_records = sample_records(100)
    new_records = [dict(r) for r in base_records[:95]]  # five removed
    new_records[10]["name"] = "Renamed counselling"
    new_records[20]["alert"] = "Closed for repairs"
    new_records += sample_records(3, prefix="new")  # three added
    base, new = _build(base_records, 4), _build(new_records, 5)

    delta = read_pack(make_delta(base, new))

    manifest = delta.manifest
    assert (manifest.kind, manifest.version, manifest.base_version) == ("delta", 5, 4)
    carried = {r["id"]: r for r in delta.iter_records()}
    assert sorted(carried) == ["new-0000", "new-0001", "new-0002", "svc-0010", "svc-0020"]
    assert carried["svc-0010"]["name"] == "Renamed counselling"
    assert delta.removed_ids == tuple(f"svc-{n:04d}" for n in range(95, 100))
    assert (manifest.services, manifest.removed) == (5, 5)
    rebuilt = {r["id"]: r for r in base_records if r["id"] not in delta.removed_ids}
    rebuilt.update(carried)
    assert rebuilt == {r["id"]: r for r in new_records}


def test_delta_needs_two_full_packs_with_rising_versions() -> None:
    base, new = _build(sample_records(3), 2), _build(sample_records(4), 3)
    with pytest.raises(PackBuildFailed, match="must be higher"):
        make_delta(new, base)
    with pytest.raises(PackBuildFailed, match="two full packs"):
        make_delta(base, make_delta(base, new))


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"name": "No id"}], "record 1 has no id"),
        ([{"id": "a", "name": "A"}, {"id": " ", "name": "B"}], "record 2 has no id"),
        ([{"id": "a"}], "record 1 \\(id 'a'\\) has no name"),
        ([{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], "repeats the id 'a'"),
        (["not a dict"], "record 1 is not a JSON object"),
    ],
)
def test_build_refuses_bad_records(records: list, message: str) -> None:
    with pytest.raises(PackBuildFailed, match=message):
        _build(records)


@pytest.mark.parametrize("version", [0, -1, True, 1.5])
def test_build_refuses_bad_versions(version: object) -> None:
    with pytest.raises(PackBuildFailed, match="version"):
        build_pack([], version=version, name="x", source="y")  # type: ignore[arg-type]


def test_hand_made_pack_helper_is_accepted() -> None:
    """The helper the refusal tests below start from builds a valid pack."""
    pack = read_pack(hand_made_pack(_line({"id": "a", "name": "A"})))
    assert [r["id"] for r in pack.iter_records()] == ["a"]


GOOD = _line({"id": "a", "name": "A"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a resource pack"),
        (b"hello, I am a text file", "not a resource pack"),
        (b"PK\x03\x04" + b"\0" * 100, "not a resource pack"),
        (zip_members({"records.jsonl": GOOD}), "not a resource pack \\(it has no manifest"),
        (
            zip_members(
                {
                    "manifest.json": b"{}",
                    "records.jsonl": b"",
                    "removed.jsonl": b"",
                    "evil.sh": b"rm -rf /",
                }
            ),
            "unexpected 'evil.sh'",
        ),
        (hand_made_pack(b'{"id": "a", "name": "A"}\nnot json\n'), "Record 2 is not valid"),
        (hand_made_pack(b"[1, 2]\n"), "Record 1 is not a JSON object"),
        (hand_made_pack(_line({"name": "A"})), "Record 1 has no id"),
        (hand_made_pack(GOOD + _line({"id": 7, "name": "B"})), "Record 2 has no id"),
        (hand_made_pack(_line({"id": "a", "name": ""})), "Record 1 \\(id 'a'\\) has no name"),
        (hand_made_pack(GOOD + GOOD), "Record 2 repeats the id 'a'"),
        (hand_made_pack(b"\xff\xfe\n"), "Record 1 is not UTF-8"),
        (hand_made_pack(b'{"id": "a", "name": "A", "x": NaN}\n'), "Record 1 is not valid JSON"),
        (
            hand_made_pack(_line({"id": "a", "name": "A", "phones": "555-1234"})),
            "phones is not a list of objects",
        ),
        (
            hand_made_pack(_line({"id": "a", "name": "A", "organization": ["x"]})),
            "organization is not an object",
        ),
        (hand_made_pack(GOOD, services=2), "incomplete: its manifest lists 2 services"),
        (hand_made_pack(GOOD, content_sha256="0" * 64), "damaged: its content does not match"),
        (hand_made_pack(GOOD, format=2), "format 2, newer than this app reads"),
        (hand_made_pack(GOOD, format="1"), "no format number"),
        (hand_made_pack(GOOD, kind="patch"), "unknown kind"),
        (hand_made_pack(GOOD, version=0), "no valid version"),
        (hand_made_pack(GOOD, created="yesterday"), "creation time is not a valid date"),
        (hand_made_pack(GOOD, created="2024-05-01T12:00:00"), "creation time is not a valid"),
        (hand_made_pack(GOOD, name=" "), "has no name"),
        (hand_made_pack(GOOD, base_version=1), "full resource pack cannot have a base"),
        (hand_made_pack(GOOD, b'"b"\n'), "full resource pack cannot remove"),
        (
            hand_made_pack(GOOD, b'"a"\n', kind="delta", version=3, base_version=2),
            "both changes and removes 'a'",
        ),
        (
            hand_made_pack(GOOD, b'"b"\n"b"\n', kind="delta", version=3, base_version=2),
            "removed id twice",
        ),
        (hand_made_pack(GOOD, b"12\n", kind="delta", version=3, base_version=2), "not an id"),
        (
            hand_made_pack(GOOD, kind="delta", version=3, base_version=3),
            "delta to version 3 cannot start from version 3",
        ),
    ],
)
def test_read_refuses_bad_packs_with_a_clear_reason(data: bytes, message: str) -> None:
    with pytest.raises(PackRejected, match=message):
        read_pack(data)


def test_manifest_that_is_not_json_is_refused() -> None:
    data = zip_members({"manifest.json": b"{oops", "records.jsonl": b"", "removed.jsonl": b""})
    with pytest.raises(PackRejected, match="manifest is not valid JSON"):
        read_pack(data)


def test_a_hostile_id_is_cut_short_in_messages() -> None:
    long_id = "x" * 5000
    with pytest.raises(PackRejected) as caught:
        read_pack(hand_made_pack(_line({"id": long_id, "name": "A"}) * 2))
    assert len(str(caught.value)) < 200


def test_zip_bomb_is_stopped_by_the_size_limit() -> None:
    # 50 MB of one repeated record line compresses to well under 1 MB.
    line = _line({"id": "a", "name": "A" * 1000})
    bomb = hand_made_pack(line * 50_000)
    assert len(bomb) < 1_000_000
    with pytest.raises(PackRejected, match=r"would unpack to 5\d,\d{3},\d{3} bytes"):
        read_pack(bomb, max_uncompressed=10_000_000)


def test_size_limit_holds_even_when_the_archive_lies_about_sizes() -> None:
    """Patch the declared sizes down: decompression must still stop, never trust the header."""
    line = _line({"id": "a", "name": "A" * 1000})
    honest = hand_made_pack(line * 20_000)
    real_size = struct.pack("<I", len(line) * 20_000)
    assert honest.count(real_size) == 2  # the local and the central header
    bomb = honest.replace(real_size, struct.pack("<I", 100))
    with pytest.raises(PackRejected, match="damaged"):
        read_pack(bomb, max_uncompressed=1_000_000)


def test_a_single_endless_line_is_refused() -> None:
    blob = b'{"id": "a", "name": "' + b"A" * 5_000_000 + b'"}\n'
    with pytest.raises(PackRejected, match="line longer than allowed"):
        read_pack(hand_made_pack(blob))


def test_same_length_tampering_is_detected() -> None:
    data = _build(sample_records(50))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["records.jsonl"] = members["records.jsonl"].replace(b"Branch 7.", b"Branch 8.")
    with pytest.raises(PackRejected, match="does not match its manifest"):
        read_pack(zip_members(members))
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0xFF
    with pytest.raises(PackRejected):
        read_pack(bytes(flipped))


def test_manifest_is_readable_json_with_every_field() -> None:
    with zipfile.ZipFile(io.BytesIO(_build(sample_records(2)))) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert set(manifest) == {
        "format",
        "kind",
        "version",
        "base_version",
        "created",
        "name",
        "source",
        "services",
        "removed",
        "content_sha256",
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (hand_made_pack(b'{"id": "a", "name": "A"}\nnot json\n'), "Record 2 is not valid"),
        (hand_made_pack(GOOD + _line({"id": 7, "name": "B"})), "Record 2 has no id"),
        (hand_made_pack(GOOD + GOOD), "Record 2 repeats the id 'a'"),
        (hand_made_pack(b"\xff\xfe\n"), "Record 1 is not UTF-8"),
        (
            hand_made_pack(_line({"id": "a", "name": "A", "phones": "555-1234"})),
            "phones is not a list of objects",
        ),
        (
            hand_made_pack(GOOD, b'"a"\n', kind="delta", version=3, base_version=2),
            "both changes and removes 'a'",
        ),
    ],
)
def test_records_left_unchecked_by_read_are_refused_as_they_stream(
    data: bytes, message: str
) -> None:
    """``check_records=False`` moves the record checks to iter_records, never drops them."""
    pack = read_pack(data, check_records=False)
    with pytest.raises(PackRejected, match=message):
        list(pack.iter_records())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (hand_made_pack(GOOD, services=2), "incomplete: its manifest lists 2 services"),
        (hand_made_pack(GOOD, content_sha256="0" * 64), "damaged: its content does not match"),
    ],
)
def test_unchecked_records_still_need_the_checksum_and_count(data: bytes, message: str) -> None:
    with pytest.raises(PackRejected, match=message):
        read_pack(data, check_records=False)


def test_records_stream_the_same_kept_unpacked_or_from_the_archive() -> None:
    records = sample_records(30)
    data = _build(records)
    kept = read_pack(data)
    assert kept.record_lines is not None
    assert len(kept.record_lines) == 30
    streamed = dataclasses.replace(kept, record_lines=None)
    assert list(kept.iter_records()) == list(streamed.iter_records())
    assert [r["id"] for r in kept.iter_records()] == sorted(r["id"] for r in records)
