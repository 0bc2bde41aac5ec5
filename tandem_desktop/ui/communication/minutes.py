"""Agenda and minutes of a meeting as Markdown (clipboard) and HTML (PDF).

Every piece of user text is escaped for HTML; the PDF is printed with Qt's own
QTextDocument and QPdfWriter, so no extra dependency is needed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tandem_desktop.domain.records import AgendaItem, Meeting, Task
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.ui import labels


def _words() -> dict[str, str]:
    """The fixed words of the minutes, in the user's language."""
    return {
        "Check-in": QCoreApplication.translate("MeetingMinutes", "Check-in"),
        "Agenda": QCoreApplication.translate("MeetingMinutes", "Agenda"),
        "Moved on to a later meeting": QCoreApplication.translate(
            "MeetingMinutes", "Moved on to a later meeting"),
        "Notes": QCoreApplication.translate("MeetingMinutes", "Notes"),
        "Action items": QCoreApplication.translate("MeetingMinutes", "Action items"),
        "Retrospective": QCoreApplication.translate("MeetingMinutes", "Retrospective"),
        "Rating: %1 of 5": QCoreApplication.translate("MeetingMinutes", "Rating: %1 of 5"),
        "Topic": QCoreApplication.translate("MeetingMinutes", "Topic"),
        "Kind": QCoreApplication.translate("MeetingMinutes", "Kind"),
        "Source": QCoreApplication.translate("MeetingMinutes", "Source"),
    }


def _t(text: str) -> str:
    return _words()[text]


@dataclass
class Minutes:
    """What the minutes of one meeting hold, already worded for display."""

    meeting: Meeting
    when: str
    items: list[AgendaItem]
    sources: dict[str, str]
    tasks: list[Task] = field(default_factory=list)
    carried_on: list[AgendaItem] = field(default_factory=list)
    owner_names: dict[str, str] = field(default_factory=dict)
    due_texts: dict[str, str] = field(default_factory=dict)


def _md(text: str) -> str:
    """Markdown that shows the text literally (no accidental emphasis or links)."""
    special = "\\`*_{}[]<>()#+-.!|"
    escaped = "".join("\\" + c if c in special else c for c in text)
    return escaped.replace("\n", "  \n")


def to_markdown(minutes: Minutes) -> str:
    meeting = minutes.meeting
    lines = [f"# {_md(meeting.title or _t('Check-in'))}", "",
             f"{_md(minutes.when)} · {_md(labels.meeting_status_name(meeting.status))}", "",
             f"## {_t('Agenda')}", ""]
    for item in minutes.items:
        box = "x" if item.discussed else " "
        kind = labels.agenda_kind_name(item.kind)
        lines.append(f"- [{box}] {_md(item.text)} ({_md(kind)}, "
                     f"{_md(minutes.sources.get(item.id, ''))})")
        if item.outcome:
            lines.append(f"  - {_md(item.outcome)}")
    if minutes.carried_on:
        lines += ["", f"## {_t('Moved on to a later meeting')}", ""]
        lines += [f"- {_md(item.text)}" for item in minutes.carried_on]
    if meeting.shared_notes:
        lines += ["", f"## {_t('Notes')}", "", _md(meeting.shared_notes)]
    if minutes.tasks:
        lines += ["", f"## {_t('Action items')}", ""]
        for task in minutes.tasks:
            due = minutes.due_texts.get(task.id, "")
            owner = minutes.owner_names.get(task.owner, task.owner)
            lines.append(f"- {_md(task.title)} ({_md(owner)}{', ' + _md(due) if due else ''})")
    if meeting.rating:
        lines += ["", f"## {_t('Retrospective')}", "",
                  _t("Rating: %1 of 5").replace("%1", str(meeting.rating))]
        if meeting.retro_note:
            lines += ["", _md(meeting.retro_note)]
    return "\n".join(lines) + "\n"


def _h(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def to_html(minutes: Minutes) -> str:
    meeting = minutes.meeting
    parts = [f"<h1>{_h(meeting.title or _t('Check-in'))}</h1>",
             f"<p>{_h(minutes.when)} · {_h(labels.meeting_status_name(meeting.status))}</p>",
             f"<h2>{_h(_t('Agenda'))}</h2>",
             "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
             f"<tr><th>✓</th><th>{_h(_t('Topic'))}</th><th>{_h(_t('Kind'))}</th>"
             f"<th>{_h(_t('Source'))}</th></tr>"]
    for item in minutes.items:
        outcome = f"<br><i>{_h(item.outcome)}</i>" if item.outcome else ""
        parts.append(
            f"<tr><td>{'✓' if item.discussed else ''}</td><td>{_h(item.text)}{outcome}</td>"
            f"<td>{_h(labels.agenda_kind_name(item.kind))}</td>"
            f"<td>{_h(minutes.sources.get(item.id, ''))}</td></tr>")
    parts.append("</table>")
    if minutes.carried_on:
        parts.append(f"<h2>{_h(_t('Moved on to a later meeting'))}</h2><ul>")
        parts += [f"<li>{_h(item.text)}</li>" for item in minutes.carried_on]
        parts.append("</ul>")
    if meeting.shared_notes:
        parts.append(f"<h2>{_h(_t('Notes'))}</h2><p>{_h(meeting.shared_notes)}</p>")
    if minutes.tasks:
        parts.append(f"<h2>{_h(_t('Action items'))}</h2><ul>")
        for task in minutes.tasks:
            owner = minutes.owner_names.get(task.owner, task.owner)
            due = minutes.due_texts.get(task.id, "")
            parts.append(f"<li>{_h(task.title)} ({_h(owner)}{', ' + _h(due) if due else ''})"
                         "</li>")
        parts.append("</ul>")
    if meeting.rating:
        parts.append(f"<h2>{_h(_t('Retrospective'))}</h2>"
                     f"<p>{_h(_t('Rating: %1 of 5').replace('%1', str(meeting.rating)))}</p>")
        if meeting.retro_note:
            parts.append(f"<p>{_h(meeting.retro_note)}</p>")
    return "\n".join(parts)


def write_pdf(minutes: Minutes, path: Path) -> None:
    """Print the minutes to a PDF file (A4); the file appears whole or not at all."""
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(minutes.meeting.title or _t("Check-in"))
    document = QTextDocument()
    document.setHtml(to_html(minutes))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    with atomic_write(path) as stream:
        stream.write(bytes(content.data()))
