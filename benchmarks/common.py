"""Small helpers the benchmarks share: timing, the result line, bulk data."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(work: Callable[[], object], repeats: int = 15, warmup: int = 2) -> float:
    """The median wall time of ``work`` in milliseconds."""
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def result_line(name: str, value: float, unit: str, limit: float, *, sign: str = "<") -> str:
    """``NAME: VALUE UNIT (target < LIMIT UNIT) ok`` (or ``MISS``), printed and returned."""
    ok = {"<": value < limit, "<=": value <= limit, ">": value > limit}[sign]
    line = f"{name}: {value:.{_digits(value)}f} {unit} (target {sign} {limit:g} {unit}) " + (
        "ok" if ok else "MISS")
    print(line, flush=True)
    return line


def _digits(value: float) -> int:
    return 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
