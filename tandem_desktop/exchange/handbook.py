"""The tandem handbook: one document a tandem can print, sign or send.

It gathers what the two have agreed on: working agreements, areas of
responsibility, decision rules with their levels and limits, the access register
(titles and scopes only), vision and goals, and the check-in rhythm. The content
is built once as a list of blocks and rendered as Markdown or, through
QTextDocument and QPdfWriter, as a paginated PDF with a title page and page
numbers. Texts are translated in the "Handbook" context; user text is escaped
for both formats. QtGui only (no widgets): a QGuiApplication must exist for PDF.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
)

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.domain import vocabulary
from tandem_desktop.domain.delegation import LEVELS
from tandem_desktop.domain.enums import AccessKind, AgreementCategory, Channel, GoalKind, GoalStatus
from tandem_desktop.domain.records import Tandem
from tandem_desktop.domain.recurrence import CadenceKind, cadence_of
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import Store

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

FORMATS = ("pdf", "md")
_LAYOUT_DPI = 96  # the document is laid out at this resolution, then scaled to the PDF's
_ACCENT = "#2f5d8a"


# -- the content as blocks ---------------------------------------------------------


@dataclass
class Block:
    kind: str  # h2 | h3 | p | note | quote | bullets | table
    text: str = ""
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)  # percent per column, tables only


@dataclass
class Handbook:
    title: str
    tandem: Tandem
    as_of: str  # the date, written out in the document's language
    intro: str
    blocks: list[Block]


class _Dates:
    def __init__(self, language: str) -> None:
        self.locale = QLocale(
            QLocale.Language.German if language == "de" else QLocale.Language.English
        )
        self.language = language

    def short(self, value: str | None) -> str:
        if not value:
            return ""
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
        pattern = "dd.MM.yyyy" if self.language == "de" else "d MMM yyyy"
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def long(self, day: date) -> str:
        pattern = "d. MMMM yyyy" if self.language == "de" else "d MMMM yyyy"
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def weekday(self, index: int) -> str:
        """0 = Monday."""
        return self.locale.dayName(index + 1, QLocale.FormatType.LongFormat)


def build_handbook(store: Store, tandem_id: str, language: str, today: date) -> Handbook:
    """Collect the handbook's content for one tandem."""
    tandem = store.tandems.get(tandem_id)
    dates = _Dates(language)
    blocks: list[Block] = []
    sections: list[Callable[[Store, Tandem, _Dates, list[Block]], None]] = [
        _agreements,
        _areas,
        _rules,
        _access,
        _vision,
        _rhythm,
    ]
    for number, section in enumerate(sections, start=1):
        start = len(blocks)
        section(store, tandem, dates, blocks)
        blocks[start].text = f"{number}  {blocks[start].text}"
    _signatures(tandem, blocks)
    return Handbook(
        title=translate("Handbook", "Tandem handbook"),
        tandem=tandem,
        as_of=dates.long(today),
        intro=translate(
            "Handbook",
            "How we work together, who decides what, and where we are heading: "
            "what {leader} and {assistant} have agreed on.",
        ).format(leader=tandem.leader_name, assistant=tandem.assistant_name),
        blocks=blocks,
    )


def _person(tandem: Tandem, role: str) -> str:
    if role == "leader":
        return translate("Handbook", "{name} (leader)").format(name=tandem.leader_name)
    if role == "assistant":
        return translate("Handbook", "{name} (assistant)").format(name=tandem.assistant_name)
    return translate("Handbook", "Both together")


def _nothing(blocks: list[Block]) -> None:
    blocks.append(Block("note", translate("Handbook", "Nothing recorded yet.")))


