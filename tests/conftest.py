"""Fixtures shared by every test: a fixed clock, a private data folder, a store, a window."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Tandem
from tandem_desktop.storage.store import Store, open_store

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user data folder or settings."""
    monkeypatch.setenv("TANDEM_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(clock: FixedClock) -> Iterator[Store]:
    """An in-memory store with the full schema."""
    opened = Store.in_memory(clock)
    yield opened
    opened.close()


@pytest.fixture
def file_store(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    opened = open_store(data_dir, clock)
    yield opened
    opened.close()


def make_tandem(store: Store, **changes: object) -> Tandem:
    values: dict[str, object] = {
        "name": "Office", "leader_name": "Claudia", "assistant_name": "Jonas",
        "my_role": "assistant", "started_on": "2026-01-05",
    }
    values.update(changes)
    return store.tandems.add(Tandem(**values))  # type: ignore[arg-type]


@pytest.fixture
def tandem(store: Store) -> Tandem:
    return make_tandem(store)


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """The application speaks English as the app does at start: with its English
    plural forms ("1 task", "2 tasks") installed."""
    from tandem_desktop.ui.translators import Translators

    english = Translators()
    english.install("en")
    yield qapp
    english.uninstall()


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Install the German translation for one test."""
    from PySide6.QtCore import QLocale

    from tandem_desktop.ui.translators import Translators

    translators = Translators()
    translators.install("de")
    yield
    translators.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time is Europe/Berlin for one test."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()
