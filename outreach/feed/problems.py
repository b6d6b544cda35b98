"""Why adding, trusting or reading a feed was refused: codes a ``FeedError`` carries.

The value is the English wording, with ``{name}`` fields, that the command line prints; the
GUI words each code in its own language (``outreach.gui.problem_words``).
"""

from __future__ import annotations

import enum


class FeedProblem(enum.Enum):
    #: ``where``: the invite (its file name); ``detail``: what the TUF library said.
    ROOT_INVALID = "{where}: the feed's root metadata is not valid ({detail})."
    NOT_CONSISTENT = "{where}: the feed does not use consistent snapshots."
    URL_NOT_HTTP = "The feed URL must start with http:// or https:// (got {url})."
    INVITE_TOO_LARGE = "{where}: too large to be an invite."
    INVITE_NOT_JSON = "{where}: not a feed invite (not valid JSON: {detail})."
    INVITE_NO_FORMAT = "{where}: not a feed invite (missing or unknown 'format')."
    INVITE_NO_NAME = "{where}: the field 'name' is missing or empty."
    INVITE_BAD_URL = "{where}: the field 'url' is not an http(s) URL."
    INVITE_NO_ROOT = "{where}: the field 'root' is missing."
    #: ``name``: the feed's name in quotes.
    TRUSTED_WITH_OTHER_KEYS = (
        "A feed named {name} is already trusted with other keys, and the invite's keys do not "
        "follow from them. Remove the feed first if you trust this invite."
    )
    TRUST_CHANGED = "The trust in the feed {name} changed meanwhile; try again."
    ROOT_NOT_FETCHED = (
        "The invite's keys are newer than the ones trusted; checking that they follow from "
        "them needs the feed's root version {version}, which could not be fetched. Connect to "
        "the internet and try again."
    )
    NO_FEED = "No feed is set up. Add one with: outreach feed add INVITE"
    SEVERAL_FEEDS = "Several feeds are set up; say which one with --feed NAME."
    NO_SUCH_FEED = "No feed named {name}."
    METADATA_UNREADABLE = "The verified feed metadata could not be read back."
    NOT_LISTED = "The feed does not list {target}."
    NO_PACK_YET = "The feed {name} has not published a pack yet."
    INDEX_TOO_LARGE = "The feed index is too large."
    REMOVED_WHILE_CHECKING = "The feed {name} was removed while it was being checked."
    # The coordinator's side: the feed folder, its keys, publishing.
    SIGNATURE_VALIDITY = (
        "The {role} signature must stay valid for some time (got {valid}); nothing was signed."
    )
    NOT_A_FEED_FOLDER = "{folder} is not a feed folder (no timestamp.json)."
    FOLDER_DAMAGED = "The feed folder {folder} is incomplete or damaged: {detail}"
    NEEDS_NAME = "The feed needs a name."
    FOLDER_HOLDS_FEED = "{folder} already holds a feed."
    KEY_FOLDER_NOT_EMPTY = "{folder} already holds feed keys; use an empty key folder."
    NO_ROOT_METADATA = "{folder} holds no root metadata."
    TARGET_UNREADABLE = "Cannot read {file}: {reason}."
    TARGET_ALTERED = "{file} does not match its signed hash; the folder was altered."
    WRONG_KEY_FOLDER = (
        "The {slot} key in the key folder is not the one this feed's root trusts for {role}; "
        "wrong key folder?"
    )
    UNKNOWN_ROLE = "Unknown role {role}: use root, targets, snapshot, timestamp or online."
    NO_PASSPHRASE_ENV = "No passphrase for the {slot} key: set {variable}."
    KEYS_INSIDE_FEED = (
        "The key folder {keys} is inside the feed folder {feed}; keys there would be "
        "published. Choose a folder outside it."
    )
    EMPTY_KEY_PASSPHRASE = "The {slot} key passphrase must not be empty."
    NO_KEY = "No {slot} key at {file}."
    KEY_UNREADABLE = "Cannot read the {slot} key at {file}: {reason}."
    WRONG_KEY_PASSPHRASE = "Wrong passphrase for the {slot} key, or {file} is damaged."
    NOT_ED25519 = "{file} is not an Ed25519 key."
    CANNOT_PUBLISH_PACK = "Cannot publish this pack: {detail}"
    PUBLISH_FULL_PACK = "Publish a full pack; the feed computes deltas itself."
    PACK_VERSION_NOT_NEWER = (
        "The pack is version {version}, but the feed already has version {latest}. Build "
        "the pack with a higher version."
    )
    CHANGED_MEANWHILE = (
        "The directory or the trust in the feed {name} changed while the update was "
        "downloading; nothing changed. Sync again."
    )
