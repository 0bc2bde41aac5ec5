"""Every input and list of every tab has a name a screen reader can announce."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
)

from tandem_desktop.demo import create_demo
from tandem_desktop.ui.main_window import MainWindow


def test_inputs_have_accessible_names(window: MainWindow) -> None:
    context = window.context
    context.set_tandem(create_demo(context.store, "en", context.clock.today()))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # each tab builds and fills itself when shown
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QSlider,
             QAbstractItemView)
    for kind in kinds:
        for widget in window.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                            QComboBox | QAbstractSpinBox):
                continue  # the editor inside a combo or spin box
            if isinstance(widget, QHeaderView) or widget.window() is not window:
                continue  # headers, and the popup lists of combo boxes
            if not widget.accessibleName() and id(widget) not in labelled:
                unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == []
