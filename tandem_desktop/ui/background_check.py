"""SQLite's quick check of the data file on a thread of its own, while the user works.

The window shows the user's data first; the check reads every page meanwhile
(in time with the size of the file) and reports back by signal, in the UI
thread. What to do about damage it finds is the caller's business (``app.py``
closes the window, sets the file aside and offers the newest backup).
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

from tandem_desktop.storage.store import QuickCheck


class BackgroundCheck(QObject):
    """Runs one ``QuickCheck`` on a worker thread; ``finished`` carries what it found
    (None when the file reads well) and ``seconds`` how long it took."""

    # Created in the UI thread, so the connected slots run there.
    finished = Signal(object)

    def __init__(self, check: QuickCheck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.seconds = 0.0
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        problem = self.check.run()
        self.seconds = time.perf_counter() - started
        self.finished.emit(problem)

    def stop(self) -> None:
        """Cancel a check still running and wait for its thread (before the app ends)."""
        self.check.cancel()
        if self._thread.is_alive():
            self._thread.join()
