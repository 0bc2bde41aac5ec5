"""Backups: taken with the backup API, verified, thinned, restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.storage import backups as backups_module
from tandem_desktop.storage.backups import Backup, BackupError, Backups, verify
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.store import Store, open_store
from tests.reliability.helpers import checks, fill


def _titles(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM task")}
    finally:
        conn.close()


def test_backup_is_a_verified_snapshot(file_store: Store) -> None:
    tandem = fill(file_store)
    path = file_store.back_up("manual")
    assert path.parent == file_store.data_dir / "backups"  # type: ignore[operator]
    assert path.name == "tandem-20261129-100000-manual.db"
    assert verify(path)
    assert checks(path) == (["ok"], [])
    assert _titles(path) == {f"Task {n}" for n in range(5)}
    # Written while the live file holds uncommitted WAL content: still the committed state.
    with file_store.transaction():
        file_store.tasks.add(Task(tandem_id=tandem.id, title="Later", owner="leader"))
    assert "Later" not in _titles(path)
    assert not list(path.parent.glob("*.part"))


def test_backups_in_the_same_second_get_distinct_moments(file_store: Store) -> None:
    fill(file_store)
    first = file_store.back_up("manual")
    second = file_store.back_up("before-restore")
    assert first != second
    taken = [backup.taken_at for backup in file_store.backups.all()]  # type: ignore[union-attr]
    assert len(taken) == len(set(taken)) == 2


def test_failed_verification_leaves_no_file(file_store: Store,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    fill(file_store)
    monkeypatch.setattr(backups_module, "verify", lambda path: False)
    with pytest.raises(BackupError) as raised:
        file_store.back_up("manual")
    assert isinstance(raised.value, WriteFailedError)
    assert list((file_store.data_dir / "backups").iterdir()) == []  # type: ignore[operator]


def test_leftover_partial_copy_is_cleared(file_store: Store) -> None:
    fill(file_store)
    folder = file_store.data_dir / "backups"  # type: ignore[operator]
    folder.mkdir()
    (folder / "tandem-20261128-100000-daily.db.part").write_bytes(b"half")
    file_store.back_up("daily")
    assert [path.name for path in folder.iterdir()] == ["tandem-20261129-100000-daily.db"]


def test_is_due_after_a_day(file_store: Store, clock: FixedClock) -> None:
    backups = file_store.backups
    assert backups is not None and backups.is_due()
    file_store.back_up("daily")
    assert not backups.is_due()
    clock.advance(timedelta(hours=23, minutes=59))
    assert not backups.is_due()
    clock.advance(timedelta(minutes=1))
    assert backups.is_due()


def _expected_survivors(days: list[date]) -> set[date]:
    """The rule written out the long way: newest per day (7), ISO week (4), month (12)."""
    newest_first = sorted(days, reverse=True)
    keep = {newest_first[0]}
    daily = sorted(set(newest_first), reverse=True)[:7]
    keep |= set(daily)
    weeks: dict[tuple[int, int], date] = {}
    months: dict[tuple[int, int], date] = {}
    for day in newest_first:
        weeks.setdefault(day.isocalendar()[:2], day)
        months.setdefault((day.year, day.month), day)
    keep |= {weeks[key] for key in sorted(weeks, reverse=True)[:4]}
    keep |= {months[key] for key in sorted(months, reverse=True)[:12]}
    return keep


def test_thinning_over_400_days_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = datetime(2025, 10, 26, 3, 0, tzinfo=UTC)
    clock = FixedClock(start)
    store = open_store(tmp_path / "data", clock)
    try:
        fill(store, count=1)
        backups = store.backups
        assert backups is not None
        days: list[date] = []
        for _ in range(400):
            backups.create(store.database.conn, "daily")
            days.append(clock.now().date())
            clock.advance(timedelta(days=1))
        clock.advance(timedelta(days=-1))
        survivors = {backup.taken_at.date() for backup in backups.all()}
    finally:
        store.close()

    assert survivors == _expected_survivors(days)
    newest = days[-1]
    assert newest == date(2026, 11, 29)
    assert {newest - timedelta(days=n) for n in range(7)} <= survivors
    # Weekly: the newest of the last 4 ISO weeks (Sundays before this week's).
    assert {date(2026, 11, 22), date(2026, 11, 15), date(2026, 11, 8)} <= survivors
    # Monthly: the last day of each earlier month, back to the 12th month.
    assert {date(2026, 10, 31), date(2026, 1, 31), date(2025, 12, 31)} <= survivors
    assert date(2025, 11, 30) not in survivors  # the 13th month back
    assert len(survivors) == len(_expected_survivors(days)) <= 7 + 4 + 12


def test_thinning_keeps_the_newest_and_the_last_day(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    folder = tmp_path / "data" / "backups"
    folder.mkdir(parents=True)
    for hours in range(0, 30):  # one every hour over the last 30 hours
        moment = clock.now() - timedelta(hours=hours)
        (folder / f"tandem-{moment:%Y%m%d-%H%M%S}-auto.db").write_bytes(b"")
    backups = Backups(tmp_path / "data", clock)
    backups.thin()
    left = [backup.taken_at for backup in backups.all()]
    assert left[0] == clock.now()
    assert all(clock.now() - moment < timedelta(hours=24) for moment in left[:24])
    # The last 24 hours stay whole; the 28th's newest (23:00) is among them, so the
    # older hours of the 28th go.
    assert len(left) == 24


def test_backup_listing_ignores_foreign_files(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "tandem-20261129-100000-before-restore.db").write_bytes(b"")
    listed = Backups(tmp_path, clock).all()
    assert listed == [Backup(folder / "tandem-20261129-100000-before-restore.db",
                             datetime(2026, 11, 29, 10, 0, tzinfo=UTC), "before-restore")]
