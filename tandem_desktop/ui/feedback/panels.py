"""The side panels of the Feedback tab: rhythm, balance and prompt questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain import feedback_rhythm
from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.domain.feedback_rhythm import BalanceHint, HintCode, RhythmStatus
from tandem_desktop.domain.records import FeedbackPrompt, Tandem
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.feedback.chart import BalanceChart
from tandem_desktop.ui.feedback.models import PromptListModel
from tandem_desktop.ui.widgets import FieldError, plain_label

T = TypeVar("T")

NOTICE_STYLE = "background: #b3261e; color: white; padding: 4px 8px; border-radius: 3px;"


def guarded(parent: QWidget, work: Callable[[], T]) -> T | None:
    """Run one write through ``run_action``; what it returned, or None when not saved."""
    done: list[T] = []
    run_action(parent, lambda: done.append(work()))
    return done[0] if done else None


def built_in_prompts() -> list[str]:
    """The questions every tandem starts with, in the app's language."""
    return [
        QCoreApplication.translate(
            "FeedbackPrompts", "What should I start doing?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "What should I stop doing?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "What should I continue doing?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "What could I do to make your work easier?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "Where do you need more information or context from me?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "Which decision would you like to take on your own from now on?"),
        QCoreApplication.translate(
            "FeedbackPrompts", "What would make our check-ins more useful?"),
        QCoreApplication.translate(
            "FeedbackPrompts",
            "Is there something you held back recently because the moment felt wrong?"),
    ]


class _PromptList(QListView):
    """A list that asks for little height, so the side column fits without scrolling."""

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 5)


class RhythmPanel(QGroupBox):
    """The agreed interval (editable), when feedback last went each way, the next due date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Feedback rhythm"))
        self.every = QSpinBox(self)
        self.every.setRange(1, 365)
        self.every.setSuffix(self.tr(" days"))
        self.every.setKeyboardTracking(False)
        self.every.setAccessibleName(self.tr("Days between feedback conversations"))
        self.every.valueChanged.connect(self._change_every)
        self.every_error = FieldError(self)
        every_label = QLabel(self.tr("A feedback conversation &every"), self)
        every_label.setBuddy(self.every)
        self.weeks = plain_label("", self)
        row = QHBoxLayout()
        row.addWidget(every_label)
        row.addWidget(self.every)
        row.addWidget(self.weeks, 1)
        self.last = plain_label("", self)
        self.next_due = plain_label("", self)
        self.next_due.setObjectName("feedbackNextDue")
        self.overdue = plain_label("", self)
        self.overdue.setObjectName("feedbackOverdue")
        self.overdue.setStyleSheet(NOTICE_STYLE)
        self.overdue.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.every_error)
        layout.addWidget(self.last)
        layout.addWidget(self.next_due)
        layout.addWidget(self.overdue)
        self.status: RhythmStatus | None = None

    def show_status(self, tandem: Tandem, last_given: dict[str, str | None],
                    today: date) -> RhythmStatus:
        self.every.blockSignals(True)
        self.every.setValue(tandem.feedback_every_days)
        self.every.blockSignals(False)
        days = tandem.feedback_every_days
        self.weeks.setText(self.tr("= %n week(s)", None, days // 7)
                           if days % 7 == 0 and days >= 14 else "")
        status = feedback_rhythm.status(last_given, days, today, tandem.started_on)
        self.status = status
        mine = FeedbackDirection.given_by(self.context.my_role)
        theirs = FeedbackDirection.given_by(self.context.partner_role)
        never = self.tr("never")
        gave = status.by_direction[mine].last_on
        got = status.by_direction[theirs].last_on
        self.last.setText(self.tr("Last feedback: I gave {gave} · I received {got}").format(
            gave=date_text(gave) if gave else never, got=date_text(got) if got else never))
        self.next_due.setText(self.tr("Next feedback conversation due: {date}").format(
            date=date_text(status.next_due)))
        if status.overdue:
            late = [due for due in status.by_direction.values() if due.overdue]
            partner = self.context.name_of(self.context.partner_role)
            if len(late) == 2:
                reason = self.tr("No feedback either way for too long.")
            elif late[0].direction is mine:
                reason = self.tr("Time to give {name} feedback.").format(name=partner)
            else:
                reason = self.tr("Time to ask {name} for feedback.").format(name=partner)
            self.overdue.setText(self.tr("Overdue by %n day(s). {reason}", None,
                                         status.days_overdue).format(reason=reason))
            self.overdue.show()
        else:
            self.overdue.hide()
        return status

    def _change_every(self, value: int) -> None:
        tandem = self.context.tandem
        if tandem is None or value == tandem.feedback_every_days:
            return
        guarded(self, lambda: self.context.store.tandems.change(
            tandem.id, feedback_every_days=value))


class BalancePanel(QGroupBox):
    """The chart of the last 90 days and what it suggests."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Balance of the last %n day(s)", None, feedback_rhythm.BALANCE_DAYS))
        self.chart = BalanceChart(self)
        self.hints = plain_label("", self)
        self.hints.setObjectName("feedbackHints")
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.hints)

    def show_balance(self, counts: dict[tuple[str, str], int],
                     hints: list[BalanceHint]) -> None:
        partner = self.context.name_of(self.context.partner_role)
        mine = FeedbackDirection.given_by(self.context.my_role)
        labels = {
            mine.value: self.tr("I gave {name}").format(name=partner),
            FeedbackDirection.given_by(self.context.partner_role).value:
                self.tr("{name} gave me").format(name=partner),
        }
        self.chart.set_counts(counts, labels)
        self.hints.setText("\n".join("• " + self.hint_text(hint) for hint in hints))
        self.hints.setVisible(bool(hints))

    def hint_text(self, hint: BalanceHint) -> str:
        partner = self.context.name_of(self.context.partner_role)
        mine = hint.direction is FeedbackDirection.given_by(self.context.my_role)
        if hint.code is HintCode.NOTHING:
            return self.tr("No feedback noted in this time. A short word each way is a good "
                           "start.")
        if hint.code is HintCode.ONE_WAY:
            if mine:
                return self.tr("Feedback went only from you to {name}. Ask {name} for theirs."
                               ).format(name=partner)
            return self.tr("Feedback came only from {name}. Tell {name} how things look from "
                           "your side, too.").format(name=partner)
        if hint.code is HintCode.ONLY_SUGGESTIONS:
            if mine:
                return self.tr("Everything you told {name} was a suggestion. Say what goes "
                               "well, too.").format(name=partner)
            return self.tr("Everything {name} told you was a suggestion. Ask what goes well, "
                           "too.").format(name=partner)
        return self.tr("You have not asked {name} for feedback for longer than your rhythm. "
                       "The questions below help.").format(name=partner)


