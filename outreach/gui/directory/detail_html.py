"""The detail pane's content: one record as escaped HTML, plus what its Copy links copy.

Every piece of record text goes through :func:`html.escape`: directory data comes from other
people's exports and must never be able to inject markup, links or images into the pane.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from outreach.directory import facts

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
    return f' &nbsp;<a href="{COPY_SCHEME}:{key}" title="Copy to the clipboard">[Copy]</a>'


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
    org = facts.organization_name(record)
    if org and org != name:
        out.append(f'<p style="margin-top:2px; color:#555;">{_esc(org)}</p>')
    alert = facts.text(record.get("alert"))
    if alert:
        out.append(
            '<table width="100%" cellpadding="6" style="background:#fdecea; border:1px solid'
            f' #b00020;"><tr><td><b style="color:#b00020;">⚠ Alert:</b> {_esc(alert)}</td></tr>'
            "</table>"
        )

    hours = facts.hours_summary(record, now)
    style = _BADGE_STYLE.get(hours.status, _BADGE_STYLE["unknown"])
    badge = f'<span style="{style} font-weight:bold;">&nbsp;{_esc(hours.label)}&nbsp;</span>'
    today = f"Today: {_esc(hours.today)}" if hours.week else ""
    rows = "".join(
        f"<tr><td>{day:%a %d %b}</td><td>&nbsp;{_esc(text)}</td></tr>" for day, text in hours.week
    )
    notes = facts.schedule_notes(record)
    all_unknown = all(text == "Hours unknown" for _day, text in hours.week)
    if all_unknown:
        # Seven rows of "unknown" are noise; say what to do instead.
        body = f"<p style='margin:2px 0;'>{badge} &nbsp; Call before going.</p>"
    else:
        body = f"<p style='margin:2px 0;'>{badge} &nbsp; {today}</p>"
        body += f'<table cellspacing="0" cellpadding="1">{rows}</table>' if rows else ""
    body += _paragraphs(*notes, hours.zone_note)
    out.append(_section("Hours", body))

    phones = facts.phones(record)
    if phones:
        items = []
        for number, phone in enumerate(phones):
            key = f"phone:{number}"
            content.copy_targets[key] = phone.dial_text
            extra = " · ".join(p for p in (phone.kind, ", ".join(phone.languages)) if p)
            items.append(
                f"<p style='margin:2px 0;'><b>{_esc(phone.dial_text)}</b>"
                f"{' <small>(' + _esc(extra) + ')</small>' if extra else ''}{_copy_link(key)}"
                + (f"<br><small>{_esc(phone.note)}</small>" if phone.note else "")
                + "</p>"
            )
        out.append(_section("Phone", "".join(items)))

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
        out.append(_section("Address", "".join(items)))

    eligibility = facts.text(record.get("eligibility_description"))
    ages = facts.age_range(record)
    if eligibility or ages:
        out.append(_section("Who it is for", _paragraphs(ages, eligibility)))
    documents = facts.required_documents(record)
    if documents:
        listed = "".join(f"<li>{_esc(d)}</li>" for d in documents)
        out.append(_section("What to bring", f"<ul style='margin:0;'>{listed}</ul>"))
    apply = facts.text(record.get("application_process"))
    wait = facts.text(record.get("wait_time"))
    if apply or wait:
        out.append(_section("How to get in", _paragraphs(apply, f"Wait: {wait}" if wait else "")))
    costs = facts.costs(record)
    if costs:
        out.append(_section("Cost", _paragraphs(*costs)))
    spoken = facts.languages(record)
    interpretation = facts.text(record.get("interpretation_services"))
    if spoken or interpretation:
        out.append(_section("Languages", _paragraphs(", ".join(spoken), interpretation)))
    description = facts.text(record.get("description"))
    if description:
        out.append(_section("About", _paragraphs(description)))
    site = facts.website(record)
    email = facts.text(record.get("email"))
    if site or email:
        body = ""
        if site:
            content.copy_targets["website"] = site
            body += f"<p style='margin:2px 0;'>{_esc(site)}{_copy_link('website')}</p>"
        body += _paragraphs(email)
        out.append(_section("Web and email", body))
    assured = facts.text(record.get("assured_date"))
    verified = f"Last verified {assured}" if assured else "No verification date recorded"
    out.append(f"<p style='margin-top:12px; color:#555;'><small>{_esc(verified)}</small></p>")
    content.html = "".join(out)
    return content
