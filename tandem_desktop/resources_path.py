"""Where the app's resources (icons, translations) are, in a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "tandem_desktop" / "resources"
    package = Path(__file__).resolve().parent
    # A wheel ships them inside the package; a checkout (also when installed
    # editable) keeps them at the top of the repository. Plain paths rather than
    # importlib.resources, which costs the start a few milliseconds.
    shipped = package / "resources"
    return shipped if shipped.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
