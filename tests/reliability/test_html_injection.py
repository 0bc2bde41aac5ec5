"""User text never renders as rich text anywhere, and never loads anything.

Every free-text field of every kind of record holds markup with an image from a
local listener; the whole window is walked (tabs, inner pages, selected rows,
records shown, edit dialogs, tooltips, notices, trash, search, handbook and
minutes). No widget may render the markup, and the listener must stay silent.
"""

from __future__ import annotations

import dataclasses
import html
import socket
import threading
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

from tandem_desktop.demo import create_demo
from tandem_desktop.domain import records
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange import minutes as exchange_minutes
from tandem_desktop.exchange.handbook.as_html import to_html
from tandem_desktop.exchange.handbook.as_markdown import to_markdown
from tandem_desktop.exchange.handbook.content import build_handbook
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.communication.reminders import ReminderService
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.printing import handbook_pdf, write_minutes_pdf
from tandem_desktop.ui.vision.compare import compare_html

MARKUP = "<b>B</b>"
ESCAPED = "&lt;b&gt;B&lt;/b&gt;"
# str fields holding a fixed vocabulary or a machine value, not free text.
NOT_TEXT = {"asked_by", "urgency", "status", "kind", "rrule", "first_start", "time_zone",
            "channel", "source_kind", "added_by", "owner", "priority", "direction",
            "progress_mode", "by_role", "my_role", "category", "starts_at", "saved_on"}


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it receives."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = int(self.server.getsockname()[1])
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, peer = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections.append(peer)
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(timeout=5)
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.stop()


def _text_fields(kind: type) -> list[tuple[str, bool]]:
    """(name, is_list) of the free-text fields of a record class."""
    hints = typing.get_type_hints(kind, vars(records))
    chosen = []
    for item in dataclasses.fields(kind):
        name, hint = item.name, hints[item.name]
        if name in NOT_TEXT or name == "id" or name.endswith(("_id", "_on", "_at")):
            continue
        if hint is str:
            chosen.append((name, False))
        elif hint == list[str] and name != "carried_from":
            chosen.append((name, True))
    return chosen


def _fill_everything(store: Store, payload: str) -> dict[str, list[str]]:
    """Put the payload into every text field of every record; ids per table."""
    ids: dict[str, list[str]] = {}
    with store.transaction():
        for repository in store.repositories:
            for record in repository.list():
                changes: dict[str, object] = {
                    name: [payload] if is_list else payload
                    for name, is_list in _text_fields(type(record))}
                if isinstance(record, records.CheckInSeries):
                    # So the reminder of the next check-in is due now.
                    changes["reminder_minutes"] = 60 * 24 * 14
                repository.change(record.id, **changes)
                ids.setdefault(repository.table, []).append(record.id)
    return ids


def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch, opened: list[QDialog]) -> None:
    """exec() shows the dialog without blocking and answers 'cancel' / 'no'."""

    def fake_exec(self: QDialog) -> int:
        opened.append(self)
        self.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def _pages(root: QWidget) -> list[QTabWidget | QStackedWidget | QToolBox]:
    """Every inner page widget that holds more pages (tabs, stacks, tool boxes)."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, (QTabWidget, QStackedWidget, QToolBox))]


def _visit_pages(root: QWidget) -> None:
    for holder in _pages(root):
        current = holder.currentIndex()
        for index in range(holder.count()):
            holder.setCurrentIndex(index)
            page = holder.widget(index)
            if page is not None:
                _select_rows(page)
        holder.setCurrentIndex(current)


def _indexes(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(),  # noqa: B008
             depth: int = 0) -> Iterator[QModelIndex]:
    tree = not isinstance(model, (QAbstractListModel, QAbstractTableModel))
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if tree and column == 0 and depth < 2 and model.hasChildren(index):
                yield from _indexes(model, index, depth + 1)


def _raw(text: str) -> bool:
    """Whether ``text`` holds the markup or the image element unescaped."""
    return MARKUP in text or '<img src="http://127.0.0.1' in text


def _check_view_models(root: QWidget, failures: list[str]) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for index in _indexes(model):
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and _raw(tip) and GuiQt.mightBeRichText(tip):
                failures.append(f"tooltip of {type(model).__name__} row {index.row()} col "
                                f"{index.column()} renders the markup: {tip[:60]!r}")


def _select_rows(root: QWidget) -> None:
    """Select the first rows of every shown view, as a user clicking through would."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root) or model.rowCount() == 0:
            continue
        for row in range(min(model.rowCount(), 3)):
            view.setCurrentIndex(model.index(row, 0))


