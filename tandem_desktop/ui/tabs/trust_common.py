"""Pieces both halves of the Trust tab share: the undo bar and guarded writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tandem_desktop.storage.errors import EnvironmentFault, ValidationError
from tandem_desktop.ui.widgets import inform, plain_label


def guarded_write(parent: QWidget, work: Callable[[], object]) -> bool:
    """Run one write; explain a failure instead of crashing. True when it was saved."""
    try:
        work()
    except EnvironmentFault as error:
        inform(parent, QCoreApplication.translate("TrustWrite", "Not saved"),
               QCoreApplication.translate(
                   "TrustWrite",
                   "This change could not be saved: {reason}\nEverything saved before is kept.",
               ).format(reason=str(error)), warning=True)
        return False
    except ValidationError as error:
        inform(parent, QCoreApplication.translate("TrustWrite", "Not saved"),
               QCoreApplication.translate("TrustWrite", "This change was refused: {reason}")
               .format(reason=error.message), warning=True)
        return False
    return True


class UndoBar(QWidget):
    """A line that says what just happened, with a button to take it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label("", self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], object] | None = None
        self.hide()

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self.message.setText(message)
        self._action = undo
        self.show()

    def _undo(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
