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
    CHANGED_MEANWHILE = (
        "The directory or the trust in the feed {name} changed while the update was "
        "downloading; nothing changed. Sync again."
    )
