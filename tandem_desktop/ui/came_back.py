"""Telling the user that records they had deleted are back after a partner's change.

The merge brings a record back when the partner edited it after it was deleted
here (``services.merging``). The notice does not block the window: the user
reads it, and can delete the record again if they still mean to.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tandem_desktop.services.merging import ReturnedRecord
from tandem_desktop.ui.labels import table_name

# Records named one by one; the rest are counted.
LISTED = 10


def returned_line(record: ReturnedRecord) -> str:
    """ "Task: Book the flights" on one line."""
    label = " ".join(record.label.split())
    if len(label) > 80:
        label = label[:79] + "…"
    return f"{table_name(record.kind)}: {label}" if label else table_name(record.kind)


def came_back_text(returned: tuple[ReturnedRecord, ...]) -> str:
    count = len(returned)
    lines = [QCoreApplication.translate("CameBack",
                        "Your partner changed %n record(s) after you had deleted them "
                        "here, so they are back:", None, count)]
    lines += [f"• {returned_line(record)}" for record in returned[:LISTED]]
    rest = count - LISTED
    if rest > 0:
        lines.append(QCoreApplication.translate("CameBack", "… and %n more", None, rest))
    lines.append("")
    lines.append(QCoreApplication.translate(
        "CameBack", "Whatever you no longer need, you can delete again."))
    return "\n".join(lines)


def show_came_back(parent: QWidget | None, returned: Sequence[ReturnedRecord]
                   ) -> QMessageBox | None:
    """A notice naming the records that came back (``MergeSummary.came_back``), without
    blocking the window; None when nothing came back."""
    if not returned:
        return None
    box = QMessageBox(parent)
    box.setObjectName("cameBackNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CameBack", "Deleted records are back"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(came_back_text(tuple(returned)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
