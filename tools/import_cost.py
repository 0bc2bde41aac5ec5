"""List the modules a start imports before the Overview shows the data, with their cost.

    .venv/bin/python tools/import_cost.py [--data-dir DIR] [--records N] [--top 40]

Starts ``tandem --quit-after-start`` under ``python -X importtime`` (on the given
folder, or on a new one with N records) and splits what it imported into three
phases: before the window frame paints, between the frame and the filled
Overview, and (not listed) everything after. Each line gives a module's own
import time and its total with what it imported, in microseconds; importtime
itself slows imports down, so compare the figures with each other only.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def imports_by_phase(data_dir: Path) -> dict[str, list[tuple[int, int, int, str]]]:
    """(own µs, total µs, depth, module) per phase: "frame", "content"."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # stdout and stderr in one stream keep the figures in order with the imports.
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-u", "-m", "tandem_desktop", "--data-dir",
         str(data_dir), "--quit-after-start"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, timeout=300, check=True)
    phases: dict[str, list[tuple[int, int, int, str]]] = {"frame": [], "content": []}
    phase: str | None = "frame"
    for row in result.stdout.splitlines():
        if row.startswith("startup-ms:"):
            phase = "content"
        elif row.startswith("content-ms:"):
            phase = None
        elif phase and (match := LINE.match(row)):
            own, total, indent, module = match.groups()
            phases[phase].append((int(own), int(total), (len(indent) - 1) // 2, module))
    return phases


def report(phases: dict[str, list[tuple[int, int, int, str]]], top: int) -> None:
    titles = {"frame": "before the window frame paints",
              "content": "after the frame, before the Overview shows the data"}
    for phase, rows in phases.items():
        own = sum(row[0] for row in rows)
        print(f"\n{titles[phase]}: {len(rows)} modules, {own / 1000:.1f} ms in all")
        print(f"{'own µs':>8} {'total µs':>9}  module (the heaviest {top})")
        for own_us, total_us, _depth, module in sorted(rows, reverse=True)[:top]:
            print(f"{own_us:8d} {total_us:9d}  {module}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tandem-imports-") as folder:
        data_dir = args.data_dir
        if data_dir is None:
            sys.path.insert(0, str(ROOT))
            from benchmarks.startup_ratio import build_data

            data_dir = Path(folder) / "data"
            build_data(data_dir, args.records)
        imports_by_phase(data_dir)  # once to write the bytecode, as an installed app has it
        report(imports_by_phase(data_dir), args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
