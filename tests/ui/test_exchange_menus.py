"""File ▸ Export and File ▸ Import run off the UI thread and report back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.exchange.archive.export import export_archive
from tandem_desktop.storage.store import open_store
from tandem_desktop.ui.exchange_menus import ExchangeMenus
from tandem_desktop.ui.main_window import MainWindow
from tests.exchange.helpers import demo_folder


@pytest.fixture
def menus(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ExchangeMenus:
    found: ExchangeMenus = window.exchange_menus  # type: ignore[attr-defined]
    found.messages = []  # type: ignore[attr-defined]
    monkeypatch.setattr(found, "tell", lambda title, text, warning=False:
                        found.messages.append((title, text, warning)))  # type: ignore[attr-defined]
    return found


def _choose(menus: ExchangeMenus, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(menus, "ask_save_path", lambda *args: path)
    monkeypatch.setattr(menus, "ask_open_path", lambda: path)


def test_menus_are_visible(window: MainWindow) -> None:
    assert window.export_menu.menuAction().isVisible()
    assert window.import_menu.menuAction().isVisible()
    texts = [action.text() for action in window.export_menu.actions()]
    assert "Handbook (PDF)…" in texts and "Archive of this tandem (JSON)…" in texts


def test_export_archive_in_the_background(qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    store = window.context.store
    store.tasks.add(Task(tandem_id=window.context.tandem_id, title="<b>Bold</b> task",
                         owner="assistant"))
    target = tmp_path / "out.json"
    _choose(menus, monkeypatch, target)
    menus.archive_one.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=10_000)  # type: ignore[attr-defined]
    title, text, warning = menus.messages[0]  # type: ignore[attr-defined]
    assert (title, warning) == ("Export finished", False)
    assert str(target) in text
    data = json.loads(target.read_text())
    assert data["tandems"][0]["records"]["task"][0]["title"] == "<b>Bold</b> task"


def test_handbook_pdf_in_the_background(qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    target = tmp_path / "handbook.pdf"
    _choose(menus, monkeypatch, target)
    menus.handbook_pdf.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=20_000)  # type: ignore[attr-defined]
    assert menus.messages[0][2] is False, menus.messages  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"%PDF")


def test_import_adds_a_tandem_and_the_window_shows_it(
        qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FixedClock) -> None:
    source = tmp_path / "source"
    demo_folder(source, clock)
    other = open_store(source, clock)
    export_archive(other, tmp_path / "a.json")
    other.close()
    _choose(menus, monkeypatch, tmp_path / "a.json")
    menus.import_action.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=10_000)  # type: ignore[attr-defined]
    title, text, warning = menus.messages[0]  # type: ignore[attr-defined]
    assert title == "Import finished" and not warning
    assert "A backup was taken first" in text
    names = [window.switcher.itemText(i) for i in range(window.switcher.count())]
    assert "Office of the Managing Director" in names
    assert window.context.store.tandems.count() == 2


def test_a_refused_file_changes_nothing(qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tandem-archive", "version": 1, "tandems": [')
    _choose(menus, monkeypatch, bad)
    before = window.context.store.tasks.count()
    menus.import_action.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=10_000)  # type: ignore[attr-defined]
    title, text, warning = menus.messages[0]  # type: ignore[attr-defined]
    assert (title, warning) == ("Import refused", True)
    assert "ends too early" in text and str(bad) in text
    assert window.context.store.tasks.count() == before
    assert not (window.context.data_dir / "backups").exists()


def test_existing_records_ask_before_replacing(
        qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = window.context.store
    task = store.tasks.add(Task(tandem_id=window.context.tandem_id, title="Original",
                                owner="leader"))
    export_archive(store, tmp_path / "a.json")
    store.tasks.change(task.id, title="Edited since")
    asked: list[int] = []
    monkeypatch.setattr(menus, "ask_update", lambda count: asked.append(count) or True)
    _choose(menus, monkeypatch, tmp_path / "a.json")
    menus.import_action.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=10_000)  # type: ignore[attr-defined]
    assert asked == [2]  # the tandem and the task
    assert "2 updated" in menus.messages[0][1]  # type: ignore[attr-defined]
    assert store.tasks.get(task.id).title == "Original"
