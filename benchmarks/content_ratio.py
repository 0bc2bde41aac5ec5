"""content_ratio: the user's own data on screen, against a bare six-tab PySide6 window.

Tandem (``--quit-after-start``) on 10,000 and on 100,000 records and the bare
window are started as fresh processes, alternating, all from compiled bytecode.
Each reports milliseconds from process start: Tandem its window frame
(``startup-ms``) and its Overview filled with the data (``content-ms``), the
bare window its first paint. The figures are ratios of the medians:

- the Overview filled: at most 1.5 x with 10,000 records, 2 x with 100,000;
- the frame: at most 1.2 x (at both sizes).

When the PyInstaller bundle is built (``dist/Tandem``), the frozen app is
compared the same way with a frozen bare window (built here, into a temporary
folder, when PyInstaller is installed).
"""

from __future__ import annotations

import compileall
import importlib.util
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import result_line
from benchmarks.startup_ratio import ROOT, _figures, build_data

SIZES = (10_000, 100_000)
CONTENT_LIMITS = {10_000: 1.5, 100_000: 2.0}
FRAME_LIMIT = 1.2
BUNDLE = ROOT / "dist" / "Tandem" / ("tandem.exe" if sys.platform == "win32" else "tandem")


def _compare(app_command: list[str], bare_command: list[str], data_dirs: dict[int, Path],
             records: dict[int, int], rounds: int, label: str) -> list[str]:
    """Alternate the app at each size with the bare window; one result line per target."""
    _figures([*app_command, "--data-dir", str(data_dirs[SIZES[0]])])  # warm the file cache
    _figures(bare_command)
    frames: dict[int, list[float]] = {size: [] for size in data_dirs}
    contents: dict[int, list[float]] = {size: [] for size in data_dirs}
    checks: dict[int, list[float]] = {size: [] for size in data_dirs}
    bare: list[float] = []
    for _ in range(rounds):
        for size, data_dir in data_dirs.items():
            figures = _figures([*app_command, "--data-dir", str(data_dir)])
            frames[size].append(figures["startup-ms"])
            contents[size].append(figures["content-ms"])
            checks[size].append(figures.get("check-ms", 0.0))
            bare.append(_figures(bare_command)["startup-ms"])
    bare_median = statistics.median(bare)
    lines = []
    for size in data_dirs:
        count = f"{records[size]:,}"
        frame, content = statistics.median(frames[size]), statistics.median(contents[size])
        print(f"{label}{count} records: frame {frame:.0f} ms, Overview filled {content:.0f} "
              f"ms, quick check afterwards on its own thread {statistics.median(checks[size]):.0f}"
              f" ms; bare window {bare_median:.0f} ms ({rounds} rounds)")
        lines.append(result_line(f"{label}content {count}", content / bare_median, "x",
                                 CONTENT_LIMITS[size], sign="<="))
        lines.append(result_line(f"{label}frame {count}", frame / bare_median, "x",
                                 FRAME_LIMIT, sign="<="))
    return lines


def _frozen_bare_window(folder: Path) -> list[str] | None:
    """The bare window frozen like the app (one folder), or None without PyInstaller."""
    if importlib.util.find_spec("PyInstaller") is None:
        return None
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                    "--name", "bare-window", "--distpath", str(folder / "dist"),
                    "--workpath", str(folder / "work"), "--specpath", str(folder),
                    "--paths", str(ROOT), str(ROOT / "benchmarks" / "_bare_window.py")],
                   cwd=ROOT, capture_output=True, check=True, timeout=900)
    return [str(folder / "dist" / "bare-window" / "bare-window")]


def run(scale: float = 1.0) -> str:
    rounds = max(3, int(9 * min(scale, 1.0)) | 1)
    import tandem_desktop

    compileall.compile_dir(str(Path(tandem_desktop.__file__).parent), quiet=1)
    compileall.compile_dir(str(ROOT / "benchmarks"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dirs = {size: Path(folder) / f"data-{size}" for size in SIZES}
        records = {size: max(30, int(size * scale)) for size in SIZES}
        for size, data_dir in data_dirs.items():
            build_data(data_dir, records[size])
        lines = _compare([sys.executable, "-m", "tandem_desktop", "--quit-after-start"],
                         [sys.executable, "-m", "benchmarks._bare_window"], data_dirs,
                         records, rounds, "")
        if BUNDLE.exists():
            frozen_bare = _frozen_bare_window(Path(folder) / "frozen")
            if frozen_bare is None:
                print("the bundle is built, but PyInstaller (for a frozen bare window) is not "
                      "installed: the frozen comparison is left out")
            else:
                lines += _compare([str(BUNDLE), "--quit-after-start"], frozen_bare, data_dirs,
                                  records, rounds, "frozen ")
        else:
            print(f"no bundle in {BUNDLE.parent} (pyinstaller build.spec): "
                  "the frozen comparison is left out")
    missed = [line.split(":")[0] for line in lines if not line.endswith(" ok")]
    value = float(lines[0].split(": ")[1].split(" ")[0])
    # The headline is the 10,000-record figure; it is ok only when every target is met.
    line = (f"content_ratio: {value:.2f} x (target <= {CONTENT_LIMITS[SIZES[0]]:g} x; "
            f"{len(lines) - len(missed)} of {len(lines)} targets met"
            + (f", missed: {', '.join(missed)}" if missed else "") + ") "
            + ("MISS" if missed else "ok"))
    print(line, flush=True)
    return line


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
