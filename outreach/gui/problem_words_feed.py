"""The coded errors of feeds, resource packs and the coordinator's desk, in the interface
language (see :mod:`outreach.gui.problem_words`)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from outreach.desk.problems import DeskProblem
from outreach.feed.problems import FeedProblem
from outreach.packs.problems import PackProblem


def feed_words() -> dict[enum.Enum, str]:
    return {
        FeedProblem.ROOT_INVALID: QCoreApplication.translate(
            "Problem", "{where}: the feed's root metadata is not valid ({detail})."
        ),
        FeedProblem.NOT_CONSISTENT: QCoreApplication.translate(
            "Problem", "{where}: the feed does not use consistent snapshots."
        ),
        FeedProblem.URL_NOT_HTTP: QCoreApplication.translate(
            "Problem", "The feed URL must start with http:// or https:// (got {url})."
        ),
        FeedProblem.INVITE_TOO_LARGE: QCoreApplication.translate(
            "Problem", "{where}: too large to be an invite."
        ),
        FeedProblem.INVITE_NOT_JSON: QCoreApplication.translate(
            "Problem", "{where}: not a feed invite (not valid JSON: {detail})."
        ),
        FeedProblem.INVITE_NO_FORMAT: QCoreApplication.translate(
            "Problem", "{where}: not a feed invite (missing or unknown 'format')."
        ),
        FeedProblem.INVITE_NO_NAME: QCoreApplication.translate(
            "Problem", "{where}: the field 'name' is missing or empty."
        ),
        FeedProblem.INVITE_BAD_URL: QCoreApplication.translate(
            "Problem", "{where}: the field 'url' is not an http(s) URL."
        ),
        FeedProblem.INVITE_NO_ROOT: QCoreApplication.translate(
            "Problem", "{where}: the field 'root' is missing."
        ),
        FeedProblem.TRUSTED_WITH_OTHER_KEYS: QCoreApplication.translate(
            "Problem",
            "A feed named {name} is already trusted with other keys, and the invite's keys "
            "do not follow from them. Remove the feed first if you trust this invite.",
        ),
        FeedProblem.TRUST_CHANGED: QCoreApplication.translate(
            "Problem", "The trust in the feed {name} changed meanwhile; try again."
        ),
        FeedProblem.ROOT_NOT_FETCHED: QCoreApplication.translate(
            "Problem",
            "The invite's keys are newer than the ones trusted; checking that they follow "
            "from them needs the feed's root version {version}, which could not be fetched. "
            "Connect to the internet and try again.",
        ),
        FeedProblem.NO_FEED: QCoreApplication.translate(
            "Problem", "No feed is set up. Add one with: outreach feed add INVITE"
        ),
        FeedProblem.SEVERAL_FEEDS: QCoreApplication.translate(
            "Problem", "Several feeds are set up; say which one with --feed NAME."
        ),
        FeedProblem.NO_SUCH_FEED: QCoreApplication.translate("Problem", "No feed named {name}."),
        FeedProblem.METADATA_UNREADABLE: QCoreApplication.translate(
            "Problem", "The verified feed metadata could not be read back."
        ),
        FeedProblem.NOT_LISTED: QCoreApplication.translate(
            "Problem", "The feed does not list {target}."
        ),
        FeedProblem.NO_PACK_YET: QCoreApplication.translate(
            "Problem", "The feed {name} has not published a pack yet."
        ),
        FeedProblem.INDEX_TOO_LARGE: QCoreApplication.translate(
            "Problem", "The feed index is too large."
        ),
        FeedProblem.REMOVED_WHILE_CHECKING: QCoreApplication.translate(
            "Problem", "The feed {name} was removed while it was being checked."
        ),
        FeedProblem.CHANGED_MEANWHILE: QCoreApplication.translate(
            "Problem",
            "The directory or the trust in the feed {name} changed while the update "
            "was downloading; nothing changed. Sync again.",
        ),
        FeedProblem.SIGNATURE_VALIDITY: QCoreApplication.translate(
            "Problem",
            "The {role} signature must stay valid for some time (got {valid}); nothing was signed.",
        ),
        FeedProblem.NOT_A_FEED_FOLDER: QCoreApplication.translate(
            "Problem", "{folder} is not a feed folder (no timestamp.json)."
        ),
        FeedProblem.FOLDER_DAMAGED: QCoreApplication.translate(
            "Problem", "The feed folder {folder} is incomplete or damaged: {detail}"
        ),
        FeedProblem.NEEDS_NAME: QCoreApplication.translate("Problem", "The feed needs a name."),
        FeedProblem.FOLDER_HOLDS_FEED: QCoreApplication.translate(
            "Problem", "{folder} already holds a feed."
        ),
        FeedProblem.KEY_FOLDER_NOT_EMPTY: QCoreApplication.translate(
            "Problem", "{folder} already holds feed keys; use an empty key folder."
        ),
        FeedProblem.NO_ROOT_METADATA: QCoreApplication.translate(
            "Problem", "{folder} holds no root metadata."
        ),
        FeedProblem.TARGET_UNREADABLE: QCoreApplication.translate(
            "Problem", "Cannot read {file}: {reason}."
        ),
        FeedProblem.TARGET_ALTERED: QCoreApplication.translate(
            "Problem", "{file} does not match its signed hash; the folder was altered."
        ),
        FeedProblem.WRONG_KEY_FOLDER: QCoreApplication.translate(
            "Problem",
            "The {slot} key in the key folder is not the one this feed's root trusts "
            "for {role}; wrong key folder?",
        ),
        FeedProblem.UNKNOWN_ROLE: QCoreApplication.translate(
            "Problem", "Unknown role {role}: use root, targets, snapshot, timestamp or online."
        ),
        FeedProblem.NO_PASSPHRASE_ENV: QCoreApplication.translate(
            "Problem", "No passphrase for the {slot} key: set {variable}."
        ),
        FeedProblem.KEYS_INSIDE_FEED: QCoreApplication.translate(
            "Problem",
            "The key folder {keys} is inside the feed folder {feed}; keys there "
            "would be published. Choose a folder outside it.",
        ),
        FeedProblem.EMPTY_KEY_PASSPHRASE: QCoreApplication.translate(
            "Problem", "The {slot} key passphrase must not be empty."
        ),
        FeedProblem.NO_KEY: QCoreApplication.translate("Problem", "No {slot} key at {file}."),
        FeedProblem.KEY_UNREADABLE: QCoreApplication.translate(
            "Problem", "Cannot read the {slot} key at {file}: {reason}."
        ),
        FeedProblem.WRONG_KEY_PASSPHRASE: QCoreApplication.translate(
            "Problem", "Wrong passphrase for the {slot} key, or {file} is damaged."
        ),
        FeedProblem.NOT_ED25519: QCoreApplication.translate(
            "Problem", "{file} is not an Ed25519 key."
        ),
        FeedProblem.CANNOT_PUBLISH_PACK: QCoreApplication.translate(
            "Problem", "Cannot publish this pack: {detail}"
        ),
        FeedProblem.PUBLISH_FULL_PACK: QCoreApplication.translate(
            "Problem", "Publish a full pack; the feed computes deltas itself."
        ),
        FeedProblem.PACK_VERSION_NOT_NEWER: QCoreApplication.translate(
            "Problem",
            "The pack is version {version}, but the feed already has version "
            "{latest}. Build the pack with a higher version.",
        ),
    }


def pack_words() -> dict[enum.Enum, str]:
    return {
        PackProblem.NEEDS_BASE: QCoreApplication.translate(
            "Problem",
            "This update needs version {base} of the directory and version {have} is "
            "installed; get the full pack instead.",
        ),
        PackProblem.NEEDS_BASE_NO_FEED: QCoreApplication.translate(
            "Problem",
            "This update needs version {base} of the directory and no version from a "
            "feed is installed; get the full pack instead.",
        ),
        PackProblem.STARTER_NOT_NEEDED: QCoreApplication.translate(
            "Problem",
            "A directory from a feed is already installed; the starter pack is not needed.",
        ),
        PackProblem.OLDER: QCoreApplication.translate(
            "Problem",
            "Pack version {version} is older than the installed version {installed}; "
            "it was not applied.",
        ),
        PackProblem.NOT_A_PACK: QCoreApplication.translate(
            "Problem", "This file is not a resource pack."
        ),
        PackProblem.NO_MANIFEST: QCoreApplication.translate(
            "Problem", "This file is not a resource pack (it has no manifest)."
        ),
        PackProblem.ARCHIVE_DAMAGED: QCoreApplication.translate(
            "Problem", "This file is not a resource pack (the archive is damaged)."
        ),
        PackProblem.UNEXPECTED_MEMBER: QCoreApplication.translate(
            "Problem", "The resource pack's contents are not as expected: unexpected {member}."
        ),
        PackProblem.CONTENTS_NOT_AS_EXPECTED: QCoreApplication.translate(
            "Problem", "The resource pack's contents are not as expected."
        ),
        PackProblem.COMPRESSION: QCoreApplication.translate(
            "Problem", "The resource pack uses a compression this app does not read."
        ),
        PackProblem.TOO_BIG: QCoreApplication.translate(
            "Problem",
            "The resource pack would unpack to {size} bytes, more than the {allowed} allowed.",
        ),
        PackProblem.MEMBER_TOO_BIG: QCoreApplication.translate(
            "Problem", "The resource pack's {member} unpacks to more than {allowed} bytes."
        ),
        PackProblem.MEMBER_UNREADABLE: QCoreApplication.translate(
            "Problem", "The resource pack is damaged ({member} cannot be read)."
        ),
        PackProblem.INCOMPLETE: QCoreApplication.translate(
            "Problem",
            "The resource pack is incomplete: its manifest lists {services} services "
            "and {removals} removals, it holds {held_services} and {held_removals}.",
        ),
        PackProblem.CONTENT_MISMATCH: QCoreApplication.translate(
            "Problem", "The resource pack is damaged: its content does not match its manifest."
        ),
        PackProblem.NEWER_FORMAT: QCoreApplication.translate(
            "Problem",
            "This resource pack uses format {format}, newer than this app reads "
            "({readable}). Update Outreach Companion.",
        ),
        PackProblem.STARTER_MISSING: QCoreApplication.translate(
            "Problem", "The starter directory is not included in this installation."
        ),
    }


def desk_words() -> dict[enum.Enum, str]:
    return {
        DeskProblem.NOT_A_FEED_FOLDER: QCoreApplication.translate(
            "Problem", "{folder} is not a feed folder (no {timestamp})."
        ),
        DeskProblem.FOLDER_OVERLAPS_FEED: QCoreApplication.translate(
            "Problem", "The folder {folder} overlaps the feed folder itself."
        ),
        DeskProblem.CANNOT_WRITE_COPY: QCoreApplication.translate(
            "Problem", "Cannot write {file}: {reason}. Workers still see the previous version."
        ),
        DeskProblem.NOT_RSYNC_DESTINATION: QCoreApplication.translate(
            "Problem", "{destination} is not an rsync destination."
        ),
        DeskProblem.NOT_A_PORT: QCoreApplication.translate(
            "Problem", "SSH port {port} is not a port number."
        ),
        DeskProblem.NO_RSYNC: QCoreApplication.translate(
            "Problem", "rsync is not installed on this computer."
        ),
        DeskProblem.RSYNC_FAILED: QCoreApplication.translate(
            "Problem",
            "rsync to {destination} failed (exit {code}): {detail}. Workers still "
            "see the previous version.",
        ),
        DeskProblem.NOT_A_BUCKET: QCoreApplication.translate(
            "Problem", "{bucket} is not a bucket name."
        ),
        DeskProblem.UPLOAD_FAILED: QCoreApplication.translate(
            "Problem",
            "Uploading to {target} failed ({reason}). Workers still see the previous version.",
        ),
        DeskProblem.CORRECTIONS_UNREADABLE: QCoreApplication.translate(
            "Problem", "The corrections file {file} cannot be read ({kind}); it was left as it is."
        ),
        DeskProblem.NOT_CORRECTABLE: QCoreApplication.translate(
            "Problem", "{field} cannot be corrected here."
        ),
        DeskProblem.ADDRESS_NEEDS_PARTS: QCoreApplication.translate(
            "Problem", "An address correction needs its parts (street, city, …)."
        ),
        DeskProblem.ADDRESS_NEEDS_STREET_AND_CITY: QCoreApplication.translate(
            "Problem", "An address needs at least a street and a city."
        ),
        DeskProblem.CORRECTION_NOT_TEXT: QCoreApplication.translate(
            "Problem", "The {field} correction must be text."
        ),
        DeskProblem.NOT_A_STATUS: QCoreApplication.translate(
            "Problem", "Status {status} is not one of: {choices}."
        ),
        DeskProblem.NOT_A_PHONE: QCoreApplication.translate(
            "Problem", "{phone} is not a phone number."
        ),
        DeskProblem.HOURS_EMPTY: QCoreApplication.translate(
            "Problem", "Type the opening hours, e.g. Mon-Fri 09:00-17:00."
        ),
        DeskProblem.HOURS_DAYS_UNREADABLE: QCoreApplication.translate(
            "Problem", "Cannot read the days in {part}."
        ),
        DeskProblem.HOURS_PART_UNREADABLE: QCoreApplication.translate(
            "Problem",
            "Cannot read {part}: write the days, then the hours, e.g. Mon-Fri 09:00-17:00.",
        ),
        DeskProblem.HOURS_NO_OPENING: QCoreApplication.translate(
            "Problem", "Those hours have no opening time on any day."
        ),
        DeskProblem.HOURS_TIMES_UNREADABLE: QCoreApplication.translate(
            "Problem",
            "Cannot read the times {window} in {part}: write them as 09:00-17:00 or 9am-5pm.",
        ),
        DeskProblem.HOURS_SAME_TIME: QCoreApplication.translate(
            "Problem", "{window} opens and closes at the same time."
        ),
        DeskProblem.SETTINGS_UNREADABLE: QCoreApplication.translate(
            "Problem", "The desk settings {file} cannot be read ({kind})."
        ),
        DeskProblem.NO_TARGET_NUMBER: QCoreApplication.translate(
            "Problem", "There is no publish target number {number}."
        ),
        DeskProblem.NO_SERVICES_READ: QCoreApplication.translate(
            "Problem", "No services could be read from that export; nothing changed."
        ),
        DeskProblem.NO_DRAFT: QCoreApplication.translate(
            "Problem", "There is no draft: import an export first."
        ),
        DeskProblem.NO_SUCH_SERVICE: QCoreApplication.translate(
            "Problem",
            "There is no service {service} in the current import; import the export "
            "first, then correct it.",
        ),
        DeskProblem.NOTHING_TO_PUBLISH: QCoreApplication.translate(
            "Problem", "The draft is the same as the published version: nothing to publish."
        ),
        DeskProblem.REPEATED_ID: QCoreApplication.translate(
            "Problem",
            "Two services in the export share the id {service}; corrections are kept "
            "by id, so the export must give each service its own.",
        ),
    }
