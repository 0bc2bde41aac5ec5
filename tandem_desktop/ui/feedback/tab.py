"""The Feedback tab (step 3): a two-way log, the agreed rhythm, the balance, prompts.

The tab runs the queries (filtering in SQL) and hands rows to its models; every
write is one transaction through the repositories.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain import feedback_rhythm
from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind, FeedbackStatus
from tandem_desktop.domain.records import Feedback
from tandem_desktop.services import feedback as feedback_actions
from tandem_desktop.services.reminders import FEEDBACK_RHYTHM
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.feedback.dialog import FeedbackDialog
from tandem_desktop.ui.feedback.models import FeedbackTableModel, lock_icon, summary
from tandem_desktop.ui.feedback.panels import (
    BalancePanel,
    PromptsPanel,
    RhythmPanel,
    built_in_prompts,
    guarded,
)
from tandem_desktop.ui.intro import StepIntro, step_texts
from tandem_desktop.ui.labels import feedback_kind_name, feedback_status_name
from tandem_desktop.ui.list_export import add_csv_export
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.widgets import confirm, plain_label, read_only_table

AGENDA_TEXT_LIMIT = 160
# Rows fetched at a time: enough for years of feedback, quick to type into.
PAGE = 500


class FeedbackTab(StepTab):
    watches = frozenset({"feedback", "feedback_prompt", "agenda_item", "tandem"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: FeedbackDialog | None = None
        self._limit = PAGE
        # Entries waiting on an agenda; read on refresh (agenda changes refresh the tab).
        self._agenda_ids: set[str] = set()
        self.model = FeedbackTableModel(self)

        # Filters: every change runs the query again.
        self.direction_filter = QComboBox(self)
        self.direction_filter.setAccessibleName(self.tr("Direction filter"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind filter"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in FeedbackKind:
            self.kind_filter.addItem(feedback_kind_name(kind.value), kind.value)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in FeedbackStatus:
            self.status_filter.addItem(feedback_status_name(status.value), status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search feedback…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search feedback"))
        self.trash = QCheckBox(self.tr("Trash"), self)
        self.trash.setToolTip(self.tr("Show deleted feedback, to restore it"))
        for combo in (self.direction_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.trash.toggled.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.direction_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.trash)

        self.table = read_only_table(self, self.model)
        self.table.setAccessibleName(self.tr("Feedback log"))
        self.table.setObjectName("feedbackLog")
        add_csv_export(self.table, "feedback")
        self.table.setWordWrap(False)
        # Widths come from the texts a column can hold (see _fit_columns): measuring
        # every row on each keystroke would cost more than the query.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FeedbackTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.empty_note = plain_label("", self)
        self.empty_note.setObjectName("feedbackEmpty")
        self.empty_note.hide()
        self.more_note = plain_label("", self)
        self.more_note.setObjectName("feedbackMore")
        self.more_button = QPushButton(self.tr("Show more"), self)
        self.more_button.clicked.connect(self.show_more)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_note, 1)
        more_row.addWidget(self.more_button)
        self.more_note.hide()
        self.more_button.hide()

        # The selected entry in full, with its private marker.
        self.private_icon = QLabel(self)
        self.private_icon.setPixmap(lock_icon(16).pixmap(16, 16))
        self.private_mark = plain_label(self.tr("Private: stays on this computer"), self,
                                        wrap=False)
        self.private_mark.setObjectName("feedbackPrivateMark")
        private_row = QHBoxLayout()
        private_row.setContentsMargins(0, 0, 0, 0)
        private_row.addWidget(self.private_icon)
        private_row.addWidget(self.private_mark)
        private_row.addStretch(1)
        self.detail = plain_label("", self)
        self.detail.setObjectName("feedbackDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agenda_note = plain_label("", self)
        self.agenda_note.setObjectName("feedbackAgendaNote")
        detail_frame = QFrame(self)
        detail_frame.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail_frame)
        detail_layout.addLayout(private_row)
        detail_layout.addWidget(self.detail)
        self.detail_frame = detail_frame

        self.new_button = QPushButton(self.tr("&New feedback…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.agenda_button = QPushButton(self.tr("Put on next &check-in"), self)
        self.discussed_button = QPushButton(self.tr("Mark &discussed"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.new_button.clicked.connect(self.new_feedback)
        self.edit_button.clicked.connect(self.edit_current)
        self.agenda_button.clicked.connect(self.put_current_on_agenda)
        self.discussed_button.clicked.connect(self.mark_current_discussed)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        # What to do with the selected entry sits with it; the row below is for the log.
        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.agenda_note, 1)
        agenda_row.addWidget(self.agenda_button)
        agenda_row.addWidget(self.discussed_button)
        detail_layout.addLayout(agenda_row)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Delete moves the entry to the Trash, Enter opens it for editing.
        self.table.installEventFilter(self)

        log = QWidget(self)
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addLayout(filters)
        log_layout.addWidget(self.table, 1)
        log_layout.addWidget(self.empty_note)
        log_layout.addLayout(more_row)
        log_layout.addWidget(detail_frame)
        log_layout.addLayout(buttons)

        self.rhythm = RhythmPanel(context, self)
        self.balance = BalancePanel(context, self)
        self.prompts = PromptsPanel(context, self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.rhythm)
        side_layout.addWidget(self.balance)
        side_layout.addWidget(self.prompts, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(log)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # The side column never gets narrower than its content; it scrolls down instead.
        self.side_scroll = scroll
        self.side = side
        splitter.setSizes([800, 400])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("feedback", self))
        layout.addWidget(splitter, 1)
        self._fill_direction_filter()
        self._show_current()

    def title(self) -> str:
        return step_texts()["feedback"][0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
        return super().eventFilter(watched, event)

    def new_actions(self) -> list[QAction]:
        action = QAction(self.tr("Feedback…"), self)
        action.triggered.connect(self.new_feedback)
        return [action]

    # -- loading -------------------------------------------------------------------
    def _fill_direction_filter(self) -> None:
        """Direction filter entries worded from my side; keeps the chosen one."""
        chosen = self.direction_filter.currentData()
        mine = FeedbackDirection.given_by(self.context.my_role).value
        theirs = FeedbackDirection.given_by(self.context.partner_role).value
        self.direction_filter.blockSignals(True)
        self.direction_filter.clear()
        self.direction_filter.addItem(self.tr("Both directions"), None)
        self.direction_filter.addItem(self.tr("I give"), mine)
        self.direction_filter.addItem(self.tr("I receive"), theirs)
        self.direction_filter.setCurrentIndex(max(self.direction_filter.findData(chosen), 0))
        self.direction_filter.blockSignals(False)

    def refresh(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        store = self.context.store
        if not store.feedback_prompts.ever_had_any(tandem.id):
            guarded(self, lambda: store.feedback_prompts.seed(tandem.id, built_in_prompts()))
        self._fill_direction_filter()
        self._agenda_ids = store.feedback.on_agenda(tandem.id)
        self.reload_log()
        self._fit_columns()
        today = self.context.clock.today()
        self.rhythm.show_status(tandem, store.feedback.last_given(tandem.id), today)
        counts = self.balance_counts()
        theirs = FeedbackDirection.given_by(self.context.partner_role).value
        hints = feedback_rhythm.balance_hints(
            counts, self.context.my_role, store.feedback.last_asked(tandem.id, theirs),
            tandem.feedback_every_days, today, tandem.started_on)
        self.balance.show_balance(counts, hints)
        self.prompts.show_prompts(store.feedback_prompts.for_tandem(tandem.id))
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(self.side.minimumSizeHint().width() + bar)

    def balance_counts(self) -> dict[tuple[str, str], int]:
        today = self.context.clock.today()
        return self.context.store.feedback.balance(
            self.context.tandem_id, feedback_rhythm.balance_since(today).isoformat(),
            today.isoformat())

    def _fit_columns(self) -> None:
        """Size the short columns for the longest text each can show."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        head_metrics = header.fontMetrics()
        model = self.model
        candidates = model.column_samples()
        for column, texts in candidates.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(text) for text in texts]
                        + [head_metrics.horizontalAdvance(title) + 8])
            self.table.setColumnWidth(column, width + 16)

    def _filters_changed(self, *_args: Any) -> None:
        self._limit = PAGE
        self.reload_log()

    def show_more(self) -> None:
        self._limit *= 2
        self.reload_log()

    def _filter_values(self) -> dict[str, Any]:
        return {
            "direction": self.direction_filter.currentData(),
            "kind": self.kind_filter.currentData(),
            "status": self.status_filter.currentData(),
            "text": self.search.text(),
            "deleted": self.trash.isChecked(),
        }

    def reload_log(self, *_args: Any) -> None:
        """Run the filtered query and hand the rows to the model, keeping the selection."""
        tandem = self.context.tandem
        if tandem is None:
            return
        current = self.current()
        store = self.context.store
        filters = self._filter_values()
        rows = store.feedback.filtered(tandem.id, limit=self._limit, **filters)
        more = len(rows) >= self._limit
        if more:
            total = store.feedback.count_filtered(tandem.id, **filters)
            more = total > len(rows)
            self.more_note.setText(self.tr(
                "Showing the newest {shown} of %n entries. Narrow the filters or show "
                "more.", None, total).format(shown=len(rows)))
        self.more_note.setVisible(more)
        self.more_button.setVisible(more)
        # First names keep the direction column short; the full names are in the tandem.
        names = {"leader": _first_name(tandem.leader_name),
                 "assistant": _first_name(tandem.assistant_name)}
        self.model.on_agenda, self.model.names = self._agenda_ids, names
        self.model.my_role = self.context.my_role
        self.model.set_rows(rows)
        if (current is None or not self.select(current.id)) and rows:
            self.select(rows[0].id)
        if not rows:
            filtering = bool(self.search.text().strip() or self.kind_filter.currentData()
                             or self.status_filter.currentData()
                             or self.direction_filter.currentData())
            if self.trash.isChecked():
                note = self.tr("The Trash holds no feedback.")
            elif filtering:
                note = self.tr("No feedback matches these filters.")
            else:
                note = self.tr("No feedback yet. Note the first one with “New feedback…”: "
                               "what happened, what it led to, what would help.")
            self.empty_note.setText(note)
        self.empty_note.setVisible(not rows)
        self._show_current()

    # -- selection -----------------------------------------------------------------
    def current(self) -> Feedback | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _show_current(self, *_args: Any) -> None:
        entry = self.current()
        in_trash = self.trash.isChecked()
        self.edit_button.setEnabled(entry is not None and not in_trash)
        self.delete_button.setEnabled(entry is not None and not in_trash)
        self.restore_button.setVisible(in_trash)
        self.restore_button.setEnabled(entry is not None and in_trash)
        self.new_button.setEnabled(self.context.tandem is not None)
        waiting = entry is not None and not in_trash and entry.id in self._agenda_ids
        discussed = entry is not None and entry.status == FeedbackStatus.DISCUSSED.value
        self.agenda_button.setEnabled(
            entry is not None and not in_trash and not waiting and not discussed)
        self.discussed_button.setEnabled(entry is not None and not in_trash and not discussed)
        self.detail_frame.setVisible(entry is not None)
        if entry is None:
            return
        self.private_icon.setVisible(entry.private)
        self.private_mark.setVisible(entry.private)
        self.detail.setText(self.describe(entry))
        if waiting:
            self.agenda_note.setText(self.tr("On the agenda for the next check-in."))
        elif discussed:
            self.agenda_note.setText(self.tr("Discussed."))
        else:
            self.agenda_note.setText(self.tr("Not on an agenda yet."))

    def describe(self, entry: Feedback) -> str:
        """The entry in full, as plain text."""
        head = " · ".join([
            date_text(entry.given_on), self.model.direction_text(entry.direction),
            feedback_kind_name(entry.kind), feedback_status_name(entry.status)])
        lines = [head]
        for label, text in ((self.tr("Situation"), entry.situation),
                            (self.tr("Behaviour"), entry.behaviour),
                            (self.tr("Impact"), entry.impact),
                            (self.tr("Request / next step"), entry.request)):
            if text.strip():
                lines.append(f"{label}: {text}")
        if entry.asked_for:
            lines.append(self.tr("The receiver asked for this feedback."))
        return "\n".join(lines)

    def show_record(self, table: str, record_id: str) -> bool:
        if table == "feedback_prompt":
            return self.prompts.select(record_id)
        if table == FEEDBACK_RHYTHM:  # a reminder that feedback is due: the rhythm is here
            return self.context.tandem is not None and record_id == self.context.tandem_id
        if table != "feedback" or self.context.tandem is None:
            return False
        try:
            entry = self.context.store.feedback.get(record_id, include_deleted=True)
        except NotFoundError:
            return False
        if entry.tandem_id != self.context.tandem_id:
            return False
        combos = (self.direction_filter, self.kind_filter, self.status_filter)
        unfiltered = (all(combo.currentIndex() == 0 for combo in combos)
                      and not self.search.text()
                      and self.trash.isChecked() == (entry.deleted_at is not None))
        if unfiltered and not self._stale and self.model.row_of(record_id) >= 0:
            # Just refreshed for the change that brought us here (a save, a restore).
            return self.select(record_id)
        # Clear the filters so the entry is sure to be in the list.
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.trash.blockSignals(True)
        self.trash.setChecked(entry.deleted_at is not None)
        self.trash.blockSignals(False)
        self.reload_log()
        return self.select(record_id)

    # -- actions -------------------------------------------------------------------
    def new_feedback(self) -> None:
        if self.context.tandem is None:
            return
        self._open_dialog(None)

    def edit_current(self) -> None:
        entry = self.current()
        if entry is not None and not self.trash.isChecked():
            self._open_dialog(entry)

    def _open_dialog(self, entry: Feedback | None) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = FeedbackDialog(
            tandem_id=tandem.id, my_role=self.context.my_role,
            partner_name=self.context.name_of(self.context.partner_role),
            today=self.context.clock.today(), save=self._save, entry=entry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.dialog = dialog
        # open() is window-modal without blocking, so nothing waits on it.
        dialog.open()

    def _forget(self, dialog: FeedbackDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, record: Feedback) -> Feedback | None:
        store = self.context.store
        if record.id:
            return guarded(self, lambda: store.feedback.update(record))
        return guarded(self, lambda: store.feedback.add(record))

    def _saved(self, dialog: FeedbackDialog) -> None:
        if dialog.saved is None:
            return
        if self.isVisible():
            self.show_record("feedback", dialog.saved.id)
        else:
            # Created from the toolbar elsewhere: bring the tab and the entry into view.
            self.context.openRecord.emit("feedback", dialog.saved.id)

    def agenda_text(self, entry: Feedback) -> str:
        """What the agenda shows; a private entry lends no words to the shared agenda."""
        if entry.private:
            return self.tr("Private feedback of {date} (details stay on this computer)"
                           ).format(date=date_text(entry.given_on))
        text = self.tr("Feedback ({direction}): {summary}").format(
            direction=self.model.direction_text(entry.direction), summary=summary(entry))
        if len(text) > AGENDA_TEXT_LIMIT:
            text = text[: AGENDA_TEXT_LIMIT - 1].rstrip() + "…"
        return text

    def put_current_on_agenda(self) -> None:
        entry = self.current()
        if entry is None or self.trash.isChecked():
            return
        store = self.context.store
        guarded(self, lambda: feedback_actions.put_on_agenda(
            store, entry.id, self.agenda_text(entry), self.context.my_role.value))

    def mark_current_discussed(self) -> None:
        entry = self.current()
        if entry is None or self.trash.isChecked():
            return
        store = self.context.store
        guarded(self, lambda: feedback_actions.mark_discussed(store, entry.id))

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None or self.trash.isChecked():
            return
        if not confirm(self, self.tr("Delete feedback"), self.tr(
                "Move this feedback to the Trash? You can restore it from there.\n\n{text}"
        ).format(text=summary(entry))):
            return
        self.delete_entry(entry.id)

    def delete_entry(self, record_id: str) -> None:
        """Move an entry to the Trash (no question asked: callers confirm)."""
        store = self.context.store
        guarded(self, lambda: feedback_actions.delete_feedback(store, record_id))

    def restore_current(self) -> None:
        entry = self.current()
        if entry is None or not self.trash.isChecked():
            return
        restored = guarded(self, lambda: self.context.store.feedback.restore(entry.id))
        if restored is not None:
            self.show_record("feedback", restored.id)


def _first_name(name: str) -> str:
    return (name.split() or [name])[0]