class PromptsPanel(QGroupBox):
    """Questions for asking for feedback: the built-in set plus own ones, editable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Questions for asking for feedback"))
        self.model = PromptListModel(self)
        self.view = _PromptList(self)
        self.view.setModel(self.model)
        self.view.setObjectName("feedbackPrompts")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 4)
        self.view.setAccessibleName(self.tr("Questions for asking for feedback"))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Write a question…"))
        self.text.setAccessibleName(self.tr("Question text"))
        self.text.returnPressed.connect(self.add)
        self.error = FieldError(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.change_button = QPushButton(self.tr("Change"), self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        for arrow in (self.up_button, self.down_button):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("↑") + 24)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.copy_button = QPushButton(self.tr("Copy all"), self)
        self.copy_button.setToolTip(self.tr("Copy every question, to send them to your partner"))
        self.copy_button.clicked.connect(self.copy_all)
        self.up_button.setToolTip(self.tr("Move the question up"))
        self.down_button.setToolTip(self.tr("Move the question down"))
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.up_button.clicked.connect(lambda: self.move_prompt(-1))
        self.down_button.clicked.connect(lambda: self.move_prompt(1))
        self.delete_button.clicked.connect(self.delete)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.text, 1)
        entry_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.change_button, self.up_button, self.down_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(entry_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_prompts(self, prompts: list[FeedbackPrompt]) -> None:
        current = self.current()
        self.model.set_rows(prompts)
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def current(self) -> FeedbackPrompt | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, prompt_id: str) -> bool:
        row = self.model.row_of(prompt_id)
        if row < 0:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, *_args: Any) -> None:
        prompt = self.current()
        if prompt is not None:
            self.text.setText(prompt.text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(self.model.rowCount() > 0)
        has = self.current() is not None
        for button in (self.change_button, self.up_button, self.down_button,
                       self.delete_button):
            button.setEnabled(has)

    def _text(self) -> str | None:
        text = self.text.text().strip()
        if not text:
            self.error.show_message(self.tr("Write the question first."))
            self.text.setFocus()
            return None
        self.error.show_message("")
        return text

    def copy_all(self) -> None:
        """Put every question on the clipboard, one a line."""
        QGuiApplication.clipboard().setText("\n".join(
            f"{number}. {prompt.text}" for number, prompt in enumerate(self.model.rows, 1)))

    def add(self) -> None:
        text = self._text()
        tandem_id = self.context.tandem.id if self.context.tandem else None
        if text is None or tandem_id is None:
            return
        added = guarded(self, lambda: self.context.store.feedback_prompts.append(tandem_id, text))
        if added is not None:
            self.text.clear()
            self.select(added.id)

    def change(self) -> None:
        prompt = self.current()
        text = self._text()
        if prompt is None or text is None:
            return
        guarded(self, lambda: self.context.store.feedback_prompts.change(prompt.id, text=text))

    def move_prompt(self, step: int) -> None:
        prompt = self.current()
        if prompt is not None:
            guarded(self, lambda: self.context.store.feedback_prompts.move(prompt.id, step))
            self.select(prompt.id)

    def delete(self) -> None:
        prompt = self.current()
        if prompt is not None:
            guarded(self, lambda: self.context.store.feedback_prompts.delete(prompt.id))
            self.text.clear()
