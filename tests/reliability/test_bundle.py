"""Build the PyInstaller bundle and start it: the double-click app really starts.

Slow (a build takes a minute or less), so it runs only when asked for:

    TANDEM_BUNDLE_TEST=1 pytest tests/reliability/test_bundle.py -s

It prints the build time, the bundle's size and its start time.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MB = 130

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("TANDEM_BUNDLE_TEST") != "1",
                       reason="set TANDEM_BUNDLE_TEST=1 to build and start the bundle"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e .[bundle])"),
]


def _size_mb(folder: Path) -> float:
    """Bytes on disk in MB; symbolic links (the bundle links shared libraries) count once."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink()) / 2**20


def test_bundle_builds_small_and_starts(tmp_path: Path) -> None:
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    build_seconds = time.monotonic() - started
    assert build.returncode == 0, build.stderr[-4000:]
    folder = tmp_path / "dist" / "Tandem"
    executable = folder / ("tandem.exe" if sys.platform == "win32" else "tandem")
    assert executable.exists()
    size = _size_mb(folder)

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CI": "true"}
    data = tmp_path / "data"
    begin = time.monotonic()
    start = subprocess.run([str(executable), "--data-dir", str(data), "--demo",
                            "--quit-after-start"],
                           capture_output=True, text=True, timeout=120, env=env, check=False)
    wall_ms = (time.monotonic() - begin) * 1000
    assert start.returncode == 0, start.stderr
    assert "startup-ms:" in start.stdout
    # The bundled command line works too, with its translations and the handbook.
    export = subprocess.run([str(executable), "--data-dir", str(data), "--lang", "de",
                             "export", "--format", "md", str(tmp_path / "h.md")],
                            capture_output=True, text=True, timeout=120, env=env, check=False)
    assert export.returncode == 0, export.stderr
    assert "Tandem-Handbuch" in (tmp_path / "h.md").read_text(encoding="utf-8")

    print(f"\nbundle: build {build_seconds:.0f} s, size {size:.0f} MB, "
          f"{start.stdout.strip()}, start to exit {wall_ms:.0f} ms")
    assert size <= SIZE_LIMIT_MB, f"bundle is {size:.0f} MB (limit {SIZE_LIMIT_MB} MB)"
