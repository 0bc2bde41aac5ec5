"""Dialogs of the Trust tab: ask or edit a question, answer it, edit an access item.

Dialogs are opened with ``open()`` (window-modal, not blocking) and never touch
the database: on OK they check their fields and hand themselves to a ``save``
callback, which writes and returns False to keep the dialog open (for example
when the disk is full). Ctrl+Return saves from any field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import AccessKind, Role, Urgency
from tandem_desktop.domain.records import AccessItem, Question
from tandem_desktop.domain.secrets import looks_like_secret
from tandem_desktop.storage.trust import QuestionLine, add_months
from tandem_desktop.ui import widgets
from tandem_desktop.ui.dates import from_qdate, to_qdate
from tandem_desktop.ui.labels import access_kind_name, urgency_name
from tandem_desktop.ui.trust.models import one_line
from tandem_desktop.ui.widgets import FieldError, plain_label, require_text

# Room for very long texts (QLineEdit stops at 32,767 characters by default).
MAX_LINE_CHARS = 1_000_000
# The knowledge-base look-up only needs the start of what is being typed.
LOOKUP_CHARS = 200


def text_field(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A multi-line field in which Tab moves on, as in the rest of a form."""
    field = QPlainTextEdit(parent)
    field.setTabChangesFocus(True)
    height = field.fontMetrics().lineSpacing() * lines + 12
    field.setMinimumHeight(height)
    return field


def date_field(parent: QWidget, day: QDate) -> QDateEdit:
    field = widgets.date_field(parent)
    field.setDate(day)
    return field


class _SavingDialog(QDialog):
    """OK checks the fields, then asks ``save``; Ctrl+Return works as OK."""

    def __init__(self, parent: QWidget | None, save: Callable[[QDialog], bool]) -> None:
        super().__init__(parent)
        self._save = save
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def check(self) -> bool:
        """True when every field holds something that may be saved."""
        return True

    def accept(self) -> None:
        if self.check() and self._save(self):
            super().accept()


