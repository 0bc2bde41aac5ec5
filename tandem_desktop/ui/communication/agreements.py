"""Working agreements: how the pair works together, and which are due for review."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import AgreementCategory
from tandem_desktop.domain.records import Agreement
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui import labels
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.checkins import table_view
from tandem_desktop.ui.communication.editing import add_or_update, save_and_close, show_editor
from tandem_desktop.ui.communication.models import AgreementModel
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, to_qdate
from tandem_desktop.ui.widgets import (
    FieldError,
    date_field,
    form_dialog_layout,
    plain_label,
    require_text,
    select_row,
)


class AgreementDialog(QDialog):
    saved = Signal(str)

    def __init__(self, context: AppContext, agreement: Agreement | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement = agreement
        self.setWindowTitle(self.tr("Edit working agreement") if agreement
                            else self.tr("New working agreement"))
        self.setMinimumWidth(480)
        self.category = QComboBox(self)
        for category in AgreementCategory:
            self.category.addItem(labels.agreement_category_name(category.value),
                                  category.value)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.text_error = FieldError(self)
        self.agreed_on = date_field(self)
        self.has_review = QCheckBox(self.tr("Review on"), self)
        self.review_on = date_field(self, self.tr("Review date"))
        self.review_error = FieldError(self)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review_on)
        review_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Agreement:"), self.text)
        form.addRow("", self.text_error)
        form.addRow(self.tr("Agreed &on:"), self.agreed_on)
        form.addRow(self.tr("Review:"), review_row)
        form.addRow("", self.review_error)
        form_dialog_layout(self, form, self.save)
        self.has_review.toggled.connect(self.review_on.setEnabled)
        today = context.clock.today()
        self.agreed_on.setDate(to_qdate(today))
        self.review_on.setDate(to_qdate(today + relativedelta(months=6)))
        self.has_review.setChecked(True)
        if agreement is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(agreement.category)))
            self.text.setPlainText(agreement.text)
            if agreement.agreed_on:
                self.agreed_on.setDate(to_qdate(agreement.agreed_on))
            self.has_review.setChecked(bool(agreement.review_on))
            if agreement.review_on:
                self.review_on.setDate(to_qdate(agreement.review_on))

    def save(self) -> None:
        self.review_error.show_message("")
        if not require_text(self.text, self.text_error, self.tr("Write down what you agreed.")):
            return
        text = self.text.toPlainText().strip()
        agreed = from_qdate(self.agreed_on.date())
        review = from_qdate(self.review_on.date()) if self.has_review.isChecked() else None
        if review is not None and review < agreed:
            self.review_error.show_message(self.tr("The review date lies before the day "
                                                   "you agreed."))
            return
        values = {"category": str(self.category.currentData()), "text": text,
                  "agreed_on": str(agreed), "review_on": str(review) if review else None}
        store = self.context.store
        save_and_close(self, lambda: add_or_update(
            store.agreements, self.agreement, values,
            lambda: Agreement(tandem_id=self.context.tandem_id, **values)),  # type: ignore[arg-type]
            self.review_error)


class AgreementsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AgreementModel(self)
        self.due_only = QCheckBox(self.tr("Only those due for review"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search agreements"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search agreements"))
        self.new_button = QPushButton(self.tr("New agreement…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.reviewed_button = QPushButton(self.tr("Reviewed today"), self)
        self.reviewed_button.setToolTip(self.tr("Keeps the agreement and sets the next "
                                                "review half a year ahead"))
        self.delete_button = QPushButton(self.tr("Move to Trash"), self)
        self.table = table_view(self.model, self, "agreementsView",
                                self.tr("Working agreements"))
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_hint = plain_label("", self)
        top = QHBoxLayout()
        top.addWidget(self.due_only)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.reviewed_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr(
            "What you have agreed about availability, response times, channels, urgent "
            "matters and documentation, so neither of you has to guess."), self))
        layout.addLayout(top)
        layout.addWidget(self.due_hint)
        layout.addWidget(self.table, 1)
        self.due_only.toggled.connect(lambda _on: self.refresh())
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.delete_button.clicked.connect(self.delete_current)
        self.dialog: AgreementDialog | None = None

    def refresh(self) -> None:
        today = self.context.today_iso()
        self.model.today = today
        rows = self.context.store.agreements.filtered(
            self.context.tandem_id, today=today, due_only=self.due_only.isChecked(),
            text=self.search.text())
        self.model.set_rows(rows)
        due = len(self.context.store.agreements.filtered(self.context.tandem_id, today=today,
                                                         due_only=True))
        self.due_hint.setText(self.tr("%n agreement(s) due for review in the next two weeks.",
                                      None, due) if due else "")
        self.due_hint.setVisible(bool(due))
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def current(self) -> Agreement | None:
        index = self.table.currentIndex()
        row: Agreement | None = self.model.row_at(index.row()) if index.isValid() else None
        return row

    def select(self, agreement_id: str) -> bool:
        row = self.model.row_of(agreement_id)
        if row < 0:
            return False
        select_row(self.table, row)
        return True

    def open_editor(self, agreement: Agreement | None) -> AgreementDialog:
        dialog = AgreementDialog(self.context, agreement, self)
        show_editor(self, dialog)
        return dialog

    def edit_current(self) -> None:
        agreement = self.current()
        if agreement is not None:
            self.open_editor(agreement)

    def mark_reviewed(self) -> None:
        agreement = self.current()
        if agreement is None:
            return
        today = self.context.clock.today()
        next_review = today + relativedelta(months=6)
        try:
            with self.context.store.transaction():
                self.context.store.agreements.change(
                    agreement.id, review_on=next_review.isoformat(),
                    agreed_on=agreement.agreed_on or today.isoformat())
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()
        self.select(agreement.id)

    def delete_current(self) -> None:
        agreement = self.current()
        if agreement is None:
            return
        try:
            self.context.store.agreements.delete(agreement.id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()
