"""The detail pane's content: one record as escaped HTML, plus what its Copy links copy.

Every piece of record text goes through :func:`html.escape`: directory data comes from other
people's exports and must never be able to inject markup, links or images into the pane.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from outreach.clock import parse_moment
from outreach.directory import facts, samhsa_codes
from outreach.directory.day_words import day_text
from outreach.directory.derive import category_names, derive_categories
from outreach.directory.hours import open_state, service_timezone, week_hours
from outreach.gui import wording
from outreach.gui.colours import Role, colour
from outreach.gui.data_words import category_name, payments_note, phone_label, samhsa_name
from outreach.gui.directory.status import describe_day_age

#: Verified longer ago than this (two years) and the pane warns under the service's name.
VERIFIED_TOO_LONG_AGO_DAYS = 730

#: Links inside the pane: "copy:<key>" copies ``DetailContent.copy_targets[key]``.
COPY_SCHEME = "copy"

_BADGE_STYLE = {
    "open": "background:#1b7a34; color:white;",
    "closed": "background:#6b6b6b; color:white;",
    "unknown": "background:#e9e2c8; color:#5a4a00;",
}


@dataclass
class DetailContent:
    html: str
    copy_targets: dict[str, str] = field(default_factory=dict)


def _esc(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br>")


def _copy_link(key: str) -> str:
    title = _esc(QCoreApplication.translate("DetailPane", "Copy to the clipboard"))
    label = _esc(QCoreApplication.translate("DetailPane", "[Copy]"))
    return f' &nbsp;<a href="{COPY_SCHEME}:{key}" title="{title}">{label}</a>'


def _section(title: str, body: str) -> str:
    return f'<h4 style="margin-bottom:2px; margin-top:10px;">{_esc(title)}</h4>{body}'


def _paragraphs(*values: str) -> str:
    return "".join(f'<p style="margin:2px 0;">{_esc(v)}</p>' for v in values if v)


def render_detail(record: dict[str, Any], now: datetime) -> DetailContent:
    """The pane for ``record`` at ``now`` (aware): alert first, then hours, how to reach the
    service, who it is for, what to bring, cost, languages, and when it was verified."""
    content = DetailContent("")
    out: list[str] = []
    name = facts.text(record.get("name"))
    out.append(f'<h2 style="margin-bottom:0;">{_esc(name)}</h2>')
    alternate = facts.text(record.get("alternate_name"))
    if alternate and alternate.casefold() != name.casefold():
        # The program's own name: two programs of one place differ only here.
        out.append(f'<p style="margin:2px 0; font-size:large;"><b>{_esc(alternate)}</b></p>')
    org = facts.organization_name(record)
    if org and org != name:
        out.append(f'<p style="margin-top:2px; color:{colour(Role.MUTED)};">{_esc(org)}</p>')
    found = _categories(record)
    if found:
        # Why it came up under a category or a word like "detox".
        line = QCoreApplication.translate("DetailPane", "Categories: %1").replace(
            "%1", " · ".join(found)
        )
        out.append(f'<p style="margin:2px 0; color:{colour(Role.MUTED)};">{_esc(line)}</p>')
    alert = facts.text(record.get("alert"))
    if alert:
        alert_title = QCoreApplication.translate("DetailPane", "Alert:")
        red, background = colour(Role.ERROR), colour(Role.ALERT_BACKGROUND)
        out.append(
            f'<table width="100%" cellpadding="6" style="background:{background};'
            f' border:1px solid {red};"><tr><td><b style="color:{red};">⚠ {_esc(alert_title)}</b>'
            f" {_esc(alert)}</td></tr>"
            "</table>"
        )

    out.append(_old_verification(record, now))
    out.append(_section(QCoreApplication.translate("DetailPane", "Hours"), _hours(record, now)))

    phones = facts.phones(record)
    if phones:
        items = []
        for number, phone in enumerate(phones):
            key = f"phone:{number}"
            content.copy_targets[key] = phone.dial_text
            kind = _phone_kind(phone.kind)
            extra = " · ".join(p for p in (kind, ", ".join(phone.languages)) if p)
            # A number and its extension never wrap apart.
            dial = _esc(phone.dial_text).replace(" ", "&nbsp;")
            items.append(
                f"<p style='margin:2px 0;'><b>{dial}</b>"
                f"{' <small>(' + _esc(extra) + ')</small>' if extra else ''}{_copy_link(key)}"
                + (f"<br><small>{_esc(phone_label(phone.note))}</small>" if phone.note else "")
                + "</p>"
            )
        out.append(_section(QCoreApplication.translate("DetailPane", "Phone"), "".join(items)))

    addresses = facts.addresses(record)
    if addresses:
        items = []
        for number, address in enumerate(addresses):
            key = f"address:{number}"
            content.copy_targets[key] = address.text
            label = f"{_esc(address.label)}<br>" if address.label and address.label != name else ""
            items.append(
                f"<p style='margin:2px 0;'>{label}{_esc(address.text)}{_copy_link(key)}</p>"
            )
        for postcode in facts.approximate_postcodes(record):
            note = QCoreApplication.translate(
                "DetailPane", "Location approximate (ZIP %1): the exact place is not known."
            ).replace("%1", postcode)
            items.append(f"<p style='margin:2px 0; color:{colour(Role.WARNING)};'>{_esc(note)}</p>")
        out.append(_section(QCoreApplication.translate("DetailPane", "Address"), "".join(items)))

    eligibility = facts.text(record.get("eligibility_description"))
    ages = wording.age_range(record)
    if eligibility or ages:
        title = QCoreApplication.translate("DetailPane", "Who it is for")
        out.append(_section(title, _paragraphs(ages, eligibility)))
    documents = facts.required_documents(record)
    if documents:
        listed = "".join(f"<li>{_esc(d)}</li>" for d in documents)
        title = QCoreApplication.translate("DetailPane", "What to bring")
        out.append(_section(title, f"<ul style='margin:0;'>{listed}</ul>"))
    apply = facts.text(record.get("application_process"))
    wait = facts.text(record.get("wait_time"))
    if apply or wait:
        wait_text = QCoreApplication.translate("DetailPane", "Wait: %1").replace("%1", wait)
        title = QCoreApplication.translate("DetailPane", "How to get in")
        out.append(_section(title, _paragraphs(apply, wait_text if wait else "")))
    costs = facts.costs(record)
    payments = [p for p in record.get("x_accepted_payments") or () if isinstance(p, str) and p]
    if payments:
        costs.append(payments_note(payments))
    if costs:
        out.append(_section(QCoreApplication.translate("DetailPane", "Cost"), _paragraphs(*costs)))
    spoken = facts.languages(record)
    interpretation = facts.text(record.get("interpretation_services"))
    if spoken or interpretation:
        title = QCoreApplication.translate("DetailPane", "Languages")
        out.append(_section(title, _paragraphs(", ".join(spoken), interpretation)))
    description = facts.text(record.get("description"))
    if description:
        out.append(
            _section(QCoreApplication.translate("DetailPane", "About"), _paragraphs(description))
        )
    listed = _samhsa_services(record)
    if listed:
        out.append(listed)
    site = facts.website(record)
    email = facts.text(record.get("email"))
    if site or email:
        body = ""
        if site:
            content.copy_targets["website"] = site
            body += f"<p style='margin:2px 0;'>{_esc(site)}{_copy_link('website')}</p>"
        body += _paragraphs(email)
        out.append(_section(QCoreApplication.translate("DetailPane", "Web and email"), body))
    assured = facts.text(record.get("assured_date"))
    sources = facts.listings(record)
    if sources:
        # The data's own dates ("Listed by SAMHSA, 2023"), never when a pack was built.
        verified = QCoreApplication.translate("DetailPane", "Last verified: %1").replace(
            "%1", "; ".join(sources)
        )
    elif assured:
        verified = QCoreApplication.translate("DetailPane", "Last verified %1").replace(
            "%1", assured
        )
    else:
        verified = QCoreApplication.translate("DetailPane", "No verification date recorded")
    mark = record.get("x_corrected")
    if isinstance(mark, dict) and isinstance(mark.get("on"), str):
        edited = QCoreApplication.translate("DetailPane", "Edited by the coordinator on %1")
        verified += " · " + edited.replace("%1", mark["on"])
    muted = colour(Role.MUTED)
    out.append(f"<p style='margin-top:12px; color:{muted};'><small>{_esc(verified)}</small></p>")
    content.html = "".join(out)
    return content


def _categories(record: dict[str, Any]) -> list[str]:
    """The record's categories in the directory's usual order (as the filter lists them)."""
    found = set(derive_categories(record))
    return [category_name(name) for name in category_names() if name in found]


def _old_verification(record: dict[str, Any], now: datetime) -> str:
    """A warning under the name when the service was last verified more than
    :data:`VERIFIED_TOO_LONG_AGO` ago: phones, hours and whole services change in two years."""
    verified = parse_moment(facts.text(record.get("assured_date")))
    if verified is None:
        return ""
    day, today = verified.date(), now.astimezone().date()
    if (today - day).days <= VERIFIED_TOO_LONG_AGO_DAYS:
        return ""
    text = QCoreApplication.translate(
        "DetailPane", "Last verified %1 (%2): call to check before sending someone."
    )
    text = text.replace("%1", day.isoformat()).replace("%2", describe_day_age(day, today))
    amber = colour(Role.WARNING)
    return f'<p style="margin:4px 0; color:{amber}; font-weight:bold;">⚠ {_esc(text)}</p>'


def _samhsa_services(record: dict[str, Any]) -> str:
    """SAMHSA's coded services by code-book group, in the interface language where the app
    words them (:mod:`outreach.gui.data_words`), and the OTP certification."""
    groups = samhsa_codes.grouped_names(record)
    certification = facts.text(record.get("licenses"))
    if not groups and not certification:
        return ""
    body = _paragraphs(certification)
    body += "".join(
        f"<p style='margin:2px 0;'><b>{_esc(_group_title(group))}:</b> "
        f"{_esc('; '.join(samhsa_name(name) for name in names))}</p>"
        for group, names in groups
    )
    title = QCoreApplication.translate("DetailPane", "Services listed by SAMHSA")
    return _section(title, body)


def _group_title(group: str) -> str:
    if group == "Other":  # codes the table does not know
        return QCoreApplication.translate("DetailPane", "Other")
    return samhsa_name(group)


def _phone_kind(kind: str) -> str:
    """HSDS phone types ("voice", "text", …) in the UI language; other values as written."""
    known = {
        "voice": QCoreApplication.translate("DetailPane", "voice"),
        "text": QCoreApplication.translate("DetailPane", "text"),
        "fax": QCoreApplication.translate("DetailPane", "fax"),
        "cell": QCoreApplication.translate("DetailPane", "cell"),
        "video": QCoreApplication.translate("DetailPane", "video"),
        "pager": QCoreApplication.translate("DetailPane", "pager"),
        "textphone": QCoreApplication.translate("DetailPane", "textphone"),
    }
    return known.get(kind.casefold(), kind)


def _hours(record: dict[str, Any], now: datetime) -> str:
    """The Hours section: a badge for now, today, the next seven days, notes and the zone."""
    state = open_state(record, now)
    style = _BADGE_STYLE.get(state.status, _BADGE_STYLE["unknown"])
    label = wording.open_state_label(state, now)
    badge = f'<span style="{style} font-weight:bold;">&nbsp;{_esc(label)}&nbsp;</span>'
    today_date = now.astimezone(service_timezone(record)).date()
    week = week_hours(record, today_date, 7)
    words = wording.hours_words()
    rows = "".join(
        f"<tr><td>{_esc(wording.weekday_date(day.day))}</td>"
        f"<td>&nbsp;{_esc(day_text(day, words))}</td></tr>"
        for day in week
    )
    if all(day.unknown for day in week):
        # Seven rows of "unknown" are noise; say what to do instead.
        advice = QCoreApplication.translate("DetailPane", "Call before going.")
        body = f"<p style='margin:2px 0;'>{badge} &nbsp; {_esc(advice)}</p>"
    else:
        today = QCoreApplication.translate("DetailPane", "Today: %1").replace(
            "%1", day_text(week[0], words)
        )
        body = f"<p style='margin:2px 0;'>{badge} &nbsp; {_esc(today)}</p>"
        body += f'<table cellspacing="0" cellpadding="1">{rows}</table>'
    zone_key = facts.text(record.get("x_timezone"))
    zone = wording.zone_note(zone_key) if zone_key else ""
    return body + _paragraphs(*facts.schedule_notes(record), zone)