class QuestionDialog(_SavingDialog):
    """Ask a new question, or edit one (with its answer once it has one)."""

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[QDialog], bool],
        *,
        today: date,
        me: Role,
        name_of: Callable[[str], str],
        lookup: Callable[[str], Sequence[QuestionLine]] | None = None,
        question: Question | None = None,
    ) -> None:
        super().__init__(parent, save)
        self.question = question
        self._lookup = lookup
        self.setWindowTitle(self.tr("New question") if question is None
                            else self.tr("Edit question"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.text_edit = text_field(self, 3)
        self.text_edit.setAccessibleName(self.tr("Question"))
        self.text_edit.setPlaceholderText(self.tr("What would you like to know?"))
        self.text_error = FieldError(self)
        form.addRow(self.tr("&Question:"), self.text_edit)
        form.addRow("", self.text_error)

        self.known = plain_label("", self)
        self.known.setObjectName("knownAnswers")
        self.known.hide()
        form.addRow("", self.known)

        self.context_edit = text_field(self, 2)
        self.context_edit.setAccessibleName(self.tr("Context"))
        self.context_edit.setPlaceholderText(self.tr("Optional: what prompted the question"))
        form.addRow(self.tr("&Context:"), self.context_edit)

        self.urgency_combo = QComboBox(self)
        for value in Urgency:
            self.urgency_combo.addItem(urgency_name(value.value), value.value)
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(Urgency.WHENEVER.value))
        form.addRow(self.tr("&Urgency:"), self.urgency_combo)

        self.asked_by_combo = QComboBox(self)
        for role in (me, me.partner):
            label = name_of(role.value)
            if role is me:
                label = self.tr("{name} (me)").format(name=label)
            self.asked_by_combo.addItem(label, role.value)
        form.addRow(self.tr("Asked &by:"), self.asked_by_combo)

        self.asked_on_edit = date_field(self, to_qdate(today))
        form.addRow(self.tr("Asked &on:"), self.asked_on_edit)

        self.answer_edit: QPlainTextEdit | None = None
        self.answered_on_edit: QDateEdit | None = None
        self.answer_error = FieldError(self)
        if question is not None:
            self.text_edit.setPlainText(question.text)
            self.context_edit.setPlainText(question.context)
            self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(question.urgency))
            self.asked_by_combo.setCurrentIndex(self.asked_by_combo.findData(question.asked_by))
            self.asked_on_edit.setDate(to_qdate(question.asked_on or today))
            if question.status == "answered":
                self.answer_edit = text_field(self, 4)
                self.answer_edit.setAccessibleName(self.tr("Answer"))
                self.answer_edit.setPlainText(question.answer)
                form.addRow(self.tr("&Answer:"), self.answer_edit)
                form.addRow("", self.answer_error)
                self.answered_on_edit = date_field(self, to_qdate(question.answered_on or today))
                form.addRow(self.tr("Answered o&n:"), self.answered_on_edit)
        else:
            self.text_edit.textChanged.connect(self._look_up)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

    def _look_up(self) -> None:
        """Show answered questions that share words with what is being typed."""
        if self._lookup is None:
            return
        found = self._lookup(self.text_edit.toPlainText()[:LOOKUP_CHARS])
        if not found:
            self.known.hide()
            return
        lines = [self.tr("Already answered – look before you ask:")]
        for line in found[:3]:
            lines.append(f"• {one_line(line.text, 90)}\n   → {one_line(line.answer, 120)}")
        self.known.setText("\n".join(lines))
        self.known.show()

    def check(self) -> bool:
        if not require_text(self.text_edit, self.text_error,
                            self.tr("Please write the question.")):
            return False
        return self.answer_edit is None or require_text(
            self.answer_edit, self.answer_error, self.tr("An answered question needs its answer."))

    def values(self) -> dict[str, object]:
        """The fields as record values."""
        values: dict[str, object] = {
            "text": self.text_edit.toPlainText().strip(),
            "context": self.context_edit.toPlainText().strip(),
            "urgency": self.urgency_combo.currentData(),
            "asked_by": self.asked_by_combo.currentData(),
            "asked_on": from_qdate(self.asked_on_edit.date()).isoformat(),
        }
        if self.answer_edit is not None and self.answered_on_edit is not None:
            values["answer"] = self.answer_edit.toPlainText().strip()
            values["answered_on"] = from_qdate(self.answered_on_edit.date()).isoformat()
        return values


class AnswerDialog(_SavingDialog):
    """Write down the answer to a question."""

    def __init__(self, parent: QWidget | None, save: Callable[[QDialog], bool], *,
                 question: Question, today: date) -> None:
        super().__init__(parent, save)
        self.question = question
        self.setWindowTitle(self.tr("Answer question"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        shown = QPlainTextEdit(self)
        shown.setReadOnly(True)
        shown.setPlainText(question.text)
        shown.setMaximumHeight(shown.fontMetrics().lineSpacing() * 4 + 12)
        shown.setTabChangesFocus(True)
        shown.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(shown)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.answer_edit = text_field(self, 5)
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answer_edit.setPlainText(question.answer)
        self.answer_error = FieldError(self)
        form.addRow(self.tr("&Answer:"), self.answer_edit)
        form.addRow("", self.answer_error)
        self.answered_on_edit = date_field(self, to_qdate(today))
        form.addRow(self.tr("Answered o&n:"), self.answered_on_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.answer_edit.setFocus()

    def check(self) -> bool:
        return require_text(self.answer_edit, self.answer_error,
                            self.tr("Please write the answer."))

    def answer(self) -> str:
        return self.answer_edit.toPlainText().strip()

    def answered_on(self) -> str:
        return from_qdate(self.answered_on_edit.date()).isoformat()


class AccessItemDialog(_SavingDialog):
    """Add or edit an entry of the information & access register (never a secret)."""

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[QDialog], bool],
        *,
        today: date,
        areas: Sequence[tuple[str, str]],
        item: AccessItem | None = None,
    ) -> None:
        super().__init__(parent, save)
        self.item = item
        self._today = today
        self._warned = False
        self.setWindowTitle(self.tr("New access item") if item is None
                            else self.tr("Edit access item"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_LINE_CHARS)
        self.title_edit.setPlaceholderText(self.tr("e.g. Shared inbox, travel portal, card"))
        self.title_error = FieldError(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.title_error)

        self.kind_combo = QComboBox(self)
        for kind in AccessKind:
            self.kind_combo.addItem(access_kind_name(kind.value), kind.value)
        form.addRow(self.tr("&Kind:"), self.kind_combo)

        self.scope_edit = text_field(self, 2)
        self.scope_edit.setPlaceholderText(
            self.tr("What may be done with it, e.g. sign invoices up to 1,000 EUR"))
        form.addRow(self.tr("&Scope:"), self.scope_edit)

        self.granted_edit = date_field(self, to_qdate(today))
        form.addRow(self.tr("&Granted on:"), self.granted_edit)

        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, 120)
        self.months_spin.setSpecialValueText(self.tr("No regular review"))
        self.months_spin.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Review &every:"), self.months_spin)

        self.review_edit = date_field(self, to_qdate(today))
        form.addRow(self.tr("&Next review:"), self.review_edit)

        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("(no area)"), None)
        for area_id, name in areas:
            self.area_combo.addItem(one_line(name, 60), area_id)
        form.addRow(self.tr("&Area:"), self.area_combo)

        self.notes_edit = text_field(self, 3)
        self.notes_edit.setPlaceholderText(
            self.tr("Where to find it, whom to ask – never the password itself"))
        self.notes_warning = FieldError(self)
        self.notes_warning.setObjectName("secretWarning")
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow("", self.notes_warning)

        if item is not None:
            self.title_edit.setText(item.title)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind))
            self.scope_edit.setPlainText(item.scope)
            self.granted_edit.setDate(to_qdate(item.granted_on or today))
            self.months_spin.setValue(item.review_months or 0)
            self.review_edit.setDate(to_qdate(item.review_on or today))
            index = self.area_combo.findData(item.area_id)
            self.area_combo.setCurrentIndex(max(index, 0))
            self.notes_edit.setPlainText(item.notes)
        else:
            self.months_spin.setValue(12)
            self._suggest_review()
        self.review_edit.setEnabled(self.months_spin.value() > 0)
        self.months_spin.valueChanged.connect(self._suggest_review)
        self.granted_edit.dateChanged.connect(self._suggest_review)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()

    def _suggest_review(self) -> None:
        """The next review: the first whole interval after granting that is not past."""
        months = self.months_spin.value()
        self.review_edit.setEnabled(months > 0)
        if months <= 0:
            return
        granted = from_qdate(self.granted_edit.date())
        review = add_months(granted, months)
        steps = 1
        while review < self._today and steps < 1200:
            steps += 1
            review = add_months(granted, months * steps)
        self.review_edit.setDate(to_qdate(review))

    def check(self) -> bool:
        if not require_text(self.title_edit, self.title_error,
                            self.tr("Please give the item a title.")):
            return False
        if not self._warned and looks_like_secret(self.notes_edit.toPlainText()):
            # Warn once per edit; saving again keeps the notes as they are.
            self._warned = True
            self.notes_warning.show_message(self.tr(
                "These notes look like they contain a password, PIN or key. Tandem is not "
                "a password safe: write down where the secret is kept instead. Change the "
                "notes, or save again to keep them."))
            self.notes_edit.setFocus()
            return False
        return True

    def record_values(self) -> dict[str, object]:
        months = self.months_spin.value() or None
        return {
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "scope": self.scope_edit.toPlainText().strip(),
            "granted_on": from_qdate(self.granted_edit.date()).isoformat(),
            "review_months": months,
            "review_on": from_qdate(self.review_edit.date()).isoformat() if months else None,
            "area_id": self.area_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
        }