def _agreements(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Working agreements")))
    agreements = store.agreements.for_tandem(tandem.id)
    if not agreements:
        _nothing(blocks)
        return
    order = [category.value for category in AgreementCategory]
    categories = sorted(
        {a.category for a in agreements}, key=lambda c: order.index(c) if c in order else len(order)
    )
    for category in categories:
        blocks.append(Block("h3", vocabulary.name_of(AgreementCategory, category, translate)))
        items = []
        for agreement in (a for a in agreements if a.category == category):
            details = []
            if agreement.agreed_on:
                details.append(
                    translate("Handbook", "agreed {date}").format(
                        date=dates.short(agreement.agreed_on)
                    )
                )
            if agreement.review_on:
                details.append(
                    translate("Handbook", "review {date}").format(
                        date=dates.short(agreement.review_on)
                    )
                )
            suffix = f" ({', '.join(details)})" if details else ""
            items.append(agreement.text.strip() + suffix)
        blocks.append(Block("bullets", items=items))


def _areas(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Areas of responsibility")))
    areas = store.areas.for_tandem(tandem.id)
    if not areas:
        _nothing(blocks)
        return
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "Area"),
                translate("Handbook", "Held by"),
                translate("Handbook", "What it covers"),
                translate("Handbook", "Since"),
                translate("Handbook", "Review"),
            ],
            rows=[
                [
                    area.name,
                    _person(tandem, area.owner),
                    area.description,
                    dates.short(area.since),
                    dates.short(area.review_on),
                ]
                for area in areas
            ],
            widths=[20, 17, 39, 12, 12],
        )
    )


def _rules(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Decision rules")))
    rules = store.rules.for_tandem(tandem.id)
    if not rules:
        _nothing(blocks)
    else:
        blocks.append(
            Block(
                "p",
                translate(
                    "Handbook",
                    "Who decides, and how far: each rule names a delegation level from 1 (the "
                    "leader decides alone) to 7 (the assistant decides alone), and the limits "
                    "within which it applies.",
                ),
            )
        )
        areas = {area.id: area.name for area in store.areas.for_tandem(tandem.id)}
        groups: dict[str, list[list[str]]] = {}
        for rule in rules:
            level = vocabulary.level_label(rule.level, translate)
            if rule.target_level and rule.target_level != rule.level:
                level += "\n" + translate("Handbook", "aiming for {level}").format(
                    level=vocabulary.level_label(rule.target_level, translate)
                )
            limits = rule.limits
            if rule.examples.strip():
                limits = (limits + "\n" if limits.strip() else "") + translate(
                    "Handbook", "Examples: {text}"
                ).format(text=rule.examples.strip())
            groups.setdefault(areas.get(rule.area_id or "", ""), []).append(
                [rule.decision, level, limits, dates.short(rule.review_on)]
            )
        for area_name in sorted(groups, key=lambda name: (name == "", name.casefold())):
            blocks.append(Block("h3", area_name or translate("Handbook", "Other decisions")))
            blocks.append(
                Block(
                    "table",
                    header=[
                        translate("Handbook", "Decision"),
                        translate("Handbook", "Level"),
                        translate("Handbook", "Limits and conditions"),
                        translate("Handbook", "Review"),
                    ],
                    rows=groups[area_name],
                    widths=[32, 20, 36, 12],
                )
            )
    blocks.append(Block("h3", translate("Handbook", "The seven delegation levels")))
    blocks.append(
        Block(
            "table",
            header=[translate("Handbook", "Level"), translate("Handbook", "Meaning")],
            rows=[
                [vocabulary.level_label(item.number, translate),
                 vocabulary.level_meaning(item.number, translate)]
                for item in LEVELS
            ],
            widths=[22, 78],
        )
    )


def _access(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Information and access")))
    items = store.access_items.in_use(tandem.id)
    if not items:
        _nothing(blocks)
        return
    blocks.append(
        Block(
            "p",
            translate(
                "Handbook",
                "What is shared with whom and how far; the register names "
                "accounts and authorities, never passwords or keys.",
            ),
        )
    )
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "What"),
                translate("Handbook", "Kind"),
                translate("Handbook", "Scope"),
                translate("Handbook", "Since"),
                translate("Handbook", "Review"),
            ],
            rows=[
                [
                    item.title,
                    vocabulary.name_of(AccessKind, item.kind, translate),
                    item.scope,
                    dates.short(item.granted_on),
                    dates.short(item.review_on),
                ]
                for item in items
            ],
            widths=[26, 14, 36, 12, 12],
        )
    )


