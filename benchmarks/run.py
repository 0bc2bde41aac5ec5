"""Run the benchmarks: `python benchmarks/run.py [NAME ...] [--scale S]`.

Each module in this folder with a ``run(scale=1.0) -> str`` function is one
benchmark; its last printed line is ``NAME: VALUE UNIT (target < LIMIT UNIT) ok|MISS``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def available() -> list[str]:
    return sorted(
        path.stem for path in HERE.glob("*.py")
        if path.stem not in ("run", "__init__", "common") and not path.stem.startswith("_")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help=f"any of: {', '.join(available())}")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="shrink (or grow) the data, e.g. 0.1 for a quick look")
    args = parser.parse_args(argv)
    names = args.names or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    lines = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        lines.append(module.run(scale=args.scale))
    print("\nsummary:")
    for line in lines:
        print(f"  {line}")
    return 0 if all(line.rstrip().endswith(" ok") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
