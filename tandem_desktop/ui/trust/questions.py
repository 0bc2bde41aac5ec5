"""The questions half of the Trust tab: inbox, knowledge base, answers, agenda.

The list is queried per view (open, answered, all, deleted) with the filter as
an FTS5 condition, and handed to the model; the detail view loads the one
selected question in full.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import QuestionStatus, Urgency
from tandem_desktop.domain.records import Question
from tandem_desktop.services import questions
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text, days_between
from tandem_desktop.ui.labels import question_status_name, urgency_name
from tandem_desktop.ui.list_export import add_csv_export
from tandem_desktop.ui.trust.common import TrustListPage
from tandem_desktop.ui.trust.dialogs import AnswerDialog, QuestionDialog
from tandem_desktop.ui.trust.models import (
    QuestionTableModel,
    age_text,
    one_line,
)
from tandem_desktop.ui.widgets import plain_label

# How many questions a list reads at first; the rest follow on request.
PAGE_ROWS = 500


class QuestionsPanel(TrustListPage):
    """Questions: list with views and filter on the left, the selected one on the right."""

    VIEWS = ("open", "answered", "all", "deleted")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Long lists are read a page at a time; "Show more" reads the next page.
        self._limit: int | None = PAGE_ROWS
        self._paged_for: tuple[str, str] = ("", "")

        top = self._build_top(
            self.tr("Which questions"),
            (self.tr("Open"), self.tr("Answered · knowledge base"), self.tr("All"),
             self.tr("Deleted")),
            self.tr("Filter by words of the question, context or answer"),
            self.tr("Filter questions"), self.tr("&New question…"), self.new_question)
        self._build_table(QuestionTableModel(self), 0, self.tr("Questions"),
                          self.answer_current)
        add_csv_export(self.table, "questions")

        self.empty_label = plain_label("", self)
        self.empty_label.setObjectName("emptyQuestions")

        # -- detail ---------------------------------------------------------
        detail = QWidget(self)
        self.meta_label = plain_label("", detail)
        self.meta_label.setObjectName("questionMeta")
        self.agenda_label = plain_label("", detail)
        self.agenda_label.setObjectName("questionAgenda")
        self.detail_text = QPlainTextEdit(detail)
        self.detail_text.setReadOnly(True)
        self.detail_text.setAccessibleName(self.tr("Selected question"))
        self.detail_text.setTabChangesFocus(True)
        self.answer_button = QPushButton(self.tr("&Answer…"), detail)
        self.answer_button.clicked.connect(self.answer_current)
        self.agenda_button = QPushButton(self.tr("Put on next &check-in"), detail)
        self.agenda_button.clicked.connect(self.toggle_agenda)
        self.edit_button = QPushButton(self.tr("Edi&t…"), detail)
        self.edit_button.clicked.connect(self.edit_current)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), detail)
        self.withdraw_button.clicked.connect(self.withdraw_or_reopen)
        self._build_trash_buttons(detail)
        buttons = QVBoxLayout()
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        for button in (self.answer_button, self.agenda_button, self.edit_button):
            first_row.addWidget(button)
        for button in (self.withdraw_button, self.delete_button, self.restore_button):
            second_row.addWidget(button)
        first_row.addStretch(1)
        second_row.addStretch(1)
        buttons.addLayout(first_row)
        buttons.addLayout(second_row)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.meta_label)
        detail_layout.addWidget(self.agenda_label)
        detail_layout.addWidget(self.detail_text, 1)
        detail_layout.addLayout(buttons)

        left_layout = self._build_left()
        self.more_row = QWidget(self._left)
        more_layout = QHBoxLayout(self.more_row)
        more_layout.setContentsMargins(0, 0, 0, 0)
        self.more_label = plain_label("", self.more_row)
        self.more_button = QPushButton(self.tr("Show &more"), self.more_row)
        self.more_button.clicked.connect(self.show_more)
        more_layout.addWidget(self.more_label, 1)
        more_layout.addWidget(self.more_button)
        self.more_row.hide()
        left_layout.addWidget(self.more_row)

        self._build_frame(top, detail, self.answer_current)
        self._show_record(None)

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        """Query the current view with the filter and show it, keeping the selection."""
        if self.context.tandem is None:
            return
        keep = self._current.id if self._current else None
        store, tandem_id = self.context.store, self.context.tandem_id
        text, view = self.filter_edit.text(), self.view()
        if (view, text) != self._paged_for:
            self._paged_for, self._limit = (view, text), PAGE_ROWS
        rows = store.questions.lines(tandem_id, view, text, limit=self._limit)
        self.model.today = self.context.clock.today()
        self.model.name_of = self.context.name_of
        self.model.set_rows(rows)
        if self._limit is not None and len(rows) >= self._limit:
            total = store.questions.count_lines(tandem_id, view, text)
            self.more_label.setText(self.tr(
                "Showing the first {shown} of %n question(s) – type to narrow them down.",
                None, total).format(shown=len(rows)))
            self.more_row.show()
        else:
            self.more_row.hide()
        self._fit_once()
        self._update_empty_label()
        self._reselect(keep)

    def show_more(self) -> None:
        if self._limit is not None:
            self._limit += PAGE_ROWS
        self.reload()

    def fit_columns(self) -> None:
        """Size the short columns to the longest text they can hold, in this language."""
        names = [self.context.name_of(role) for role in ("leader", "assistant")]
        self._fit_samples({
            QuestionTableModel.ASKED_BY: names,
            QuestionTableModel.ASKED_ON: [f"{date_text('2026-12-28')} · {age_text(999)}"],
            QuestionTableModel.URGENCY: [urgency_name(v.value) for v in Urgency],
            QuestionTableModel.STATUS: [
                QCoreApplication.translate("QuestionTableModel", "{status} · on agenda").format(
                    status=question_status_name("open")),
                QCoreApplication.translate("QuestionTableModel", "{status} {date}").format(
                    status=question_status_name("answered"), date=date_text("2026-12-28")),
                question_status_name("withdrawn"),
            ],
        })

    def _update_empty_label(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if self.filter_edit.text().strip():
            text = self.tr("No question matches the filter.")
        elif self.view() == "open":
            text = self.tr("No open questions. Anything on your mind? Every question may "
                           "be asked: press Ctrl+Shift+Q.")
        else:
            text = self.tr("Nothing here yet.")
        self.empty_label.setText(text)
        self.empty_label.show()

    def select(self, question_id: str) -> bool:
        """Show one question, switching the view when it is not in the current one."""
        question = self._load(question_id)
        if question is None or question.tandem_id != self.context.tandem_id:
            return False
        deleted = question.deleted_at is not None
        if self.model.row_of(question_id) < 0:
            self._switch_to(question, "deleted" if deleted else (
                question.status if question.status in ("open", "answered") else "all"))
        if self.model.row_of(question_id) < 0 and self._limit is not None:
            self._limit = None  # it lies beyond the first page: read the whole view
            self.reload()
        self._select_row(self.model.row_of(question_id))
        self.table.setFocus()
        return True

    def _load(self, record_id: str) -> Question | None:
        try:
            return self.context.store.questions.get(record_id, include_deleted=True)
        except KeyError:
            return None

    def _show_record(self, question: Question | None) -> None:
        self._current = question
        has = question is not None
        deleted = question is not None and question.deleted_at is not None
        for button in (self.answer_button, self.agenda_button, self.edit_button,
                       self.withdraw_button, self.delete_button):
            button.setVisible(not deleted)
            button.setEnabled(has)
        self.restore_button.setVisible(bool(deleted))
        self.agenda_label.hide()
        if question is None:
            self.meta_label.setText(self.tr("Select a question to see it in full."))
            self.detail_text.setPlainText("")
            return
        self.meta_label.setText(self._meta(question))
        parts = [question.text]
        if question.context:
            parts += ["", self.tr("Context:"), question.context]
        if question.answer and question.status == QuestionStatus.ANSWERED:
            parts += ["", self.tr("Answer ({date}):").format(
                date=date_text(question.answered_on)), question.answer]
        self.detail_text.setPlainText("\n".join(parts))
        is_open = question.status == QuestionStatus.OPEN
        self.answer_button.setText(self.tr("&Answer…") if is_open
                                   else self.tr("Change &answer…"))
        self.answer_button.setEnabled(question.status != QuestionStatus.WITHDRAWN)
        self.withdraw_button.setText(self.tr("&Withdraw") if is_open else self.tr("Re&open"))
        waiting = [] if deleted else questions.agenda_items_of(self.context.store, question.id)
        self.agenda_button.setEnabled(is_open or bool(waiting))
        self.agenda_button.setText(self.tr("Take off the &check-in") if waiting
                                   else self.tr("Put on next &check-in"))
        if waiting:
            meeting = self.context.store.meetings.find(waiting[0].meeting_id)
            if meeting is not None:
                text = self.tr("On the agenda of the check-in on {date}.").format(
                    date=date_text(meeting.starts_at[:10]))
            else:
                text = self.tr("On the agenda for the next check-in.")
            self.agenda_label.setText(text)
            self.agenda_label.show()

    def _meta(self, question: Question) -> str:
        asked = self.tr("Asked by {name} on {date}").format(
            name=self.context.name_of(question.asked_by), date=date_text(question.asked_on))
        parts = [asked, self.tr("urgency: {urgency}").format(
            urgency=urgency_name(question.urgency))]
        if question.status == QuestionStatus.OPEN:
            days = days_between(question.asked_on, self.context.clock.today())
            if days:
                parts.append(self.tr("waiting {age}").format(age=age_text(days)))
        else:
            parts.append(question_status_name(question.status))
        if question.deleted_at:
            parts.append(self.tr("in the Trash"))
        return " · ".join(parts)

    # -- actions ----------------------------------------------------------------
    def new_question(self) -> None:
        if self.context.tandem is None:
            return
        tandem_id = self.context.tandem_id
        self._open(QuestionDialog(
            self.window(), self._save_new, today=self.context.clock.today(),
            me=self.context.my_role, name_of=self.context.name_of,
            lookup=lambda text: self.context.store.questions.knowledge_base(tandem_id, text),
        ))

    def _save_new(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionDialog)
        record = Question(tandem_id=self.context.tandem_id, **dialog.values())  # type: ignore[arg-type]
        return self._add_and_show(dialog, lambda: self.context.store.questions.add(record))

    def edit_current(self) -> None:
        question = self._current
        if question is None or question.deleted_at:
            return
        self._open(QuestionDialog(
            self.window(), self._save_edit, today=self.context.clock.today(),
            me=self.context.my_role, name_of=self.context.name_of, question=question,
        ))

    def _save_edit(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionDialog) and dialog.question is not None
        changed = dataclasses.replace(dialog.question, **dialog.values())  # type: ignore[arg-type]
        return self._write(lambda: self.context.store.questions.update(changed), dialog)

    def answer_current(self) -> None:
        question = self._current
        if question is None or question.deleted_at or \
                question.status == QuestionStatus.WITHDRAWN:
            return
        self._open(AnswerDialog(self.window(), self._save_answer, question=question,
                                today=self.context.clock.today()))

    def _save_answer(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        question_id = dialog.question.id
        return self._write(lambda: self.context.store.questions.answer(
            question_id, dialog.answer(), dialog.answered_on()), dialog)

    def toggle_agenda(self) -> None:
        question = self._current
        if question is None:
            return
        store = self.context.store
        if questions.agenda_items_of(store, question.id):
            self._write(lambda: questions.take_off_agenda(store, question.id))
        else:
            role = self.context.my_role.value
            self._write(lambda: questions.put_on_agenda(store, question.id, role))

    def withdraw_or_reopen(self) -> None:
        question = self._current
        if question is None:
            return
        store = self.context.store
        if question.status == QuestionStatus.OPEN:
            self._write(lambda: questions.withdraw_question(store, question.id))
        else:
            self._write(lambda: store.questions.reopen(question.id))

    def delete_current(self) -> None:
        question = self._current
        if question is None or question.deleted_at:
            return
        store = self.context.store
        self._delete_with_undo(
            question.id, lambda: questions.delete_question(store, question.id),
            self.tr("Moved to the Trash: “{text}”").format(text=one_line(question.text, 80)))

    def _restore(self, question_id: str) -> None:
        if self._write(lambda: questions.restore_question(self.context.store, question_id)):
            self._after_restore(question_id)
