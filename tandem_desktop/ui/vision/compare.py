"""Two versions of the vision side by side, changed words highlighted.

Every piece of user text is escaped before it goes into the HTML, so what a
user typed always shows literally.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import Vision
from tandem_desktop.domain.vision import Change, Segment, word_diff

# Fixed dark text on light marks, readable with light and dark palettes alike.
_STYLES = {
    Change.SAME: "",
    Change.REMOVED: "background-color:#ffd6d3; color:#5b0a05; text-decoration:line-through;",
    Change.ADDED: "background-color:#c9f0cf; color:#0b3b13;",
}


def field_titles() -> list[tuple[str, str]]:
    translate = QCoreApplication.translate
    return [
        ("statement", translate("VersionCompare", "Where we want to go")),
        ("horizon", translate("VersionCompare", "Horizon")),
        ("why", translate("VersionCompare", "Why it matters")),
        ("assistant_role", translate("VersionCompare", "The assistant's role")),
    ]


def segments_html(segments: Sequence[Segment]) -> str:
    parts = []
    for segment in segments:
        text = html.escape(segment.text).replace("\n", "<br>")
        style = _STYLES[segment.change]
        parts.append(f"<span style='{style}'>{text}</span>" if style else text)
    return "".join(parts) or "<span style='color:gray'>–</span>"


def compare_html(old: Vision, new: Vision, old_label: str, new_label: str) -> str:
    """An HTML table: one row per field, the earlier version left, the later right."""
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='6' border='0'>",
        f"<tr><th width='50%' align='left'>{html.escape(old_label)}</th>"
        f"<th width='50%' align='left'>{html.escape(new_label)}</th></tr>",
    ]
    for name, title in field_titles():
        left, right = word_diff(getattr(old, name), getattr(new, name))
        rows.append(f"<tr><td colspan='2'><b>{html.escape(title)}</b></td></tr>")
        rows.append(f"<tr><td valign='top'>{segments_html(left)}</td>"
                    f"<td valign='top'>{segments_html(right)}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


class VersionCompareDialog(QDialog):
    """Pick two saved versions and read them side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions of the vision"))
        self.resize(900, 560)
        self._versions: list[Vision] = []
        self._labels: list[str] = []
        layout = QVBoxLayout(self)
        pickers = QHBoxLayout()
        self.earlier = QComboBox(self)
        self.earlier.setAccessibleName(self.tr("Earlier version"))
        self.later = QComboBox(self)
        self.later.setAccessibleName(self.tr("Later version"))
        pickers.addWidget(QLabel(self.tr("Compare"), self))
        pickers.addWidget(self.earlier, 1)
        pickers.addWidget(QLabel(self.tr("with"), self))
        pickers.addWidget(self.later, 1)
        layout.addLayout(pickers)
        removed = html.escape(self.tr("removed"))
        added = html.escape(self.tr("added"))
        legend = QLabel(
            f"<span style='{_STYLES[Change.REMOVED]}'>&nbsp;{removed}&nbsp;</span> &nbsp; "
            f"<span style='{_STYLES[Change.ADDED]}'>&nbsp;{added}&nbsp;</span>", self)
        layout.addWidget(legend)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.earlier.currentIndexChanged.connect(self._show)
        self.later.currentIndexChanged.connect(self._show)

    def set_versions(self, versions: Sequence[Vision], labels: Sequence[str],
                     earlier: int, later: int) -> None:
        """``versions`` newest first, as the history lists them."""
        self._versions = list(versions)
        self._labels = list(labels)
        for combo, row in ((self.earlier, earlier), (self.later, later)):
            combo.blockSignals(True)
            combo.clear()
            for label, version in zip(self._labels, self._versions, strict=True):
                combo.addItem(label, version.id)
            combo.setCurrentIndex(row)
            combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        old_row, new_row = self.earlier.currentIndex(), self.later.currentIndex()
        if old_row < 0 or new_row < 0:
            self.view.clear()
            return
        self.view.setHtml(compare_html(self._versions[old_row], self._versions[new_row],
                                       self._labels[old_row], self._labels[new_row]))
