"""A referral slip for one service record: the facts a person needs to get there, and a QR code.

Qt-free: the GUI (``outreach.gui.slip``) turns :func:`slip_html` into a printed page or PDF.
A slip is built only from the directory record (docs/records.md), never from notes, so it
can be handed over; the QR code holds the name, phone numbers, address and web address.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from outreach.directory import facts
from outreach.directory.day_words import slip_day_text
from outreach.directory.hours import open_state, service_timezone, week_hours

#: Where :func:`slip_html` points its QR image; the renderer supplies the picture.
QR_IMAGE_URL = "slip-qr.png"
_H3 = '<h3 style="margin:10px 0 2px 0">'
#: The QR code's side on the slip, in CSS pixels (1/96 inch).
QR_PIXELS = 104
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class SlipFacts:
    """The parts of a record a referral slip shows, as plain text."""

    name: str
    organization: str = ""
    addresses: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    url: str = ""
    email: str = ""
    today: str = ""
    week: list[tuple[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    eligibility: str = ""
    alert: str = ""
    #: The referral's code when the slip is given for a referral (never the person's alias).
    code: str = ""


@dataclass(frozen=True)
class SlipLabels:
    """The fixed words of a slip. English here (the CLI's); the GUI passes translated ones."""

    note: str = "Note"
    address: str = "Address"
    phone: str = "Phone"
    web: str = "Web"
    email: str = "Email"
    today: str = "Today"
    this_week: str = "This week"
    who_can_go: str = "Who can go"
    what_to_bring: str = "What to bring"
    bring: str = "Bring"
    referral_code: str = "Referral code"


ENGLISH_LABELS = SlipLabels()


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def slip_facts(record: Mapping[str, Any], now: datetime) -> SlipFacts:
    """What the slip shows, with hours for ``now`` (aware) in the service's own zone."""
    local_now = now.astimezone(service_timezone(record))
    week: list[tuple[str, str]] = []
    days = week_hours(record, local_now.date(), 7)
    for day in days:
        week.append((f"{_WEEKDAYS[day.day.weekday()]} {day.day.day}", slip_day_text(day)))
    if all(day.unknown for day in days):
        week = []
    return SlipFacts(
        name=facts.text(record.get("name")),
        organization=facts.organization_name(record),
        addresses=_unique([address.text for address in facts.addresses(record)]),
        phones=[phone.dial_text for phone in facts.phones(record)],
        url=facts.website(record),
        email=facts.text(record.get("email")),
        today=open_state(record, now).label(now),
        week=week,
        documents=_unique(facts.required_documents(record)),
        eligibility=facts.text(record.get("eligibility_description")),
        alert=facts.text(record.get("alert")),
    )


def _mecard_escape(value: str) -> str:
    for char in ("\\", ";", ",", ":", '"'):
        value = value.replace(char, "\\" + char)
    return value.replace("\n", " ")


def qr_payload(record: Mapping[str, Any]) -> str:
    """A MECARD (phones read it as a contact): name, phones, first address, web address.

    Built only from directory fields, so no note text can ever end up in the code.
    """
    phones = facts.phones(record)
    addresses = facts.addresses(record)
    parts = [f"N:{_mecard_escape(facts.text(record.get('name')))}"]
    parts += [f"TEL:{_mecard_escape(phone.number)}" for phone in phones[:3]]
    if addresses:
        parts.append(f"ADR:{_mecard_escape(addresses[0].text)}")
    url = facts.text(record.get("url"))
    if url:
        parts.append(f"URL:{_mecard_escape(url)}")
    return "MECARD:" + ";".join(parts) + ";;"


def slip_text(record: Mapping[str, Any], now: datetime) -> str:
    """The slip as plain text, for the clipboard or a text message."""
    return render_slip_text(slip_facts(record, now))


def render_slip_text(facts: SlipFacts, labels: SlipLabels = ENGLISH_LABELS) -> str:
    """:func:`slip_text` for facts already gathered, with the given labels."""
    lines = [f"{labels.referral_code}: {facts.code}"] if facts.code else []
    lines.append(facts.name)
    if facts.organization and facts.organization != facts.name:
        lines.append(facts.organization)
    if facts.alert:
        lines.append(f"{labels.note}: {facts.alert}")
    lines += [f"{labels.address}: {a}" for a in facts.addresses]
    lines += [f"{labels.phone}: {p}" for p in facts.phones]
    if facts.url:
        lines.append(f"{labels.web}: {facts.url}")
    if facts.today:
        lines.append(f"{labels.today}: {facts.today}")
    if facts.week:
        week = "; ".join(f"{day} {hours}" for day, hours in facts.week)
        lines.append(f"{labels.this_week}: {week}")
    if facts.eligibility:
        lines.append(f"{labels.who_can_go}: {facts.eligibility}")
    if facts.documents:
        lines.append(f"{labels.bring}: " + "; ".join(facts.documents))
    return "\n".join(lines)


def slip_html(record: Mapping[str, Any], now: datetime, *, qr_src: str = QR_IMAGE_URL) -> str:
    """The slip as simple HTML (every value escaped) for QTextDocument; ``qr_src`` names the
    QR image, which the renderer must supply (or pass ``""`` to leave it out)."""
    return render_slip_html(slip_facts(record, now), qr_src=qr_src)


#: A cell whose text never breaks across lines (Qt makes its block "non-breakable": a span
#: with ``nowrap`` only swaps spaces for non-breaking ones and still breaks at a hyphen).
_WHOLE = ' style="white-space:nowrap"'


def render_slip_html(
    facts: SlipFacts, labels: SlipLabels = ENGLISH_LABELS, *, qr_src: str = QR_IMAGE_URL
) -> str:
    """:func:`slip_html` for facts already gathered, with the given labels.

    One layout for every page size (A5 to Letter): the name beside the QR code, then the
    facts across the full width, each label in a column that never wraps."""
    esc = html.escape
    out = []
    if facts.code:
        out.append(
            f'<p style="margin:0 0 6px 0">{esc(labels.referral_code)}: '
            f'<span style="font-size:16pt; font-weight:bold">{esc(facts.code)}</span></p>'
        )
    out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top">')
    out.append(f'<h2 style="margin:0">{esc(facts.name)}</h2>')
    if facts.organization and facts.organization != facts.name:
        out.append(f'<p style="margin:2px 0 0 0">{esc(facts.organization)}</p>')
    out.append("</td>")
    if qr_src:
        # A fixed box in CSS pixels (1/96 inch): about 27 mm on paper.
        image = f'<img src="{esc(qr_src)}" width="{QR_PIXELS}" height="{QR_PIXELS}">'
        out.append(f'<td valign="top" align="right" width="{QR_PIXELS + 8}">{image}</td>')
    out.append("</tr></table>")
    if facts.alert:
        out.append(f'<p style="margin:6px 0 0 0"><b>{esc(labels.note)}:</b> {esc(facts.alert)}</p>')
    # Phones, web and email addresses stay whole: a number split over two lines gets dialled
    # wrong. An address may wrap between its words.
    rows = [(labels.address, a, False) for a in facts.addresses]
    rows += [(labels.phone, p, True) for p in facts.phones]
    if facts.url:
        rows.append((labels.web, facts.url, True))
    if facts.email:
        rows.append((labels.email, facts.email, True))
    if facts.today:
        rows.append((labels.today, facts.today, False))
    out.append(_fact_table(rows))
    if facts.week:
        out.append(f"{_H3}{esc(labels.this_week)}</h3>")
        out.append(_week_table(facts.week))
    if facts.eligibility:
        out.append(
            f'{_H3}{esc(labels.who_can_go)}</h3><p style="margin:0">{esc(facts.eligibility)}</p>'
        )
    if facts.documents:
        out.append(f'{_H3}{esc(labels.what_to_bring)}</h3><ul style="margin-top:0">')
        out += [f"<li>{esc(d)}</li>" for d in facts.documents]
        out.append("</ul>")
    return "\n".join(out)


def _fact_table(rows: list[tuple[str, str, bool]], *, bold: bool = True) -> str:
    """``(label, value, keep_whole)`` rows; a label shown once for a run of the same label (six
    phones, one "Phone")."""
    out = ['<table width="100%" cellspacing="0" cellpadding="2" style="margin-top:6px">']
    previous = None
    for label, value, keep_whole in rows:
        shown = "" if label == previous else html.escape(label)
        previous = label
        if bold and shown:
            shown = f"<b>{shown}</b>"
        out.append(
            f'<tr><td valign="top" width="1%" style="white-space:nowrap; padding-right:8px">'
            f'{shown}</td><td valign="top"{_WHOLE if keep_whole else ""}>'
            f"{html.escape(value)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _week_table(week: list[tuple[str, str]]) -> str:
    """The week in two columns (Mon–Thu, then the rest): four lines instead of seven."""
    half = (len(week) + 1) // 2
    day_cell = '<td valign="top" style="white-space:nowrap; padding-right:8px">'
    hours_cell = '<td valign="top" style="white-space:nowrap; padding-right:28px">'
    out = ['<table cellspacing="0" cellpadding="2" style="margin-top:4px">']
    for left, right in itertools.zip_longest(week[:half], week[half:]):
        days = [left] + ([right] if right else [])
        cells = (
            f"{day_cell}{html.escape(d)}</td>{hours_cell}{html.escape(h)}</td>" for d, h in days
        )
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)
