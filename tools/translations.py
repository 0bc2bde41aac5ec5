"""Keep the German and English translations in step with the source.

    python tools/translations.py update [GROUP ...]      # lupdate into the .ts sources
    python tools/translations.py missing                 # German strings not yet translated
    python tools/translations.py apply F.tsv [GROUP ...] # fill: context<TAB>source<TAB>german
    python tools/translations.py release     # lrelease: build the .qm files the app loads

Each module of a step's UI package (tandem_desktop/ui/<step>/) has its own .ts
source per language: resources/translations/src/<step>_<module>_<lang>.ts, and
<step>_<lang>.ts for the step's tab.py; every other UI module shares core_<lang>.ts.
lrelease merges them into resources/translations/tandem_<lang>.qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "tandem_desktop" / "ui"
SOURCES = ROOT / "resources" / "translations" / "src"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")
STEPS = ("overview", "trust", "communication", "feedback", "delegation", "vision")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def groups() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {"core": []}
    # Files in and out (handbook, CSV, archive messages) and their menus: group "exchange".
    found["exchange"] = sorted((ROOT / "tandem_desktop" / "exchange").rglob("*.py"))
    for path in sorted(UI.rglob("*.py")):
        if path.name == "exchange_menus.py":
            found["exchange"].append(path)
        elif path.parent.name in STEPS and path.stem != "__init__":
            group = path.parent.name if path.stem == "tab" else f"{path.parent.name}_{path.stem}"
            found.setdefault(group, []).append(path)
        else:
            found["core"].append(path)
    return found


def update(only: list[str] | None = None) -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    for group, files in groups().items():
        if only and group not in only:
            continue
        for language in LANGUAGES:
            target = SOURCES / f"{group}_{language}.ts"
            subprocess.run(
                [_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en",
                 "-target-language", language, *map(str, files), "-ts", str(target)],
                check=True,
            )


def _messages(path: Path):  # yields (context name, message element)
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def missing(language: str = "de") -> list[tuple[str, str, str]]:
    """(group, context, source) of every message without a finished translation."""
    result = []
    for path in sorted(SOURCES.glob(f"*_{language}.ts")):
        for _tree, context, message in _messages(path):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                translation.text or message.find("translation/numerusform") is not None
            ):
                result.append((path.stem, context, message.findtext("source") or ""))
    return result


def apply(tsv: Path, language: str = "de", only: list[str] | None = None) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, text = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    filled = 0
    for path in sorted(SOURCES.glob(f"*_{language}.ts")):
        if only and path.stem.rsplit("_", 1)[0] not in only:
            continue
        tree = ET.parse(path)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if key not in wanted:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                translation.text = wanted[key]
                changed = True
                filled += 1
        if changed:
            tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def release() -> None:
    for language in LANGUAGES:
        sources = sorted(SOURCES.glob(f"*_{language}.ts"))
        subprocess.run(
            [_tool("lrelease"), "-silent", *map(str, sources), "-qm",
             str(OUT / f"tandem_{language}.qm")],
            check=True,
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update(argv[1:] or None)
    elif command == "missing":
        rows = missing(argv[1] if len(argv) > 1 else "de")
        for group, context, source in rows:
            print(f"{group}\t{context}\t{source!r}")
        print(f"{len(rows)} untranslated")
        return 1 if rows else 0
    elif command == "apply":
        print(f"{apply(Path(argv[1]), only=argv[2:] or None)} translations filled")
    elif command == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
