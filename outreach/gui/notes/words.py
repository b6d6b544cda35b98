"""Words for the notes in the interface language: statuses, list items, dates, follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from outreach.gui import wording
from outreach.notes import lists
from outreach.notes.followups import FollowUp
from outreach.notes.referrals import Status


def language() -> str:
    """ "es" or "en": which words of ``resources/notes.toml`` to show."""
    return wording.ui_locale().name()[:2]


def status_label(status: Status) -> str:
    labels = {
        Status.MADE: QCoreApplication.translate("Notes", "Waiting for an answer"),
        Status.ATTAINED: QCoreApplication.translate("Notes", "Got there"),
        Status.NOT_ATTAINED: QCoreApplication.translate("Notes", "Did not get there"),
        Status.DECLINED: QCoreApplication.translate("Notes", "Declined"),
        Status.NO_SHOW: QCoreApplication.translate("Notes", "No show"),
        Status.UNKNOWN: QCoreApplication.translate("Notes", "Unknown"),
    }
    return labels[status]


def outcome_choices() -> list[tuple[Status, str]]:
    """The outcome menu, each with its mnemonic (two keystrokes: open the menu, a letter)."""
    return [
        (Status.ATTAINED, QCoreApplication.translate("Notes", "&Got there")),
        (Status.NOT_ATTAINED, QCoreApplication.translate("Notes", "Did &not get there")),
        (Status.DECLINED, QCoreApplication.translate("Notes", "&Declined")),
        (Status.NO_SHOW, QCoreApplication.translate("Notes", "No &show")),
        (Status.UNKNOWN, QCoreApplication.translate("Notes", "&Unknown")),
    ]


def need_label(key: str) -> str:
    return lists.need_label(key, language())


def supply_label(key: str) -> str:
    return lists.supply_label(key, language())


def day(value: date) -> str:
    """ "Tue 3 Mar 2026" / "mar 3 mar 2026"."""
    return wording.ui_locale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def moment(value: datetime) -> str:
    """The worker's local date and time of an encounter."""
    local = value.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return wording.ui_locale().toString(stamp, "ddd d MMM yyyy HH:mm")


def follow_up_text(item: FollowUp) -> str:
    if item.text:
        return item.text
    if item.referral_service:
        return QCoreApplication.translate("Notes", "Did they get to %1?").replace(
            "%1", item.referral_service
        )
    return QCoreApplication.translate("Notes", "Follow up")


def due_line(item: FollowUp, today: date) -> str:
    """One row of the Due today list."""
    what = follow_up_text(item)
    code = f" [{item.referral_code}]" if item.referral_code else ""
    if item.due_on < today:
        when = QCoreApplication.translate("Notes", "Overdue since %1").replace(
            "%1", day(item.due_on)
        )
    else:
        when = QCoreApplication.translate("Notes", "Today")
    return f"{when} · {item.alias}: {what}{code}"


def due_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Notes", "1 follow-up due")
    return QCoreApplication.translate("Notes", "%1 follow-ups due").replace(
        "%1", QLocale().toString(count)
    )


def with_mnemonics(labels: list[str], reserved: str = "") -> list[str]:
    """Give each label an ``&`` before a letter no other label (nor ``reserved``) uses.

    A matching of labels to letters (Kuhn's augmenting paths), trying each word's first
    letter before the others, so a long checklist in either language still gets one key per
    item; a label left with no free letter gets none rather than a clash.
    """
    blocked = set(reserved.lower())

    def candidates(label: str) -> list[int]:
        letters = [i for i, ch in enumerate(label) if ch.isascii() and ch.isalpha()]
        starts = [i for i in letters if i == 0 or label[i - 1] == " "]
        return starts + [i for i in letters if i not in starts]

    options = [
        [i for i in candidates(label) if label[i].lower() not in blocked] for label in labels
    ]
    owner: dict[str, tuple[int, int]] = {}  # letter -> (label number, position)

    def place(n: int, seen: set[str]) -> bool:
        for index in options[n]:
            letter = labels[n][index].lower()
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter][0], seen):
                owner[letter] = (n, index)
                return True
        return False

    for n in range(len(labels)):
        place(n, set())
    chosen = {n: index for n, index in owner.values()}
    out = []
    for n, label in enumerate(labels):
        escaped = label.replace("&", "&&")
        if n in chosen:
            index = chosen[n]
            escaped = label[:index].replace("&", "&&") + "&" + label[index:].replace("&", "&&")
        out.append(escaped)
    return out
