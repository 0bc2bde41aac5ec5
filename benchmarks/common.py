"""Small helpers the benchmarks share: timing, typing, the result line, set-up and clean-up."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def qt_app() -> Any:
    """The running QApplication, or a new one (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def result_line(name: str, value: float, unit: str, limit: float, *, sign: str = "<",
                digits: int | None = None) -> str:
    """``NAME: VALUE UNIT (target < LIMIT UNIT) ok`` (or ``MISS``), printed and returned.

    ``digits`` fixes the decimals of the value; by default they follow its size.
    """
    ok = {"<": value < limit, "<=": value <= limit, ">": value > limit}[sign]
    shown = _digits(value) if digits is None else digits
    line = f"{name}: {value:.{shown}f} {unit} (target {sign} {limit:g} {unit}) " + (
        "ok" if ok else "MISS")
    print(line, flush=True)
    return line


def _digits(value: float) -> int:
    return 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0


def bench_store(data_dir: Path) -> tuple[Any, Any, Any]:
    """A fresh store in ``data_dir`` with one tandem, on the demo's fixed clock."""
    from tandem_desktop.domain.clock import FixedClock
    from tandem_desktop.domain.records import Tandem
    from tandem_desktop.storage.store import open_store

    clock = FixedClock(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    store = open_store(data_dir, clock)
    tandem = store.tandems.add(Tandem(name="Bench", leader_name="Claudia",
                                      assistant_name="Jonas", my_role="assistant"))
    return store, tandem, clock


def bench_context(store: Any, data_dir: Path, clock: Any, tandem: Any) -> Any:
    """The app context (English) the real tabs are built on, with the tandem chosen."""
    from tandem_desktop.ui.context import AppContext

    context = AppContext(store, data_dir, clock)
    context.set_tandem(tandem)
    return context


def keystroke_ms(app: Any, field: Any, words: Iterable[str], repaint: Callable[[], object],
                 runs: int) -> list[float]:
    """Type each of ``words`` into ``field`` from empty, one key at a time, ``runs`` times.

    Each figure runs from the key press until ``repaint()`` has painted the updated view,
    as the user would see it.
    """
    from PySide6.QtTest import QTest

    timings: list[float] = []
    for _ in range(runs):
        for word in words:
            field.clear()
            app.processEvents()
            field.setFocus()
            for char in word:
                started = time.perf_counter()
                QTest.keyClick(field, char)
                repaint()
                timings.append((time.perf_counter() - started) * 1000)
                assert field.text().endswith(char)
    return timings


def close_all(app: Any, widget: Any, store: Any, context: Any) -> None:
    """Close the widget and the store, so that the temporary folder can go."""
    widget.close()
    widget.deleteLater()
    app.processEvents()
    store.database.notifier.unsubscribe(context._on_change)
    store.close()


def committed_title(db: Path, task_id: str) -> str:
    """A task's title as committed, read through a read-only connection of its own."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT title FROM task WHERE id = ?", [task_id]).fetchone()[0])
    finally:
        conn.close()
