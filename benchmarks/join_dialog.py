"""join_dialog: the window while File ▸ Join my partner's tandem… joins 20,000 records.

The partner's copy holds the demo tandem plus bulk records (``_big_tandem``, about
20,000 records at scale 1) and shares it through a folder; a second data folder
joins it through the real dialog (folder and code typed in, Join clicked). The
join runs on a pool thread in one transaction; meanwhile a 10 ms timer on the UI
thread notes how late each of its ticks comes. The figure is the longest pause
of the UI thread during the join (the window must keep painting and taking keys);
the time the join took, and the longest pause of the same timer while nothing
runs (the machine's own noise, measured in the same run), are printed with it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks import _big_tandem
from benchmarks.common import qt_app, result_line

NAME = "join_dialog"
TARGET_MS = 100.0
BULK_SCALE = 20_000 / sum(_big_tandem.COUNTS.values())  # about 20,000 records at scale 1


def run(scale: float = 1.0) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from tandem_desktop.exchange.syncfolder.pairing import grouped
    from tandem_desktop.exchange.syncfolder.rounds import share
    from tandem_desktop.storage.store import open_store
    from tandem_desktop.ui.context import AppContext
    from tandem_desktop.ui.sync.join_dialog import JoinDialog

    qt_app()
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        root = Path(folder)
        partner, tandem, clock = _big_tandem.build(root / "partner", BULK_SCALE * scale)
        partner.tandems.change(tandem.id, my_role="leader")
        records = partner.database.scalar(
            "SELECT count(*) FROM task") + partner.database.scalar("SELECT count(*) FROM question")
        (root / "shared").mkdir()
        code = share(partner, tandem.id, root / "shared")
        partner.close()

        store = open_store(root / "joiner", clock)
        context = AppContext(store, root / "joiner", clock)
        dialog = JoinDialog(context)
        dialog.show()
        dialog.folder.edit.setText(str(root / "shared"))
        dialog.code.setText(grouped(code))
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(tick)
        idle = QEventLoop()
        QTimer.singleShot(2000, idle.quit)
        ticker.start()
        idle.exec()
        idle_gap = max(gaps, default=0.0)
        gaps.clear()
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        last[0] = time.perf_counter()
        started = time.perf_counter()
        dialog.join_button.click()
        if dialog.job is not None:
            loop.exec()
        took = time.perf_counter() - started
        ticker.stop()
        joined = dialog.joined
        dialog.deleteLater()
        store.database.notifier.unsubscribe(context._on_change)
        store.close()
    if joined is None:
        raise RuntimeError("the join did not go through")
    median = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    print(f"{NAME}: {records} tasks and questions joined in {took:.1f} s; {len(gaps)} ticks, "
          f"median {median:.0f} ms; longest pause with nothing running {idle_gap:.0f} ms")
    return result_line(NAME, max(gaps, default=0.0), "ms", TARGET_MS, digits=0)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
