"""The check-ins page: series, upcoming occurrences, past meetings and the retrospective trend."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.cadence_advice import Advice, AdviceKind, advise
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.domain.recurrence import next_occurrence
from tandem_desktop.domain.schedule import Occurrence
from tandem_desktop.exchange.ics import export_ics
from tandem_desktop.services import occurrences
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.models import (
    OccurrenceModel,
    PastMeetingModel,
    SeriesModel,
    SeriesRow,
)
from tandem_desktop.ui.communication.occurrence_dialogs import CancelDialog, MoveDialog
from tandem_desktop.ui.communication.reminders import reminder_minutes
from tandem_desktop.ui.communication.series import OneOffDialog, SeriesDialog
from tandem_desktop.ui.communication.trend import RatingTrend
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import stamp_text
from tandem_desktop.ui.links import open_user_link
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.translators import installed_translate
from tandem_desktop.ui.widgets import fit_columns_once, inform, plain_label, read_only_table

# How far ahead the upcoming list looks, and how many rows it shows at most.
UPCOMING_DAYS = 42
UPCOMING_ROWS = 30
DialogT = TypeVar("DialogT", CancelDialog, MoveDialog)


def table_view(model: RowTableModel[Any], parent: QWidget, name: str,
               accessible_name: str = "") -> QTableView:
    view = read_only_table(parent, model)
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def advice_text(advice: Advice) -> str:
    """One piece of cadence advice with the numbers behind it."""
    numbers = advice.numbers
    translate = QCoreApplication.translate
    if advice.kind is AdviceKind.MORE_OFTEN:
        return translate(
            "CadenceAdvice",
            "Meet more often: the last {meetings} check-ins left {carried} items over on "
            "average and ran to {percent} % of their slot.").format(**_shown(numbers))
    if advice.kind is AdviceKind.LESS_OFTEN:
        return translate(
            "CadenceAdvice",
            "Meet less often: the last {meetings} check-ins had {items} items on average "
            "and left none over.").format(**_shown(numbers))
    if advice.kind is AdviceKind.SHORTER:
        return translate(
            "CadenceAdvice",
            "Make the check-ins shorter: the last {meetings} took {percent} % of their slot "
            "on average.").format(**_shown(numbers))
    if advice.kind is AdviceKind.AGENDA_EARLIER:
        return translate(
            "CadenceAdvice",
            "Send the agenda earlier: {notes} of the last {meetings} retrospectives ask for "
            "better preparation.").format(**_shown(numbers))
    return translate(
            "CadenceAdvice",
        "Try another channel: {notes} retrospectives mention it; ratings average {average} "
        "with a trend of {trend} per check-in.").format(**_shown(numbers))


def _shown(numbers: dict[str, float]) -> dict[str, str]:
    locale = QLocale()
    return {key: locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
            for key, value in numbers.items()}


class RetroNotesModel(RowTableModel[tuple[str, int, str]]):
    """Retrospective notes: (start of the meeting, rating, what would make it better)."""

    cell_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Rating"), self.tr("What would make it better")]

    def cell(self, row: tuple[str, int, str], column: int) -> str:
        if column == 0:
            return stamp_text(row[0])
        if column == 1:
            return str(row[1])
        return row[2]


class CheckinsPage(QWidget):
    """Series and their occurrences; opening an occurrence asks for its meeting."""

    occurrenceOpened = Signal(str, str)  # series id, slot (UTC stamp)
    meetingOpened = Signal(str)
    changed = Signal()  # a check-in was cancelled, moved or restored

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.series_model = SeriesModel(self)
        self.occurrence_model = OccurrenceModel(self)
        self.past_model = PastMeetingModel(self)
        self.notes_model = RetroNotesModel(self)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New series…"), self)
        self.one_off_button = QPushButton(self.tr("One-off meeting…"), self)
        self.one_off_button.setToolTip(self.tr(
            "A meeting outside the series, for example at short notice"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.export_button = QPushButton(self.tr("Export to calendar…"), self)
        self.link_button = QPushButton(self.tr("Open link…"), self)
        self.link_button.setObjectName("openSeriesLink")
        self.link_button.setToolTip(self.tr("Open the series' video link or e-mail address"))
        self.open_button = QPushButton(self.tr("Open meeting"), self)
        for button in (self.new_button, self.one_off_button, self.edit_button,
                       self.pause_button, self.export_button, self.link_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        # What can be done with the check-in chosen in the upcoming list.
        occurrence_buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel check-in…"), self)
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.undo_button = QPushButton(self.tr("Undo cancel or move"), self)
        self.split_button = QPushButton(self.tr("Change series from here…"), self)
        self.split_button.setToolTip(self.tr(
            "Change rhythm, time or length from this check-in on; meetings held so far "
            "stay with the series as it was"))
        for button in (self.cancel_button, self.move_button, self.undo_button,
                       self.split_button):
            occurrence_buttons.addWidget(button)
        occurrence_buttons.addStretch(1)

        self.series_view = table_view(self.series_model, self, "seriesView",
                                      self.tr("Check-in series"))
        self.series_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.occurrence_view = table_view(self.occurrence_model, self, "upcomingView",
                                          self.tr("Upcoming check-ins"))
        self.past_view = table_view(self.past_model, self, "pastMeetingsView",
                                    self.tr("Past meetings"))
        self.notes_view = table_view(self.notes_model, self, "retroNotesView",
                                     self.tr("What would make the check-ins better"))
        self.trend = RatingTrend(self)
        self.suggestion = plain_label("", self)
        self.suggestion.setObjectName("cadenceSuggestion")
        self.suggestion.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.suggestion.hide()
        self.empty_hint = plain_label(self.tr(
            "No check-in series yet. Create one with 'New series…': choose a rhythm that "
            "suits you both, for example a short weekly call."), self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        series_box = QGroupBox(self.tr("Check-in series"), left)
        series_layout = QVBoxLayout(series_box)
        series_layout.addWidget(self.empty_hint)
        series_layout.addWidget(self.series_view)
        upcoming_box = QGroupBox(self.tr("Upcoming check-ins"), left)
        upcoming_layout = QVBoxLayout(upcoming_box)
        upcoming_layout.addWidget(self.occurrence_view)
        upcoming_layout.addLayout(occurrence_buttons)
        left_layout.addWidget(series_box, 2)
        left_layout.addWidget(upcoming_box, 3)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        past_box = QGroupBox(self.tr("Past meetings"), right)
        past_layout = QVBoxLayout(past_box)
        past_layout.addWidget(self.past_view)
        retro_box = QGroupBox(self.tr("How effective are our check-ins?"), right)
        retro_layout = QVBoxLayout(retro_box)
        retro_layout.addWidget(plain_label(self.tr("Last 10 ratings (1–5):"), retro_box))
        retro_layout.addWidget(self.trend)
        retro_layout.addWidget(self.suggestion)
        retro_layout.addWidget(self.notes_view)
        right_layout.addWidget(past_box, 3)
        right_layout.addWidget(retro_box, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(lambda: self.edit_series(None))
        self.one_off_button.clicked.connect(self.plan_one_off)
        self.edit_button.clicked.connect(lambda: self.edit_series(self.current_series()))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.export_button.clicked.connect(lambda: self.export(self.current_series()))
        self.link_button.clicked.connect(lambda: self.open_link(self.current_series()))
        self.open_button.clicked.connect(self.open_current_occurrence)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.move_button.clicked.connect(self.move_current)
        self.undo_button.clicked.connect(self.undo_current)
        self.split_button.clicked.connect(self.split_current)
        self.occurrence_view.activated.connect(lambda _index: self.open_current_occurrence())
        self.past_view.activated.connect(self._open_past)
        self.series_view.activated.connect(
            lambda _index: self.edit_series(self.current_series()))
        self.series_view.customContextMenuRequested.connect(self._series_menu)
        self.series_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.occurrence_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.dialog: SeriesDialog | OneOffDialog | CancelDialog | MoveDialog | None = None
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def refresh(self) -> None:
        store, tandem_id = self.context.store, self.context.tandem_id
        now = self.context.clock.now()
        selected = self.current_series()
        all_series = store.series.for_tandem(tandem_id)
        self.series_model.set_rows([SeriesRow(s, next_occurrence(s, now)) for s in all_series])
        self.empty_hint.setVisible(not all_series)
        self.series_view.setVisible(bool(all_series))
        # Starts from an hour ago on, so a check-in in progress can still be opened.
        rows = upcoming(store, tandem_id, now - timedelta(hours=1),
                        now + timedelta(days=UPCOMING_DAYS), include_cancelled=True)
        self.occurrence_model.set_rows(rows[:UPCOMING_ROWS])
        self.past_model.set_rows(store.meetings.past(tandem_id, utc_stamp(now)))
        ratings = store.meetings.ratings(tandem_id, 10)
        self.trend.set_ratings([rating for _, rating, _ in ratings])
        self.notes_model.set_rows([row for row in reversed(ratings) if row[2].strip()])
        advice = [advice_text(piece) for piece in advise(store.meetings.held_facts(tandem_id))]
        self.suggestion.setText("\n".join(advice))
        self.suggestion.setVisible(bool(advice))
        for view in (self.series_view, self.occurrence_view, self.past_view, self.notes_view):
            fit_columns_once(view)
        if selected is not None:
            self.select_series(selected.id)
        self._update_buttons()

    def select_series(self, series_id: str) -> bool:
        row = self.series_model.row_of(series_id)
        if row < 0:
            return False
        self.series_view.selectRow(row)
        return True

    def current_series(self) -> CheckInSeries | None:
        index = self.series_view.currentIndex()
        selected = self.series_view.selectionModel().selectedRows()
        if selected:
            index = selected[0]
        row = self.series_model.row_at(index.row()) if index.isValid() else None
        return row.series if row else None

    def current_occurrence(self) -> Occurrence | None:
        selected = self.occurrence_view.selectionModel().selectedRows()
        if not selected:
            return None
        row: Occurrence | None = self.occurrence_model.row_at(selected[0].row())
        return row

    def _update_buttons(self) -> None:
        series = self.current_series()
        for button in (self.edit_button, self.pause_button, self.export_button):
            button.setEnabled(series is not None)
        self.pause_button.setText(self.tr("Resume") if series and not series.active
                                  else self.tr("Pause"))
        self.link_button.setEnabled(series is not None and bool(series.location.strip()))
        occurrence = self.current_occurrence()
        self.open_button.setEnabled(occurrence is not None and not occurrence.cancelled)
        self.cancel_button.setEnabled(occurrence is not None and not occurrence.cancelled)
        self.move_button.setEnabled(occurrence is not None and not occurrence.cancelled)
        self.undo_button.setEnabled(occurrence is not None and occurrence.series is not None
                                    and (occurrence.cancelled or occurrence.moved))
        self.split_button.setEnabled(occurrence is not None and occurrence.series is not None)

    # -- actions ---------------------------------------------------------------
    def edit_series(self, series: CheckInSeries | None) -> SeriesDialog:
        """Open the editor without blocking; it saves itself on OK."""
        dialog = SeriesDialog(self.context, series, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda stored: self._after_save(stored.id))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _after_save(self, series_id: str) -> None:
        self.refresh()
        self.select_series(series_id)

    def toggle_pause(self) -> None:
        series = self.current_series()
        if series is None:
            return
        try:
            occurrences.set_active(self.context.store, series.id, not series.active)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.refresh()

    def delete_series(self, series: CheckInSeries) -> None:
        try:
            occurrences.delete_series(self.context.store, series.id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.refresh()

    def export(self, series: CheckInSeries | None, path: Path | None = None) -> int:
        """'Export to calendar…': one series (or all active ones) as an .ics file."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to calendar"),
                str(Path.home() / f"{(series.title if series else 'tandem')}.ics"),
                self.tr("Calendar files (*.ics)"))
            if not name:
                return 0
            path = Path(name)
        try:
            return export_ics(self.context.store, path, translate=installed_translate,
                              tandem_id=self.context.tandem_id,
                              series_id=series.id if series else None,
                              reminder_minutes=reminder_minutes(self.context.settings))
        except (OSError, EnvironmentFault) as error:
            inform(self, self.tr("Export failed"), self.tr(
                "The calendar file could not be written: {reason}").format(reason=str(error)),
                warning=True)
            return 0

    def open_link(self, series: CheckInSeries | None) -> bool:
        """Open the series' link or place (web or e-mail only, after asking)."""
        if series is None or not series.location.strip():
            return False
        return open_user_link(self, series.location)

    def open_current_occurrence(self) -> None:
        row = self.current_occurrence()
        if row is None or row.cancelled:
            return
        if row.meeting is not None:
            self.meetingOpened.emit(row.meeting.id)
        elif row.series is not None and row.slot is not None:
            self.occurrenceOpened.emit(row.series.id, utc_stamp(row.slot))

    # -- one check-in ----------------------------------------------------------
    def cancel_current(self) -> CancelDialog | None:
        """Ask for an optional note and cancel the chosen check-in."""
        occurrence = self.current_occurrence()
        if occurrence is None or occurrence.cancelled:
            return None
        dialog = CancelDialog(self.context, occurrence, self)
        return self._show_occurrence_dialog(dialog)

    def move_current(self) -> MoveDialog | None:
        occurrence = self.current_occurrence()
        if occurrence is None or occurrence.cancelled:
            return None
        dialog = MoveDialog(self.context, occurrence, self)
        return self._show_occurrence_dialog(dialog)

    def _show_occurrence_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda meeting_id: self._after_occurrence_change(meeting_id))
        self.dialog = dialog
        dialog.show()
        return dialog

    def undo_current(self) -> bool:
        """The chosen check-in takes place in its slot again."""
        occurrence = self.current_occurrence()
        if occurrence is None or occurrence.meeting is None or occurrence.series is None:
            return False
        try:
            occurrences.restore(self.context.store, occurrence.meeting.id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return False
        self._after_occurrence_change(occurrence.meeting.id)
        return True

    def split_current(self) -> SeriesDialog | None:
        """Edit the series from the chosen check-in on (a new series starts there)."""
        occurrence = self.current_occurrence()
        if occurrence is None or occurrence.series is None or occurrence.slot is None:
            return None
        dialog = SeriesDialog(self.context, occurrence.series, self, split_at=occurrence.slot)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda stored: self._after_save(stored.id))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _after_occurrence_change(self, meeting_id: str) -> None:
        self.refresh()
        row = self.occurrence_model.row_of(meeting_id)
        if row >= 0:
            self.occurrence_view.selectRow(row)
        self.changed.emit()

    def plan_one_off(self) -> OneOffDialog:
        """Open the dialog without blocking; once saved, the meeting opens with its agenda."""
        dialog = OneOffDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._one_off_saved)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _one_off_saved(self, meeting_id: str) -> None:
        self.refresh()
        self.meetingOpened.emit(meeting_id)

    def _open_past(self, index: QModelIndex) -> None:
        line = self.past_model.row_at(index.row())
        if line is not None:
            self.meetingOpened.emit(line.id)

    def _series_menu(self, point: QPoint) -> None:
        index = self.series_view.indexAt(point)
        if not index.isValid():
            return
        self.series_view.selectRow(index.row())
        series = self.current_series()
        if series is None:
            return
        menu = self.series_menu(series)
        menu.popup(self.series_view.viewport().mapToGlobal(point))

    def series_menu(self, series: CheckInSeries) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_series(series))
        menu.addAction(self.tr("Resume") if not series.active else self.tr("Pause"),
                       self.toggle_pause)
        if series.location.strip():
            menu.addAction(self.tr("Open link…"), lambda: self.open_link(series))
        export = QAction(self.tr("Export to calendar…"), menu)
        export.triggered.connect(lambda: self.export(series))
        menu.addAction(export)
        delete = QAction(self.tr("Move to Trash"), menu)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: self.delete_series(series))
        menu.addAction(delete)
        return menu

