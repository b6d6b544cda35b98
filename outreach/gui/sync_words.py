"""What a sync did, worded in the interface language from the core's codes (never by
matching its English). The English source texts are the core's own wording
(:class:`outreach.feed.outcome.SyncReason` values), so the English interface says exactly
what the command line says; ``tests/test_gui_sync_words.py`` keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from outreach.feed.outcome import SyncReason, SyncResult, fill
from outreach.gui import wording
from outreach.gui.problem_words import named_problem_text


def reason_template(reason: SyncReason) -> str:
    """The translated template of ``reason`` (``%1`` feed, ``%2`` detail, ``%3``… numbers)."""
    words = {
        SyncReason.UPDATED: QCoreApplication.translate(
            "SyncWords", "Updated to version %3: %4 added, %5 updated, %6 removed."
        ),
        SyncReason.ALREADY_INSTALLED: QCoreApplication.translate(
            "SyncWords", "Version %3 is already installed; nothing changed."
        ),
        SyncReason.UP_TO_DATE: QCoreApplication.translate(
            "SyncWords", "The directory is up to date (version %3)."
        ),
        SyncReason.EXPIRED: QCoreApplication.translate(
            "SyncWords",
            "The signatures of the feed %1 have expired, so it cannot be verified now; the "
            "current directory is kept. Tell the feed's coordinator if this lasts.",
        ),
        SyncReason.OVERSIZED: QCoreApplication.translate(
            "SyncWords",
            "The feed %1 sent more data than it signed for; the download was refused and "
            "nothing changed.",
        ),
        SyncReason.HTTP_ERROR: QCoreApplication.translate(
            "SyncWords",
            "Could not reach the feed %1: the server answered HTTP %2. Nothing changed; try "
            "again later.",
        ),
        SyncReason.STALLED: QCoreApplication.translate(
            "SyncWords",
            "Could not reach the feed %1: the server stopped responding. Nothing changed.",
        ),
        SyncReason.UNREACHABLE: QCoreApplication.translate(
            "SyncWords",
            "Could not reach the feed %1 (no connection, or the download was cut off). Nothing "
            "changed; the current directory stays in use.",
        ),
        SyncReason.ROLLBACK: QCoreApplication.translate(
            "SyncWords",
            "The feed %1 offered older metadata than already seen (a rollback); it was refused "
            "and nothing changed.",
        ),
        SyncReason.UNSIGNED: QCoreApplication.translate(
            "SyncWords",
            "The feed %1 sent metadata that is not signed by its trusted keys; it was refused "
            "and nothing changed.",
        ),
        SyncReason.TAMPERED: QCoreApplication.translate(
            "SyncWords",
            "A file from the feed %1 does not match its signed hash (tampered or damaged); it "
            "was refused and nothing changed.",
        ),
        SyncReason.FAILED_VERIFICATION: QCoreApplication.translate(
            "SyncWords", "The feed %1 failed verification (%2); nothing changed."
        ),
        SyncReason.REFUSED: QCoreApplication.translate("SyncWords", "%2 Nothing changed."),
        SyncReason.BUNDLE_UNREADABLE: QCoreApplication.translate("SyncWords", "Cannot read %2."),
        SyncReason.RECORDED_TEXT: "%2",  # an old record's own sentence: nothing to translate
    }
    return words[reason]


def sync_result_text(result: SyncResult) -> str:
    """What one feed's sync did, in the interface language (counts in its number format);
    a coded refusal's detail is worded from its code too."""
    values = result.values
    if result.detail_code:
        detail = named_problem_text(result.detail_code, dict(result.detail_values))
        if detail is not None:
            values = (values[0], detail, *values[2:])
    return fill(reason_template(result.reason), values, number=lambda n: wording.number(int(n)))


def first_sentence(text: str) -> str:
    """The status-bar version of a longer message."""
    head, _, _ = text.partition(". ")
    return head.rstrip(".") + "."
