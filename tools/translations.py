"""Keep the German and English translations in step with the source.

    python tools/translations.py update [GROUP ...]      # lupdate into the .ts sources
    python tools/translations.py missing [LANG ...]      # what is not yet translated
    python tools/translations.py apply F.tsv [GROUP ...] # fill from a TSV (see read_tsv)
    python tools/translations.py release     # lrelease: build the .qm files the app loads

Each module of a step's UI package (tandem_desktop/ui/<step>/) has its own .ts
source per language: resources/translations/src/<step>_<module>_<lang>.ts, and
<step>_<lang>.ts for the step's tab.py; every other UI module shares core_<lang>.ts.
The names of stored values (tandem_desktop/domain/vocabulary.py) are vocabulary_<lang>.ts.
lrelease merges them into resources/translations/tandem_<lang>.qm.

A text with ``%n`` is a plural message: German and English each give it two
forms ("%n task" / "%n tasks"); every other English text is its own source.
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
    # The names of stored values, shared by the window and the files: group "vocabulary".
    found["vocabulary"] = [ROOT / "tandem_desktop" / "domain" / "vocabulary.py"]
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
            kept = _plural_translations(target)
            done = subprocess.run(
                [_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en",
                 "-target-language", language, *map(str, files), "-ts", str(target)],
                check=True, capture_output=True, text=True,
            )
            # lupdate drops the forms of the plurals it did not recognise; they come back below.
            print("".join(line for line in done.stderr.splitlines(keepends=True)
                          if line not in _PLURALS_DROPPED), end="", file=sys.stderr)
            _mark_plurals(target, kept)


_PLURALS_DROPPED = {
    "Removed plural forms as the target language has less forms.\n",
    "If this sounds wrong, possibly the target language is not set or recognized.\n",
}


def _messages(path: Path):  # yields (tree, context name, message element)
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def _is_plural(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def _forms(element: ET.Element) -> list[str]:
    """The plural forms of a message or of its translation element."""
    return [form.text or "" for form in element.iter("numerusform")]


def _plural_translations(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The translation elements of the plural messages in ``path``, before lupdate runs."""
    if not path.exists():
        return {}
    return {(context, message.findtext("source") or ""): message.find("translation")
            for _tree, context, message in _messages(path)
            if _is_plural(message) and message.find("translation") is not None}


def _mark_plurals(path: Path, kept: dict[tuple[str, str], ET.Element]) -> None:
    """Make every message with ``%n`` a plural message, keeping its translated forms.

    lupdate's Python parser sees the count of ``self.tr(text, None, n)``, but in
    ``translate(context, text, None, n)`` only a literal number; a ``%n`` in the
    text is what Qt counts by, so the text decides."""
    tree = ET.parse(path)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            earlier = kept.get((name, source))
            if _is_plural(message) and (earlier is None or _forms(message) == _forms(earlier)):
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is not None:
                message.remove(translation)
            if earlier is None:
                earlier = ET.Element("translation", type="unfinished")
                for _form in range(2):  # German and English have two forms: one, other
                    ET.SubElement(earlier, "numerusform")
            message.append(earlier)
            changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def _unfinished(message: ET.Element, language: str) -> bool:
    translation = message.find("translation")
    if _is_plural(message):
        return (translation is None or translation.get("type") == "unfinished"
                or not _forms(message) or not all(form.strip() for form in _forms(message)))
    if language == "en":
        return False  # English shows the source text itself; only its plurals need forms
    return translation is None or translation.get("type") == "unfinished" or not (
        translation.text or "").strip()


def missing(language: str = "de") -> list[tuple[str, str, str]]:
    """(group, context, source) of every message without a finished translation: in
    German every message, in English the plural forms."""
    result = []
    for path in sorted(SOURCES.glob(f"*_{language}.ts")):
        for _tree, context, message in _messages(path):
            if _unfinished(message, language):
                result.append((path.stem, context, message.findtext("source") or ""))
    return result


def read_tsv(tsv: Path) -> dict[str, dict[tuple[str, str], str]]:
    """language -> (context, source) -> translation, from lines of
    ``context<TAB>source<TAB>translation[<TAB>language]`` (German when no language is
    named). ``\\n`` stands for a line break; in a plural message ``|`` separates
    the forms ("%n Aufgabe|%n Aufgaben")."""
    wanted: dict[str, dict[tuple[str, str], str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, text, *rest = line.split("\t")
        language = rest[0] if rest else "de"
        wanted.setdefault(language, {})[(context, source.replace("\\n", "\n"))] = (
            text.replace("\\n", "\n"))
    return wanted


def apply(tsv: Path, only: list[str] | None = None) -> int:
    filled = 0
    for language, wanted in read_tsv(tsv).items():
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
                    _fill(message, wanted[key], key)
                    changed = True
                    filled += 1
            if changed:
                tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def _fill(message: ET.Element, text: str, key: tuple[str, str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if not _is_plural(message):
        translation.text = text
        return
    forms = text.split("|")
    if len(forms) != 2:
        raise SystemExit(f"{key}: a plural needs its two forms, one|other; got {text!r}")
    for form in list(translation):
        translation.remove(form)
    translation.text = "\n" + " " * 12
    for index, form_text in enumerate(forms):
        form = ET.SubElement(translation, "numerusform")
        form.text = form_text
        form.tail = "\n" + " " * (12 if index < len(forms) - 1 else 8)


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
        rows = [(language, *row) for language in (argv[1:] or LANGUAGES)
                for row in missing(language)]
        for language, group, context, source in rows:
            print(f"{language}\t{group}\t{context}\t{source!r}")
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
