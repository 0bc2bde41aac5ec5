"""CSV for spreadsheets: tasks, questions, feedback or decision rules.

UTF-8 with a byte order mark (so spreadsheet programs detect the encoding),
quoted per RFC 4180 with CRLF line ends, and every cell that a spreadsheet
would read as a formula (starting with = + - @, a tab or a carriage return)
prefixed with an apostrophe so it shows as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tandem_desktop.domain import vocabulary
from tandem_desktop.domain.enums import (
    FeedbackKind,
    FeedbackStatus,
    Owner,
    Priority,
    QuestionStatus,
    TaskStatus,
    Urgency,
)
from tandem_desktop.domain.records import Tandem
from tandem_desktop.domain.translation import Translate
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import Store

KINDS = ("tasks", "questions", "feedback", "rules")
# One list's header and rows for one tandem: (store, tandem, include_private, translate).
_Builder = Callable[[Store, Tandem, bool, Translate], tuple[list[str], list[list[object]]]]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """The cell as text that no spreadsheet runs as a formula."""
    text = "" if cell is None else str(cell)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a table atomically; returns the number of data rows."""
    materialised = [list(row) for row in rows]
    payload = csv_bytes(header, materialised)
    with atomic_write(path) as stream:
        stream.write(payload)
    return len(materialised)


def export_csv(
    store: Store,
    path: Path,
    what: str,
    *,
    translate: Translate,
    tandem_id: str | None = None,
    include_private: bool = False,
) -> int:
    """One kind of record of one tandem (or all, with a Tandem column) to ``path``."""
    if what not in KINDS:
        raise ValueError(f"unknown CSV content {what!r}; choose one of {', '.join(KINDS)}")
    tandems = [store.tandems.get(tandem_id)] if tandem_id else store.tandems.list()
    header, rows = table(store, what, tandems, translate=translate, include_private=include_private)
    return write_csv(path, header, rows)


def table(
    store: Store,
    what: str,
    tandems: Sequence[Tandem],
    *,
    translate: Translate,
    include_private: bool = False,
) -> tuple[list[str], list[list[object]]]:
    builders: dict[str, _Builder] = {
        "tasks": _tasks,
        "questions": _questions,
        "feedback": _feedback,
        "rules": _rules,
    }
    header: list[str] = []
    rows: list[list[object]] = []
    several = len(tandems) > 1
    for tandem in tandems:
        header, part = builders[what](store, tandem, include_private, translate)
        rows.extend([tandem.name, *row] if several else row for row in part)
    if not tandems:
        header, _ = builders[what](
            store,
            Tandem(name="", leader_name="", assistant_name="", my_role="assistant"),
            include_private,
            translate,
        )
    return ([translate("CsvExport", "Tandem"), *header] if several else header), rows


def _person(tandem: Tandem, role: str | None, translate: Translate) -> str:
    if role == "leader":
        return tandem.leader_name
    if role == "assistant":
        return tandem.assistant_name
    return vocabulary.name_of(Owner, role, translate)


def _area_names(store: Store, tandem: Tandem) -> dict[str, str]:
    return {area.id: area.name for area in store.areas.for_tandem(tandem.id)}


def _tasks(
    store: Store, tandem: Tandem, _private: bool, translate: Translate
) -> tuple[list[str], list[list[object]]]:
    areas = _area_names(store, tandem)
    goals = {goal.id: goal.title for goal in store.goals.for_tandem(tandem.id)}
    header = [
        translate("CsvExport", "Title"),
        translate("CsvExport", "Owner"),
        translate("CsvExport", "Due on"),
        translate("CsvExport", "Priority"),
        translate("CsvExport", "Status"),
        translate("CsvExport", "Done on"),
        translate("CsvExport", "Area"),
        translate("CsvExport", "Goal"),
        translate("CsvExport", "Notes"),
    ]
    rows: list[list[object]] = [
        [
            task.title,
            _person(tandem, task.owner, translate),
            task.due_on or "",
            vocabulary.name_of(Priority, task.priority, translate),
            vocabulary.name_of(TaskStatus, task.status, translate),
            task.done_on or "",
            areas.get(task.area_id or "", ""),
            goals.get(task.goal_id or "", ""),
            task.notes,
        ]
        for task in store.tasks.for_tandem(tandem.id)
    ]
    return header, rows


def _questions(
    store: Store, tandem: Tandem, _private: bool, translate: Translate
) -> tuple[list[str], list[list[object]]]:
    header = [
        translate("CsvExport", "Question"),
        translate("CsvExport", "Context"),
        translate("CsvExport", "Asked by"),
        translate("CsvExport", "Asked on"),
        translate("CsvExport", "Urgency"),
        translate("CsvExport", "Status"),
        translate("CsvExport", "Answer"),
        translate("CsvExport", "Answered on"),
    ]
    rows: list[list[object]] = [
        [
            question.text,
            question.context,
            _person(tandem, question.asked_by, translate),
            question.asked_on,
            vocabulary.name_of(Urgency, question.urgency, translate),
            vocabulary.name_of(QuestionStatus, question.status, translate),
            question.answer,
            question.answered_on or "",
        ]
        for question in store.questions.for_tandem(tandem.id)
    ]
    return header, rows


def _feedback(
    store: Store, tandem: Tandem, include_private: bool, translate: Translate
) -> tuple[list[str], list[list[object]]]:
    header = [
        translate("CsvExport", "Given on"),
        translate("CsvExport", "From"),
        translate("CsvExport", "To"),
        translate("CsvExport", "Kind"),
        translate("CsvExport", "Situation"),
        translate("CsvExport", "Behaviour"),
        translate("CsvExport", "Impact"),
        translate("CsvExport", "Request"),
        translate("CsvExport", "Status"),
    ]
    rows: list[list[object]] = []
    for entry in store.feedback.by_date_given(tandem.id, include_private=include_private):
        giver = "leader" if entry.direction == "leader_to_assistant" else "assistant"
        receiver = "assistant" if giver == "leader" else "leader"
        rows.append(
            [
                entry.given_on,
                _person(tandem, giver, translate),
                _person(tandem, receiver, translate),
                vocabulary.name_of(FeedbackKind, entry.kind, translate),
                entry.situation,
                entry.behaviour,
                entry.impact,
                entry.request,
                vocabulary.name_of(FeedbackStatus, entry.status, translate),
            ]
        )
    return header, rows


def _rules(
    store: Store, tandem: Tandem, _private: bool, translate: Translate
) -> tuple[list[str], list[list[object]]]:
    areas = _area_names(store, tandem)
    header = [
        translate("CsvExport", "Decision"),
        translate("CsvExport", "Area"),
        translate("CsvExport", "Level"),
        translate("CsvExport", "Target level"),
        translate("CsvExport", "Limits"),
        translate("CsvExport", "Examples"),
        translate("CsvExport", "Agreed on"),
        translate("CsvExport", "Review on"),
    ]
    rows: list[list[object]] = [
        [
            rule.decision,
            areas.get(rule.area_id or "", ""),
            vocabulary.level_label(rule.level, translate),
            vocabulary.level_label(rule.target_level, translate),
            rule.limits,
            rule.examples,
            rule.agreed_on or "",
            rule.review_on or "",
        ]
        for rule in store.rules.for_tandem(tandem.id)
    ]
    return header, rows
