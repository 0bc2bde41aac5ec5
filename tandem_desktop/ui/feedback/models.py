"""Item models of the Feedback tab: the log and the prompt questions.

The models never touch the database: the tab queries and hands rows in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind, FeedbackStatus, Role
from tandem_desktop.domain.records import Feedback, FeedbackPrompt
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import feedback_kind_name, feedback_status_name
from tandem_desktop.ui.table_model import RowListModel, RowTableModel


def lock_icon(size: int = 16, color: QColor | None = None) -> QIcon:
    """A small padlock, painted here so it looks the same on every system."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = color or QColor("#8a5a00")
    pen = QPen(ink)
    pen.setWidthF(size / 9)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # The shackle, then the body.
    painter.drawArc(int(size * 0.28), int(size * 0.08), int(size * 0.44), int(size * 0.5),
                    0, 180 * 16)
    painter.drawLine(int(size * 0.28), int(size * 0.33), int(size * 0.28), int(size * 0.45))
    painter.drawLine(int(size * 0.72), int(size * 0.33), int(size * 0.72), int(size * 0.45))
    painter.setBrush(ink)
    painter.drawRoundedRect(int(size * 0.15), int(size * 0.45), int(size * 0.7),
                            int(size * 0.48), size / 10, size / 10)
    painter.end()
    return QIcon(pixmap)


def summary(entry: Feedback) -> str:
    """One line that says what the entry is about."""
    parts = [entry.situation, entry.behaviour, entry.impact, entry.request]
    return " · ".join(" ".join(part.split()) for part in parts if part.strip())


class FeedbackTableModel(RowTableModel[Feedback]):
    """The feedback log, worded from my side: "I give → Jonas", "I receive ← Claudia"."""

    DATE, DIRECTION, KIND, TEXT, STATUS, AGENDA, PRIVATE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_agenda: set[str] = set()  # ids of the entries waiting on the agenda
        self.names: dict[str, str] = {}  # role -> the name to show
        self.my_role = Role.ASSISTANT
        self._lock = lock_icon()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Direction"), self.tr("Kind"), self.tr("What happened"),
                self.tr("Status"), self.tr("Agenda"), self.tr("Private")]

    def direction_text(self, direction: str) -> str:
        value = FeedbackDirection(direction)
        giver = self.names.get(value.giver.value, "")
        receiver = self.names.get(value.giver.partner.value, "")
        if value.giver is self.my_role:
            return self.tr("I give → {name}").format(name=receiver)
        return self.tr("I receive ← {name}").format(name=giver)

    def column_samples(self) -> dict[int, list[str]]:
        """The longest texts each short column can show, for sizing it."""
        return {
            self.DATE: ["0000-00-00"],
            self.DIRECTION: [self.direction_text(d.value) for d in FeedbackDirection],
            self.KIND: [feedback_kind_name(k.value) for k in FeedbackKind],
            self.STATUS: [feedback_status_name(s.value) for s in FeedbackStatus],
            self.AGENDA: [self.tr("On the agenda")],
            self.PRIVATE: ["MM" + self.tr("Private")],  # room for the lock
        }

    def tooltip(self, entry: Feedback, column: int) -> str | None:
        if column != self.TEXT:
            return None
        return "\n".join(part for part in (entry.situation, entry.behaviour, entry.impact,
                                            entry.request) if part)

    def extra(self, entry: Feedback, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.PRIVATE and entry.private:
            return self._lock
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell(entry, column)
        return None

    def cell(self, entry: Feedback, column: int) -> str:
        if column == self.DATE:
            return date_text(entry.given_on)
        if column == self.DIRECTION:
            return self.direction_text(entry.direction)
        if column == self.KIND:
            return feedback_kind_name(entry.kind)
        if column == self.TEXT:
            return summary(entry)
        if column == self.STATUS:
            return feedback_status_name(entry.status)
        if column == self.AGENDA:
            return self.tr("On the agenda") if entry.id in self.on_agenda else ""
        if column == self.PRIVATE:
            return self.tr("Private") if entry.private else ""
        return ""


class PromptListModel(RowListModel[FeedbackPrompt]):
    """The questions one partner asks the other to get feedback, in their order."""

    cell_tooltips = True

    def cell(self, prompt: FeedbackPrompt, column: int) -> str:
        return prompt.text

    def extra(self, prompt: FeedbackPrompt, column: int, role: int) -> Any:
        return prompt.text if role == Qt.ItemDataRole.AccessibleTextRole else None
