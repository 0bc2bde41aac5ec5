"""Small widgets and helpers the tabs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows user text literally (never as rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message box whose text is plain, whatever the user typed into it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class FieldError(QLabel):
    """A one-line message under a form field that says what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def require_text(field: QLineEdit | QPlainTextEdit, error: FieldError, message: str) -> bool:
    """True when the field holds text; otherwise show ``message`` and focus it."""
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    if text.strip():
        error.show_message("")
        return True
    error.show_message(message)
    field.setFocus()
    return False


def date_format() -> str:
    """The date format of date fields: German day.month.year, otherwise ISO."""
    from PySide6.QtCore import QLocale

    return "dd.MM.yyyy" if QLocale().language() == QLocale.Language.German else "yyyy-MM-dd"