def _vision(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Vision and goals")))
    vision = store.visions.current(tandem.id)
    if vision is None:
        blocks.append(Block("note", translate("Handbook", "No vision written down yet.")))
    else:
        blocks.append(Block("quote", vision.statement.strip()))
        for label, text in (
            (translate("Handbook", "Horizon"), vision.horizon),
            (translate("Handbook", "Why it matters"), vision.why),
            (translate("Handbook", "The assistant's part"), vision.assistant_role),
        ):
            if text.strip():
                blocks.append(Block("h3", label))
                blocks.append(Block("p", text.strip()))
        blocks.append(
            Block(
                "note",
                translate("Handbook", "Version of {date}").format(
                    date=dates.short(vision.saved_on)
                ),
            )
        )
    standings = [s for s in store.goals.standings(tandem.id) if s.goal.status != "dropped"]
    blocks.append(Block("h3", translate("Handbook", "Goals")))
    if not standings:
        _nothing(blocks)
        return
    rows = []
    for standing in standings:
        goal = standing.goal
        title = goal.title + (f"\n{goal.description.strip()}" if goal.description.strip() else "")
        rows.append(
            [
                title,
                vocabulary.name_of(GoalKind, goal.kind, translate),
                dates.short(goal.target_on),
                f"{standing.progress} %",
                vocabulary.name_of(GoalStatus, goal.status, translate),
                goal.contribution,
            ]
        )
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "Goal"),
                translate("Handbook", "Kind"),
                translate("Handbook", "Target date"),
                translate("Handbook", "Progress"),
                translate("Handbook", "Status"),
                translate("Handbook", "The assistant's contribution"),
            ],
            rows=rows,
            widths=[22, 17, 13, 13, 10, 25],
        )
    )


def _rhythm(store: Store, tandem: Tandem, dates: _Dates, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Check-ins and rhythm")))
    series_list = store.series.active_for(tandem.id)
    if not series_list:
        blocks.append(Block("note", translate("Handbook", "No regular check-in planned yet.")))
    else:
        rows = []
        for series in series_list:
            start = series.first_start[11:16] if len(series.first_start) >= 16 else ""
            rows.append(
                [
                    series.title,
                    describe_rule(series.rrule, series.time_zone, dates),
                    translate("Handbook", "{time} ({zone}), {minutes} min").format(
                        time=start, zone=series.time_zone, minutes=series.duration_minutes
                    ),
                    vocabulary.name_of(Channel, series.channel, translate)
                    + (f"\n{series.location}" if series.location.strip() else ""),
                ]
            )
        blocks.append(
            Block(
                "table",
                header=[
                    translate("Handbook", "Check-in"),
                    translate("Handbook", "When"),
                    translate("Handbook", "Time"),
                    translate("Handbook", "Channel"),
                ],
                rows=rows,
                widths=[24, 30, 22, 24],
            )
        )
        for series in series_list:
            items = [item for item in series.standing_items if item.strip()]
            if items:
                blocks.append(
                    Block(
                        "h4",
                        translate("Handbook", "Standing agenda of “{title}”").format(
                            title=series.title
                        ),
                    )
                )
                blocks.append(Block("bullets", items=items))
    blocks.append(
        Block(
            "bullets",
            items=[
                translate("Handbook", "Feedback goes both ways at least every {days} days.").format(
                    days=tandem.feedback_every_days
                ),
                translate(
                    "Handbook",
                    "We look at how the tandem is doing every {days} days (health check).",
                ).format(days=tandem.health_check_every_days),
            ],
        )
    )


def _signatures(tandem: Tandem, blocks: list[Block]) -> None:
    blocks.append(Block("h2", translate("Handbook", "Signatures")))
    blocks.append(
        Block(
            "p",
            translate(
                "Handbook",
                "We have read this handbook and agree to work by it. We "
                "review it together when something changes.",
            ),
        )
    )
    blocks.append(
        Block(
            "signatures",
            header=[tandem.leader_name, tandem.assistant_name],
            items=[translate("Handbook", "Place, date, signature")] * 2,
        )
    )


def describe_rule(rule: str, time_zone: str, dates: _Dates) -> str:
    """A check-in rule in words ("Every week on Monday and Thursday")."""
    try:
        cadence = cadence_of(rule, time_zone)
    except ValueError:
        return rule
    ordinals = {
        1: translate("Handbook", "first"),
        2: translate("Handbook", "second"),
        3: translate("Handbook", "third"),
        4: translate("Handbook", "fourth"),
        -1: translate("Handbook", "last"),
    }
    if cadence.kind is CadenceKind.WORKDAYS:
        return translate("Handbook", "Every workday (Monday to Friday)")
    if cadence.kind is CadenceKind.WEEKLY:
        days = _and([dates.weekday(day) for day in cadence.weekdays])
        if cadence.interval == 1:
            return translate("Handbook", "Every week on {days}").format(days=days)
        return translate("Handbook", "Every {n} weeks on {days}").format(
            n=cadence.interval, days=days
        )
    if cadence.kind is CadenceKind.MONTHLY_DAY:
        return translate("Handbook", "Every month on day {day}").format(day=cadence.month_day)
    if cadence.kind is CadenceKind.MONTHLY_WEEKDAY:
        return translate("Handbook", "Every month on the {nth} {weekday}").format(
            nth=ordinals.get(cadence.nth, str(cadence.nth)), weekday=dates.weekday(cadence.weekday)
        )
    # "The 2nd Tuesday" may also be written with BYSETPOS.
    parts = dict(
        piece.split("=", 1)
        for piece in rule.upper().removeprefix("RRULE:").split(";")
        if "=" in piece
    )
    codes = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
    position = parts.get("BYSETPOS", "")
    if (
        set(parts) == {"FREQ", "BYDAY", "BYSETPOS"}
        and parts["FREQ"] == "MONTHLY"
        and parts["BYDAY"] in codes
        and position.lstrip("-").isdigit()
        and int(position) in ordinals
    ):
        return translate("Handbook", "Every month on the {nth} {weekday}").format(
            nth=ordinals[int(position)], weekday=dates.weekday(codes.index(parts["BYDAY"]))
        )
    return rule


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return translate("Handbook", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )


# -- Markdown ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_MD_BULLET = re.compile(r"^(\s*)([-+])(\s)", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])(\s)", re.MULTILINE)


def md_escape(text: str) -> str:
    """User text that Markdown shows literally (no markup, no raw HTML)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_BULLET.sub(r"\1\\\2\3", escaped)
    return _MD_NUMBERED.sub(r"\1\\\2\3", escaped)


def _md_cell(text: str) -> str:
    return "<br>".join(md_escape(line) for line in text.strip().splitlines()) or " "


def to_markdown(book: Handbook) -> str:
    tandem = book.tandem
    lines = [f"# {md_escape(book.title)}: {md_escape(tandem.name)}", ""]
    lines += [
        f"**{translate('Handbook', 'Leader')}:** {md_escape(tandem.leader_name)}  ",
        f"**{translate('Handbook', 'Assistant')}:** {md_escape(tandem.assistant_name)}  ",
        f"**{translate('Handbook', 'As of')}:** {book.as_of}",
        "",
        md_escape(book.intro),
        "",
    ]
    for block in book.blocks:
        if block.kind == "h2":
            lines += [f"## {md_escape(block.text)}", ""]
        elif block.kind == "h3":
            lines += [f"### {md_escape(block.text)}", ""]
        elif block.kind == "h4":
            lines += [f"#### {md_escape(block.text)}", ""]
        elif block.kind == "p":
            lines += [md_escape(block.text).replace("\n", "  \n"), ""]
        elif block.kind == "note":
            lines += [f"*{md_escape(block.text)}*", ""]
        elif block.kind == "quote":
            lines += ["> " + md_escape(block.text).replace("\n", "\n> "), ""]
        elif block.kind == "bullets":
            lines += [
                f"- {md_escape(item).replace(chr(10), '  ' + chr(10) + '  ')}"
                for item in block.items
            ] + [""]
        elif block.kind == "table":
            lines.append("| " + " | ".join(md_escape(cell) for cell in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += [
                "| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in block.rows
            ]
            lines.append("")
        elif block.kind == "signatures":
            for name, caption in zip(block.header, block.items, strict=True):
                lines += ["", "", "\\_" * 40, "", f"{md_escape(name)}: {md_escape(caption)}", ""]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML and PDF ------------------------------------------------------------------


def _h(text: str) -> str:
    return html.escape(text.strip(), quote=False).replace("\n", "<br>")


def title_html(book: Handbook) -> str:
    """The title page: the document's name, the tandem, both names and the date."""
    tandem = book.tandem
    label = 'style="color: #666666; padding-right: 18px;"'
    leader = translate("Handbook", "Leader")
    assistant = translate("Handbook", "Assistant")
    as_of = translate("Handbook", "As of")
    return "".join(
        [
            f'<p style="font-size: 12pt; color: #666666;">{_h(APP_NAME)}</p>',
            f'<p style="font-size: 30pt; font-weight: bold; color: {_ACCENT};">'
            f"{_h(book.title)}</p>",
            '<p style="font-size: 18pt; margin-top: 6px; margin-bottom: 36px;">'
            f"{_h(tandem.name)}</p>",
            '<table cellspacing="0" cellpadding="3" style="font-size: 12pt;">',
            f"<tr><td {label}>{_h(leader)}</td><td><b>{_h(tandem.leader_name)}</b></td></tr>",
            f"<tr><td {label}>{_h(assistant)}</td><td><b>{_h(tandem.assistant_name)}</b></td></tr>",
            f"<tr><td {label}>{_h(as_of)}</td><td>{_h(book.as_of)}</td></tr>",
            "</table>",
            f'<p style="margin-top: 36px; font-size: 11pt;">{_h(book.intro)}</p>',
        ]
    )


# A place the PDF may start a new page at: (1, block) before a heading, (2, block, row)
# before a table row (the first row goes with the table's header), (3, block) signatures.
Unit = tuple[int, ...]


def to_html(book: Handbook, breaks: set[Unit] | None = None) -> str:
    """The body (after the title page) as the HTML subset QTextDocument understands."""
    return _body(book, breaks or set())[0]


def _body(book: Handbook, breaks: set[Unit]) -> tuple[str, list[Unit], list[Unit]]:
    """HTML with page breaks before ``breaks``; the heading and table units in document order.

    Every table row is a table of its own, so that a row never splits across pages and a
    row that starts a page can repeat the header.
    """
    parts: list[str] = []
    headings: list[Unit] = []
    tables: list[Unit] = []
    for index, block in enumerate(book.blocks):
        if block.kind == "table":
            for row in range(max(len(block.rows), 1)):
                piece: Unit = (2, index, row)
                tables.append(piece)
                parts.append(_table_piece(block, row, piece in breaks))
            continue
        markup = _html_block(block)
        if block.kind in ("h2", "h3", "h4"):
            unit: Unit = (1, index)
            headings.append(unit)
            if unit in breaks:
                markup = markup.replace(' style="', ' style="page-break-before: always; ', 1)
        elif block.kind == "signatures":
            unit = (3, index)
            tables.append(unit)
            if unit in breaks:
                markup = markup.replace("<table ", '<table style="page-break-before: always;" ', 1)
        parts.append(markup)
    return "".join(parts), headings, tables


_RULE = "border-bottom: 1px solid #b8c4d0;"


def _table_piece(block: Block, row: int, page_break: bool) -> str:
    """Row ``row`` of a table, with the header for the first row and after a page break."""
    widths = block.widths or [100 // max(len(block.header), 1)] * len(block.header)
    rows = []
    if row == 0 or page_break:
        cells = "".join(
            f'<td width="{width}%" style="background-color: #e8eef4; font-weight: bold; '
            f'{_RULE}">{_h(cell)}</td>'
            for cell, width in zip(block.header, widths, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    if block.rows:
        cells = "".join(
            f'<td width="{width}%" valign="top" style="{_RULE}">{_h(cell)}</td>'
            for cell, width in zip(block.rows[row], widths, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    last = row >= len(block.rows) - 1
    style = (
        "border-collapse: collapse; font-size: 9pt; margin-top: 0; "
        f"margin-bottom: {8 if last else 0}px;"
    )
    if page_break:
        style += " page-break-before: always;"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4" style="{style}">'
        f"{''.join(rows)}</table>"
    )


def _html_block(block: Block) -> str:
    if block.kind == "h2":
        return (
            f'<h2 style="color: {_ACCENT}; font-size: 16pt; margin-top: 22px; '
            f'margin-bottom: 8px;">{_h(block.text)}</h2>'
        )
    if block.kind == "h3":
        return (
            f'<h3 style="font-size: 12pt; margin-top: 12px; margin-bottom: 4px;">'
            f"{_h(block.text)}</h3>"
        )
    if block.kind == "h4":
        return (
            f'<h4 style="font-size: 10pt; margin-top: 8px; margin-bottom: 2px;">'
            f"{_h(block.text)}</h4>"
        )
    if block.kind == "p":
        return f'<p style="margin-bottom: 6px;">{_h(block.text)}</p>'
    if block.kind == "note":
        return f'<p style="color: #666666; font-style: italic;">{_h(block.text)}</p>'
    if block.kind == "quote":
        return (
            f'<p style="font-size: 13pt; font-style: italic; margin: 6px 0 10px 16px;">'
            f"{_h(block.text)}</p>"
        )
    if block.kind == "bullets":
        items = "".join(f'<li style="margin-bottom: 3px;">{_h(item)}</li>' for item in block.items)
        return f"<ul>{items}</ul>"
    if block.kind == "signatures":
        cells = "".join(
            '<td width="50%" style="padding: 56px 24px 0 0;">'
            '<hr style="border-color: #333333;"/>'
            f'{_h(name)}<br><span style="color: #666666;">{_h(caption)}</span></td>'
            for name, caption in zip(block.header, block.items, strict=True)
        )
        return f'<table width="100%" cellspacing="0"><tr>{cells}</tr></table>'
    raise ValueError(f"unknown block {block.kind!r}")


def _document(html_text: str, width: float, font: QFont, device: QImage) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    document.setTextWidth(width)
    return document


def _base_font() -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(
        [
            "Helvetica Neue",
            "Segoe UI",
            "Arial",
            "DejaVu Sans",
            "Liberation Sans",
            "Noto Sans",
            "Sans Serif",
        ]
    )
    font.setPointSizeF(10)
    return font


def _lead_page(top: float, block: QTextBlock, page_height: float) -> int:
    """The page the second line (or the only line) of a block ends on."""
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return int(top // page_height)
    line = lines.lineAt(min(1, lines.lineCount() - 1))
    return int((top + line.y() + line.height() - 1) // page_height)


def _first_split(
    document: QTextDocument,
    page_height: float,
    headings: list[Unit],
    tables: list[Unit],
    breaks: set[Unit],
) -> Unit | None:
    """The first heading left alone at a page's foot, or table row cut by a page's end."""
    layout = document.documentLayout()
    found: list[tuple[float, Unit]] = []
    block = document.begin()
    number = 0
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            top = layout.blockBoundingRect(block).top()
            after = block.next()
            # Stranded: the next block's first two lines do not share the heading's page.
            if (
                headings[number] not in breaks
                and after.isValid()
                and _lead_page(layout.blockBoundingRect(after).top(), after, page_height)
                != int(top // page_height)
            ):
                found.append((top, headings[number]))
                break
            number += 1
        block = block.next()
    previous_page = -1
    for frame, unit in zip(document.rootFrame().childFrames(), tables, strict=False):
        rect = layout.frameBoundingRect(frame)
        first_page = int(rect.top() // page_height)
        last_page = int((rect.bottom() - 1) // page_height)
        cut = first_page != last_page and rect.height() < page_height * 0.8
        # A row that a page begins with (not by a break of ours) needs the header again.
        continued = unit[0] == 2 and unit[2] > 0 and first_page > previous_page >= 0
        if (cut or continued) and unit not in breaks:
            found.append((rect.top(), unit))
            break
        previous_page = last_page if unit[0] == 2 else -1
    return min(found)[1] if found else None


def render_pdf(book: Handbook) -> bytes:
    """The handbook as PDF bytes: A4, a title page, then pages with a numbered footer."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist to lay out the handbook")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{book.title}: {book.tandem.name}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    dpi = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(dpi)
    scale = dpi / _LAYOUT_DPI
    width = paint.width() / scale
    height = paint.height() / scale
    footer = 28.0
    page_height = height - footer

    # Lay out at a fixed 96 dpi whatever the screen, so the result is the same everywhere.
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(_LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(_LAYOUT_DPI / 0.0254))
    font = _base_font()
    title = _document(title_html(book), width, font, device)
    breaks: set[Unit] = set()
    for _round in range(500):  # each round moves one heading or row to the next page
        markup, headings, tables = _body(book, breaks)
        body = _document(markup, width, font, device)
        body.setPageSize(QSizeF(width, page_height))
        split = _first_split(body, page_height, headings, tables, breaks)
        if split is None:
            break
        if split[0] == 1:
            # The heading now opens the page: what follows it needs no break of its own.
            breaks -= {
                (1, split[1] + 1),
                (1, split[1] + 2),
                (2, split[1] + 1, 0),
                (2, split[1] + 2, 0),
            }
        breaks.add(split)
    pages = body.pageCount() + 1
    footer_font = QFont(font)
    footer_font.setPixelSize(11)  # pixels of the 96-dpi layout: 8 pt

    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        painter.save()
        painter.translate(0, height * 0.28)
        title.drawContents(painter)
        painter.restore()
        for index in range(1, pages):
            writer.newPage()
            top = (index - 1) * page_height
            painter.save()
            painter.translate(0, -top)
            body.drawContents(painter, QRectF(0, top, width, page_height))
            painter.restore()
            line = round(page_height + 8)
            painter.setPen(QPen(QColor("#b8c4d0"), 0.5))
            painter.drawLine(0, line, round(width), line)
            painter.setPen(QColor("#666666"))
            painter.setFont(footer_font)
            box = QRectF(0, page_height + 10, width, footer - 10)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | middle), f"{book.title} · {book.tandem.name}"
            )
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | middle),
                translate("Handbook", "Page {page} of {pages}").format(page=index + 1, pages=pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_handbook(
    store: Store, path: Path, *, tandem_id: str, fmt: str, language: str, today: date
) -> None:
    """Write the handbook of one tandem as PDF or Markdown, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown handbook format {fmt!r}")
    book = build_handbook(store, tandem_id, language, today)
    payload = render_pdf(book) if fmt == "pdf" else to_markdown(book).encode("utf-8")
    with atomic_write(path) as stream:
        stream.write(payload)
