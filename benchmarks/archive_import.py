"""Benchmark: check and import a JSON archive of 20,000 records into an empty folder.

Builds a tandem with 20,000 tasks and questions (times ``scale``) in a temporary
folder, exports it with the real exporter, then times the whole import path:
reading and checking the file, the backup, and the one-transaction write into a
fresh data folder (a new folder each run).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import bench_store, result_line

NAME = "archive_import"
LIMIT_MS = 4000.0
RECORDS = 20_000
WORDS = ("invoice", "travel", "booking", "report", "board", "contract", "Rückmeldung",
         "Besprechung", "Reisekosten", "Angebot", "hotel", "visa")


def _source(folder: Path, count: int) -> Path:
    from tandem_desktop.domain.records import Question, Task
    from tandem_desktop.exchange.archive.export import export_archive

    store, tandem, _clock = bench_store(folder / "source")
    chance = random.Random(9)
    start = date(2026, 1, 1)

    def text() -> str:
        return " ".join(chance.choice(WORDS) for _ in range(6))

    with store.transaction():
        store.tasks.add_many(
            Task(tandem_id=tandem.id, title=text(), owner=chance.choice(("leader", "assistant")),
                 due_on=(start + timedelta(days=chance.randrange(400))).isoformat(),
                 notes=text())
            for _ in range(count // 2))
        store.questions.add_many(
            Question(tandem_id=tandem.id, text=text(), context=text(), asked_by="assistant",
                     asked_on=(start + timedelta(days=chance.randrange(400))).isoformat())
            for _ in range(count - count // 2))
    archive = folder / "archive.json"
    export_archive(store, archive)
    store.close()
    return archive


def run(scale: float = 1.0) -> str:
    from tandem_desktop.domain.translation import untranslated
    from tandem_desktop.exchange.archive.importing import import_archive
    from tandem_desktop.exchange.archive.reading import read_archive
    from tandem_desktop.storage.store import open_store

    count = max(20, int(RECORDS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as name:
        folder = Path(name)
        archive = _source(folder, count)
        samples = []
        for attempt in range(3):
            target = open_store(folder / f"target-{attempt}")
            begin = time.perf_counter()
            result = import_archive(target, read_archive(archive, translate=untranslated),
                                    translate=untranslated)
            samples.append((time.perf_counter() - begin) * 1000)
            target.close()
            assert result.added == count + 1
        print(f"{NAME}: {count} records, {archive.stat().st_size // 1024} KB, runs "
              + ", ".join(f"{sample:.0f} ms" for sample in samples))
    return result_line(NAME, statistics.median(samples), "ms", LIMIT_MS * max(scale, 0.01))


if __name__ == "__main__":
    run()
