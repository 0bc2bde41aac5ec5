"""Render resources/icons/tandem.svg into the PNG, ICO and ICNS files the bundle needs.

    python tools/make_icons.py

Qt draws the SVG (QtSvg ships with PySide6-Essentials); Pillow writes the .ico
and .icns containers. Pillow is needed only here, at build time; the generated
files are committed so that a normal build does not need it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "tandem.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    try:
        from PIL import Image
    except ImportError:
        print("Pillow is needed to write .ico and .icns: pip install pillow", file=sys.stderr)
        return 1
    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    large = Image.open(io.BytesIO(render_png(1024))).convert("RGBA")
    for size in PNG_SIZES:
        path = ICONS / ("tandem.png" if size == 256 else f"tandem-{size}.png")
        path.write_bytes(render_png(size))
    large.save(ICONS / "tandem.ico", sizes=[(size, size) for size in ICO_SIZES])
    large.save(ICONS / "tandem.icns")
    del app
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
