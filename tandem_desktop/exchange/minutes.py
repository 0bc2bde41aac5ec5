"""Agenda and minutes of a meeting as Markdown (clipboard) and HTML (PDF, see ui.printing).

The meeting page gathers what the minutes hold, already worded for display
(dates, sources, the names of the meeting's status and the items' kinds); the
fixed words come from the caller's ``Translate`` ("MeetingMinutes" context).
Every piece of user text is escaped for the format it goes into.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from tandem_desktop.domain.records import AgendaItem, Meeting, Task
from tandem_desktop.domain.translation import Translate


def _words(translate: Translate) -> dict[str, str]:
    """The fixed words of the minutes, in the caller's language."""
    return {
        "Check-in": translate("MeetingMinutes", "Check-in"),
        "Agenda": translate("MeetingMinutes", "Agenda"),
        "Moved on to a later meeting": translate("MeetingMinutes", "Moved on to a later meeting"),
        "Notes": translate("MeetingMinutes", "Notes"),
        "Action items": translate("MeetingMinutes", "Action items"),
        "Retrospective": translate("MeetingMinutes", "Retrospective"),
        "Rating: %1 of 5": translate("MeetingMinutes", "Rating: %1 of 5"),
        "Topic": translate("MeetingMinutes", "Topic"),
        "Kind": translate("MeetingMinutes", "Kind"),
        "Source": translate("MeetingMinutes", "Source"),
    }


@dataclass
class Minutes:
    """What the minutes of one meeting hold, already worded for display."""

    meeting: Meeting
    when: str
    status: str  # the meeting's status, worded
    items: list[AgendaItem]
    sources: dict[str, str]
    kind_names: dict[str, str] = field(default_factory=dict)  # agenda item kind -> its name
    tasks: list[Task] = field(default_factory=list)
    carried_on: list[AgendaItem] = field(default_factory=list)
    owner_names: dict[str, str] = field(default_factory=dict)
    due_texts: dict[str, str] = field(default_factory=dict)


def document_title(minutes: Minutes, translate: Translate) -> str:
    return minutes.meeting.title or _words(translate)["Check-in"]


def _md(text: str) -> str:
    """Markdown that shows the text literally (no accidental emphasis or links)."""
    special = "\\`*_{}[]<>()#+-.!|"
    escaped = "".join("\\" + c if c in special else c for c in text)
    return escaped.replace("\n", "  \n")


def to_markdown(minutes: Minutes, translate: Translate) -> str:
    words = _words(translate)
    meeting = minutes.meeting
    lines = [f"# {_md(meeting.title or words['Check-in'])}", "",
             f"{_md(minutes.when)} · {_md(minutes.status)}", "",
             f"## {words['Agenda']}", ""]
    for item in minutes.items:
        box = "x" if item.discussed else " "
        kind = minutes.kind_names.get(item.kind, item.kind)
        lines.append(f"- [{box}] {_md(item.text)} ({_md(kind)}, "
                     f"{_md(minutes.sources.get(item.id, ''))})")
        if item.outcome:
            lines.append(f"  - {_md(item.outcome)}")
    if minutes.carried_on:
        lines += ["", f"## {words['Moved on to a later meeting']}", ""]
        lines += [f"- {_md(item.text)}" for item in minutes.carried_on]
    if meeting.shared_notes:
        lines += ["", f"## {words['Notes']}", "", _md(meeting.shared_notes)]
    if minutes.tasks:
        lines += ["", f"## {words['Action items']}", ""]
        for task in minutes.tasks:
            due = minutes.due_texts.get(task.id, "")
            owner = minutes.owner_names.get(task.owner, task.owner)
            lines.append(f"- {_md(task.title)} ({_md(owner)}{', ' + _md(due) if due else ''})")
    if meeting.rating:
        lines += ["", f"## {words['Retrospective']}", "",
                  words["Rating: %1 of 5"].replace("%1", str(meeting.rating))]
        if meeting.retro_note:
            lines += ["", _md(meeting.retro_note)]
    return "\n".join(lines) + "\n"


def _h(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def to_html(minutes: Minutes, translate: Translate) -> str:
    words = _words(translate)
    meeting = minutes.meeting
    parts = [f"<h1>{_h(meeting.title or words['Check-in'])}</h1>",
             f"<p>{_h(minutes.when)} · {_h(minutes.status)}</p>",
             f"<h2>{_h(words['Agenda'])}</h2>",
             "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
             f"<tr><th>✓</th><th>{_h(words['Topic'])}</th><th>{_h(words['Kind'])}</th>"
             f"<th>{_h(words['Source'])}</th></tr>"]
    for item in minutes.items:
        outcome = f"<br><i>{_h(item.outcome)}</i>" if item.outcome else ""
        parts.append(
            f"<tr><td>{'✓' if item.discussed else ''}</td><td>{_h(item.text)}{outcome}</td>"
            f"<td>{_h(minutes.kind_names.get(item.kind, item.kind))}</td>"
            f"<td>{_h(minutes.sources.get(item.id, ''))}</td></tr>")
    parts.append("</table>")
    if minutes.carried_on:
        parts.append(f"<h2>{_h(words['Moved on to a later meeting'])}</h2><ul>")
        parts += [f"<li>{_h(item.text)}</li>" for item in minutes.carried_on]
        parts.append("</ul>")
    if meeting.shared_notes:
        parts.append(f"<h2>{_h(words['Notes'])}</h2><p>{_h(meeting.shared_notes)}</p>")
    if minutes.tasks:
        parts.append(f"<h2>{_h(words['Action items'])}</h2><ul>")
        for task in minutes.tasks:
            owner = minutes.owner_names.get(task.owner, task.owner)
            due = minutes.due_texts.get(task.id, "")
            parts.append(f"<li>{_h(task.title)} ({_h(owner)}{', ' + _h(due) if due else ''})"
                         "</li>")
        parts.append("</ul>")
    if meeting.rating:
        parts.append(f"<h2>{_h(words['Retrospective'])}</h2>"
                     f"<p>{_h(words['Rating: %1 of 5'].replace('%1', str(meeting.rating)))}</p>")
        if meeting.retro_note:
            parts.append(f"<p>{_h(meeting.retro_note)}</p>")
    return "\n".join(parts)