def _open_edit_dialogs(window: MainWindow, ids: dict[str, list[str]]) -> None:
    """The tabs' edit dialogs, each for a record that holds the payload."""
    store = window.context.store
    tabs = window.step_tabs
    for tab in tabs:
        window.tabs.setCurrentWidget(tab)
        for widget in [tab, *tab.findChildren(QWidget)]:
            edit = getattr(type(widget), "edit_current", None)
            if callable(edit):
                _select_rows(widget)
                edit(widget)
    delegation = tabs[4]
    delegation.open_rule_dialog(store.rules.get(ids["decision_rule"][0]))  # type: ignore[attr-defined]
    delegation.open_area_dialog(ids["area"][0])  # type: ignore[attr-defined]
    communication = tabs[2]
    assert isinstance(communication, CommunicationTab)
    checkins = [w for w in communication.findChildren(QWidget) if hasattr(w, "edit_series")]
    for page in checkins:
        page.edit_series(store.series.get(ids["checkin_series"][0]))  # type: ignore[attr-defined]
    tabs[0].open_health_check(modal=False)  # type: ignore[attr-defined]
    vision = tabs[5]
    for widget in vision.findChildren(QWidget):
        compare = getattr(type(widget), "open_compare", None)
        if callable(compare):
            compare(widget)


def _walk() -> list[str]:
    """Every widget that would render the payload as rich text."""
    failures: list[str] = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel) and _raw(widget.text()) and \
                widget.textFormat() != Qt.TextFormat.PlainText:
            failures.append(f"{name} renders {widget.text()[:60]!r} as rich text")
        tip = widget.toolTip()
        if _raw(tip) and GuiQt.mightBeRichText(tip):
            failures.append(f"tooltip of {name} renders the markup: {tip[:60]!r}")
        if isinstance(widget, QTextEdit):  # QTextBrowser too
            document = widget.document()
            shown = document.toPlainText()
            if "127.0.0.1" in document.toHtml() and (
                    MARKUP not in shown or '<img src="http' in document.toHtml()):
                failures.append(f"{name} renders the markup: {shown[:60]!r}")
    return failures


def _check_generated(text: str, what: str, payload: str, failures: list[str]) -> None:
    if payload in text or MARKUP in text:
        failures.append(f"{what} holds the markup unescaped")
    if "127.0.0.1" in text and html.escape(payload, quote=False) not in text and \
            html.escape(payload) not in text:
        failures.append(f"{what} holds the address outside the escaped text")


