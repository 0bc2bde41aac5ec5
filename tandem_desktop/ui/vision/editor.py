"""The vision, edited in place: every save keeps a new version, and any two compare."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import Vision
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import long_date_text
from tandem_desktop.ui.vision.compare import VersionCompareDialog
from tandem_desktop.ui.vision.models import VersionListModel
from tandem_desktop.ui.widgets import FieldError, plain_label, require_text

_FIELDS = ("statement", "horizon", "why", "assistant_role")


def _bold(text: str, parent: QWidget) -> QLabel:
    # It names a partner, so it shows literally whatever was typed for the name.
    label = plain_label(text, parent, wrap=False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class VisionEditor(QWidget):
    """Statement, horizon, why and the assistant's role, plus the saved versions."""

    saved = Signal(str)  # id of the new version

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._current: Vision | None = None
        self._loading = False
        self._tandem_id: str | None = None
        self.compare_dialog: VersionCompareDialog | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        form = QWidget(splitter)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 6, 0)
        self.statement = self._text_field(form, 3)
        self.statement.setAccessibleName(self.tr("Where we want to go"))
        self.statement.setPlaceholderText(self.tr(
            "Where does the leader want to be? Describe it as if it were already true."))
        self.statement_error = FieldError(form)
        self.horizon = QLineEdit(form)
        self.horizon.setAccessibleName(self.tr("Horizon"))
        self.horizon.setPlaceholderText(self.tr("A year or a span, e.g. 2028 or 3 years"))
        self.horizon.setMaxLength(80)
        self.why = self._text_field(form, 2)
        self.why.setAccessibleName(self.tr("Why it matters"))
        self.role = self._text_field(form, 2)
        self.role.setAccessibleName(self.tr("The assistant's role"))
        self.role_label = _bold(self.tr("The assistant's role in it"), form)
        column.addWidget(_bold(self.tr("Where we want to go"), form))
        column.addWidget(self.statement, 3)
        column.addWidget(self.statement_error)
        horizon_row = QHBoxLayout()
        horizon_row.addWidget(_bold(self.tr("Horizon"), form))
        horizon_row.addWidget(self.horizon, 1)
        column.addLayout(horizon_row)
        column.addWidget(_bold(self.tr("Why it matters"), form))
        column.addWidget(self.why, 2)
        column.addWidget(self.role_label)
        column.addWidget(self.role, 2)
        buttons = QHBoxLayout()
        self.saved_label = plain_label("", form)
        self.saved_label.setObjectName("visionSavedOn")
        self.save_button = QPushButton(self.tr("Save as new version"), form)
        self.save_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard changes"), form)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)

        history = QWidget(splitter)
        side = QVBoxLayout(history)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(_bold(self.tr("Saved versions"), history))
        self.versions = VersionListModel(self)
        self.history_view = QListView(history)
        self.history_view.setModel(self.versions)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(True)
        self.history_view.setAccessibleName(self.tr("Saved versions"))
        side.addWidget(self.history_view, 1)
        hint = plain_label(self.tr(
            "Select one version to compare it with the current one, or two to compare "
            "them with each other."), history)
        hint.setObjectName("hint")
        side.addWidget(hint)
        history_buttons = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Compare…"), history)
        self.load_button = QPushButton(self.tr("Copy into editor"), history)
        self.load_button.setToolTip(self.tr(
            "Put the selected version's text into the editor, to save it again as the "
            "newest version."))
        history_buttons.addWidget(self.compare_button)
        history_buttons.addWidget(self.load_button)
        history_buttons.addStretch(1)
        side.addLayout(history_buttons)
        splitter.addWidget(form)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        for field in (self.statement, self.why, self.role):
            field.textChanged.connect(self._on_edited)
        self.horizon.textChanged.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.compare_button.clicked.connect(self.open_compare)
        self.load_button.clicked.connect(self.copy_selected)
        self.history_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.history_view.doubleClicked.connect(lambda _index: self.open_compare())
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._update_buttons()

    def _text_field(self, parent: QWidget, lines: int) -> QPlainTextEdit:
        field = QPlainTextEdit(parent)
        field.setTabChangesFocus(True)
        field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
        return field

    # -- state ------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {
            "statement": self.statement.toPlainText().strip(),
            "horizon": self.horizon.text().strip(),
            "why": self.why.toPlainText().strip(),
            "assistant_role": self.role.toPlainText().strip(),
        }

    def is_dirty(self) -> bool:
        current = self._current
        stored = {name: getattr(current, name) if current else "" for name in _FIELDS}
        return self.values() != stored

    def refresh(self) -> None:
        """Reload the versions; keep what the user is typing."""
        history = self.context.store.visions.history(self.context.tandem_id)
        selected = self.selected_ids()
        # Measured against the version the fields were loaded from; another
        # tandem's text is never carried over.
        edited = self.is_dirty() and self._tandem_id == self.context.tandem_id
        self._tandem_id = self.context.tandem_id
        self.versions.set_rows(history)
        self._current = history[0] if history else None
        for version_id in selected:
            self._select_row(self.versions.row_of(version_id), add=True)
        name = self.context.name_of("assistant")
        self.role_label.setText(self.tr("{name}'s role in it").format(name=name)
                                if name else self.tr("The assistant's role in it"))
        if not edited:
            self._load(self._current)
        self._update_buttons()

    def _load(self, version: Vision | None) -> None:
        self._loading = True
        self.statement.setPlainText(version.statement if version else "")
        self.horizon.setText(version.horizon if version else "")
        self.why.setPlainText(version.why if version else "")
        self.role.setPlainText(version.assistant_role if version else "")
        self._loading = False
        self.statement_error.show_message("")
        self._update_buttons()

    def _on_edited(self) -> None:
        if not self._loading:
            self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        count = self.versions.rowCount()
        self.compare_button.setEnabled(count >= 2)
        self.load_button.setEnabled(len(self.selected_rows()) == 1)
        if self._current is None:
            self.saved_label.setText(self.tr("No vision written yet."))
        else:
            self.saved_label.setText(self.tr("Current version saved on {date}").format(
                date=long_date_text(self._current.saved_on)))

    # -- actions ----------------------------------------------------------------
    def save(self) -> bool:
        if not require_text(self.statement, self.statement_error,
                            self.tr("Write where you want to go before saving.")):
            return False
        if not self.is_dirty():
            return True
        version = Vision(tandem_id=self.context.tandem_id, saved_on=self.context.today_iso(),
                         **self.values())
        try:
            with self.context.store.transaction():
                stored = self.context.store.visions.save_version(version)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return False
        self._current = stored
        self.refresh()
        self.saved.emit(stored.id)
        return True

    def discard(self) -> None:
        self._load(self._current)

    def selected_rows(self) -> list[int]:
        model = self.history_view.selectionModel()
        return sorted(index.row() for index in model.selectedRows()) if model else []

    def selected_ids(self) -> list[str]:
        return [self.versions.rows[row].id for row in self.selected_rows()
                if row < self.versions.rowCount()]

    def _select_row(self, row: int, add: bool = False) -> None:
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.Select if add else (
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        index = self.versions.index(row, 0)
        self.history_view.selectionModel().select(index, flags)
        self.history_view.scrollTo(index)

    def select_version(self, version_id: str) -> bool:
        row = self.versions.row_of(version_id)
        self._select_row(row)
        return row >= 0

    def copy_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        version = self.versions.rows[rows[0]]
        self._loading = True
        self.statement.setPlainText(version.statement)
        self.horizon.setText(version.horizon)
        self.why.setPlainText(version.why)
        self.role.setPlainText(version.assistant_role)
        self._loading = False
        self._update_buttons()

    def compare_rows(self) -> tuple[int, int]:
        """Which two versions to compare (earlier, later) from the selection."""
        rows = self.selected_rows()
        if len(rows) >= 2:
            return rows[-1], rows[0]
        if len(rows) == 1 and rows[0] != 0:
            return rows[0], 0
        return min(1, self.versions.rowCount() - 1), 0

    def open_compare(self) -> VersionCompareDialog | None:
        if self.versions.rowCount() < 2:
            return None
        if self.compare_dialog is None:
            self.compare_dialog = VersionCompareDialog(self)
        earlier, later = self.compare_rows()
        labels = [self.versions.label(row) for row in range(self.versions.rowCount())]
        self.compare_dialog.set_versions(list(self.versions.rows), labels, earlier, later)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog
