"""Each of the four lists offers its CSV export on right-click."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import Task
from tandem_desktop.ui.main_window import MainWindow


def test_the_four_lists_offer_csv_export(window: MainWindow) -> None:
    tabs = window.step_tabs
    views = {
        "questions": tabs[1].questions.table,  # type: ignore[attr-defined]
        "tasks": tabs[2].tasks.table,  # type: ignore[attr-defined]
        "feedback": tabs[3].table,  # type: ignore[attr-defined]
        "rules": tabs[4].rules.table,  # type: ignore[attr-defined]
    }
    for what, view in views.items():
        texts = [action.text() for action in view.actions()]
        assert "Export as CSV…" in texts, what


def test_exporting_the_task_list(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.context.store
    store.tasks.add(Task(tandem_id=window.context.tandem_id, title="=SUM(A1)", owner="leader"))
    target = tmp_path / "tasks.csv"
    menus = window.exchange_menus  # type: ignore[attr-defined]
    monkeypatch.setattr(menus, "ask_save_path", lambda *args, **kwargs: target)
    monkeypatch.setattr("tandem_desktop.ui.exchange_menus.inform", lambda *a, **k: None)
    view = window.step_tabs[2].tasks.table  # type: ignore[attr-defined]
    action = next(a for a in view.actions() if a.text() == "Export as CSV…")
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = target.read_bytes().decode("utf-8-sig")
    assert "'=SUM(A1)" in text