def test_no_user_text_renders_as_rich_text(
        qtbot, qapp: QApplication, file_store: Store, data_dir: Path,  # type: ignore[no-untyped-def]
        clock: FixedClock, listener: Listener, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    payload = f'{MARKUP}<img src="http://127.0.0.1:{listener.port}/x">'
    tandem = create_demo(file_store, "en", clock.today())
    ids = _fill_everything(file_store, payload)
    # Every kind of record holds the payload, and the text fields did take it.
    assert {"tandem", "question", "access_item", "checkin_series", "meeting", "agenda_item",
            "task", "agreement", "feedback", "feedback_prompt", "area", "decision_rule",
            "level_change", "vision", "goal", "health_check"} <= set(ids)
    assert file_store.tasks.get(ids["task"][0]).title == payload
    assert file_store.series.get(ids["checkin_series"][0]).standing_items == [payload]

    opened: list[QDialog] = []
    _no_blocking_dialogs(monkeypatch, opened)
    context = AppContext(file_store, data_dir, clock)
    context.set_tandem(file_store.tandems.get(tandem.id))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.currentWidget()
            _visit_pages(tab)
            _select_rows(tab)
        for table, record_ids in ids.items():
            window.show_record(table, record_ids[0])
            _select_rows(window)
        failures = _walk()

        _open_edit_dialogs(window, ids)
        communication = window.step_tabs[2]
        service = communication.findChild(ReminderService)
        assert service is not None
        assert any(payload in said for said in service.check())
        service.notify("Notice", payload)
        search = getattr(window, "search_panel", None)
        if search is not None:
            search.show()
            search.run("B")
        # Two records in the Trash, then the Trash dialog.
        with file_store.transaction():
            file_store.tasks.delete(ids["task"][0])
            file_store.questions.delete(ids["question"][0])
        window.open_trash()
        for dialog in opened + window.findChildren(QDialog):
            _visit_pages(dialog)
            _select_rows(dialog)
        failures += _walk()
        _check_view_models(window, failures)
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                _check_view_models(dialog, failures)

        # Generated documents: the handbook (Markdown, HTML, PDF) and the minutes.
        book = build_handbook(file_store, tandem.id, untranslated, clock.today())
        book_html = to_html(book)
        assert ESCAPED in book_html
        _check_generated(book_html, "handbook HTML", payload, failures)
        markdown = to_markdown(book)
        assert "\\<b\\>B\\</b\\>" in markdown
        if MARKUP in markdown:
            failures.append("handbook Markdown holds the markup unescaped")
        assert handbook_pdf(book).startswith(b"%PDF")
        # The vision compare view, against a version without the payload too.
        vision = file_store.visions.get(ids["vision"][0])
        plain = dataclasses.replace(vision, statement="Earlier", why="", horizon="")
        for old, new in ((vision, vision), (plain, vision), (vision, plain)):
            compared = compare_html(old, new, payload, payload)
            assert ESCAPED in compared
            _check_generated(compared, "vision compare HTML", payload, failures)
        meeting_pages = [w for w in communication.findChildren(QWidget)
                         if callable(getattr(type(w), "minutes", None))
                         and hasattr(w, "copy_markdown")]
        assert meeting_pages
        for meeting_id in ids["meeting"][:3]:
            assert communication.open_meeting(meeting_id)  # type: ignore[attr-defined]
            minutes = meeting_pages[0].minutes()  # type: ignore[attr-defined]
            assert minutes is not None
            minutes_html = exchange_minutes.to_html(minutes, untranslated)
            assert ESCAPED in minutes_html
            _check_generated(minutes_html, "minutes HTML", payload, failures)
            rendered = QTextDocument()
            rendered.setHtml(minutes_html)
            assert MARKUP in rendered.toPlainText()
            assert "\\<b\\>" in exchange_minutes.to_markdown(minutes, untranslated)
            write_minutes_pdf(minutes, tmp_path / "minutes.pdf", untranslated)
        failures += _walk()
        # The walk saw the payload for real: in labels, editors and open dialogs.
        widgets = QApplication.allWidgets()
        labels = [w for w in widgets if isinstance(w, QLabel) and payload in w.text()]
        editors = [w for w in widgets if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit))
                   and payload in (w.text() if isinstance(w, QLineEdit) else w.toPlainText())]
        dialogs = {type(w).__name__ for w in widgets if isinstance(w, QDialog) and w.isVisible()}
        assert len(labels) >= 10 and len(editors) >= 10
        assert len(dialogs) >= 8
        assert not failures, "\n".join(dict.fromkeys(failures))
    finally:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog):
                dialog.close()
        window.close()
        # The reminder timer (and any other) must not fire on the store once it is closed.
        for timer in window.findChildren(QTimer):
            timer.stop()
        file_store.database.notifier.unsubscribe(context._on_change)
    assert listener.connections == []
