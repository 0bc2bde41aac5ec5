"""File ▸ Export and File ▸ Import run off the UI thread and report back."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.archive.export import export_archive
from tandem_desktop.exchange.archive.importing import import_archive
from tandem_desktop.exchange.archive.reading import read_archive
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.ui.exchange_menus import ExchangeMenus
from tandem_desktop.ui.main_window import MainWindow
from tests.exchange.helpers import demo_folder, write_version_1


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
    assert "&Handbook (PDF)…" in texts and "Archive of &this tandem (JSON)…" in texts


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
    """A version 1 file (no stamps): its records replace those here."""
    store = window.context.store
    task = store.tasks.add(Task(tandem_id=window.context.tandem_id, title="Original",
                                owner="leader"))
    export_archive(store, tmp_path / "a.json")
    store.tasks.change(task.id, title="Edited since")
    asked: list[int] = []
    monkeypatch.setattr(menus, "ask_update", lambda count: asked.append(count) or True)
    _choose(menus, monkeypatch, write_version_1(tmp_path / "a.json", tmp_path / "v1.json"))
    menus.import_action.trigger()
    qtbot.waitUntil(lambda: bool(menus.messages), timeout=10_000)  # type: ignore[attr-defined]
    assert asked == [2]  # the tandem and the task
    assert "2 updated" in menus.messages[0][1]  # type: ignore[attr-defined]
    assert store.tasks.get(task.id).title == "Original"


@pytest.fixture
def partner(window: MainWindow, tmp_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """The partner's copy of the window's tandem, with 25 receipts and a task, a minute on."""
    store = window.context.store
    tandem_id = window.context.tandem_id
    store.tasks.add(Task(tandem_id=tandem_id, title="Original", owner="leader"))
    store.tasks.add_many(Task(tandem_id=tandem_id, title=f"Receipt {number}", owner="assistant")
                         for number in range(25))
    export_archive(store, tmp_path / "mine.json")
    later = FixedClock(clock.now() + timedelta(minutes=1))
    other = open_store(tmp_path / "partner", later)
    import_archive(other, read_archive(tmp_path / "mine.json", translate=untranslated),
                   translate=untranslated)
    yield other
    other.close()


def _import_from(qtbot, menus: ExchangeMenus, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                 partner: Store, path: Path, *, messages: int = 1) -> str:
    export_archive(partner, path)
    _choose(menus, monkeypatch, path)
    menus.import_action.trigger()
    qtbot.waitUntil(lambda: len(menus.messages) >= messages, timeout=10_000)  # type: ignore[attr-defined]
    title, text, warning = menus.messages[-1]  # type: ignore[attr-defined]
    assert (title, warning) == ("Import finished", False)
    return str(text)


def test_a_partner_file_is_merged_by_its_stamps(
        qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, partner: Store) -> None:
    store = window.context.store
    task = next(t for t in partner.tasks.list() if t.title == "Original")
    partner.tasks.change(task.id, title="From the partner")
    store.tasks.change(task.id, notes="Mine, meanwhile")  # another field: both stay
    asked: list[int] = []
    monkeypatch.setattr(menus, "ask_merge", lambda count: asked.append(count) or True)
    text = _import_from(qtbot, menus, monkeypatch, partner, tmp_path / "theirs.json")
    assert asked == [27]  # the tandem, the task and the receipts
    assert "1 updated" in text and "A backup was taken first" in text
    merged = store.tasks.get(task.id)
    assert (merged.title, merged.notes) == ("From the partner", "Mine, meanwhile")
    assert store.tandems.get(window.context.tandem_id).my_role == "assistant"


def _delete_receipts(partner: Store) -> None:
    with partner.transaction():
        for task in partner.tasks.list():
            if task.title.startswith("Receipt"):
                partner.tasks.delete(task.id)


def _receipts(store: Store) -> int:
    return sum(task.title.startswith("Receipt") for task in store.tasks.list())


def test_a_large_deletion_is_made_once_the_user_confirms(
        qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, partner: Store) -> None:
    _delete_receipts(partner)
    monkeypatch.setattr(menus, "ask_merge", lambda count: True)
    seen: list[str] = []

    def press_delete() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press_delete)  # not on screen yet
            return
        seen.append(box.text())
        buttons = [b for b in box.buttons() if b.text() == "Delete them"]
        if not buttons:
            box.reject()  # fail below rather than wait for a click forever
            return
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    real_question = menus.ask_confirm_deletions

    def ask(text: str) -> bool:
        QTimer.singleShot(0, press_delete)  # clicks once the real question is on screen
        return real_question(text)

    monkeypatch.setattr(menus, "ask_confirm_deletions", ask)
    text = _import_from(qtbot, menus, monkeypatch, partner, tmp_path / "theirs.json")
    assert "The file would delete 25 records here" in seen[0]
    assert "25 records deleted after your confirmation" in text
    assert _receipts(window.context.store) == 0


def test_a_large_deletion_waits_when_the_user_keeps_the_records(
        qtbot, window: MainWindow, menus: ExchangeMenus,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, partner: Store) -> None:
    _delete_receipts(partner)
    monkeypatch.setattr(menus, "ask_merge", lambda count: True)
    monkeypatch.setattr(menus, "ask_confirm_deletions", lambda text: False)
    text = _import_from(qtbot, menus, monkeypatch, partner, tmp_path / "theirs.json")
    assert "would delete 25 records" in text and "They stay until" in text
    assert _receipts(window.context.store) == 25
