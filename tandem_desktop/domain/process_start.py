"""When this process started, for the start-up figures (``--quit-after-start``).

Tiny on purpose: the benchmarks' bare window imports it too, so it must cost nothing.
"""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.time()


def process_started_at() -> float:
    """The wall-clock time this process started (falls back to when this module loaded)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stream:
            fields = stream.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as stream:
            uptime = float(stream.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT
