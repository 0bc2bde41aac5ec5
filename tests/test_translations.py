"""Every visible string has its German translation, and the shipped .qm files are current."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" /
                                               "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool
_spec.loader.exec_module(tool)


def _messages(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("group", sorted(tool.groups()))
def test_sources_are_collected(group: str, tmp_path: Path) -> None:
    """The .ts sources hold exactly the strings the code has (run translations.py update)."""
    files = tool.groups()[group]
    fresh = tmp_path / f"{group}_de.ts"
    subprocess.run([tool._tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en",
                    "-target-language", "de", *map(str, files), "-ts", str(fresh)], check=True)
    assert _messages(fresh) == _messages(tool.SOURCES / f"{group}_de.ts")


def _literal_calls(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every translation call with literal texts in ``path``."""
    found: set[tuple[str, str]] = set()

    def text(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else (
                node.func.id if isinstance(node.func, ast.Name) else "")
            texts = [text(arg) for arg in node.args[:2]]
            if name == "tr" and texts and texts[0] is not None:
                found.add((cls, texts[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and None not in \
                    texts:
                found.add((texts[0] or "", texts[1] or ""))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


@pytest.mark.parametrize("group", sorted(tool.groups()))
def test_no_translation_call_is_missed(group: str) -> None:
    """lupdate's Python parser silently skips a call it cannot read (an expression as
    the count of translate(), say); each literal call in the code is in the .ts."""
    called = set().union(*(_literal_calls(path) for path in tool.groups()[group]))
    assert called - _messages(tool.SOURCES / f"{group}_de.ts") == set()


def test_every_german_string_is_translated() -> None:
    assert tool.missing("de") == []


def test_every_plural_has_its_forms_in_both_languages() -> None:
    """A text with %n is a plural message with two filled forms in German and English."""
    plurals: dict[str, set[tuple[str, str]]] = {}
    for language in tool.LANGUAGES:
        plurals[language] = set()
        for path in sorted(tool.SOURCES.glob(f"*_{language}.ts")):
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    source = message.findtext("source") or ""
                    if "%n" not in source:
                        continue
                    key = (name, source)
                    assert message.get("numerus") == "yes", (path.name, key)
                    translation = message.find("translation")
                    assert translation is not None and translation.get("type") is None, key
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                    assert len(forms) == 2 and all(form.strip() for form in forms), (
                        path.name, key, forms)
                    plurals[language].add(key)
    assert plurals["de"] == plurals["en"]
    assert tool.missing("en") == []


def test_shipped_qm_files_are_built_from_the_sources(tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        sources = sorted(tool.SOURCES.glob(f"*_{language}.ts"))
        built = tmp_path / f"tandem_{language}.qm"
        subprocess.run([tool._tool("lrelease"), "-silent", *map(str, sources), "-qm", str(built)],
                       check=True)
        assert built.read_bytes() == (tool.OUT / f"tandem_{language}.qm").read_bytes(), (
            "run: python tools/translations.py release")


def test_every_vocabulary_name_is_collected() -> None:
    """Each name the vocabulary asks for sits in its .ts source, in the context asked."""
    from tandem_desktop.domain import vocabulary

    asked: set[tuple[str, str]] = set()

    def record(context: str, source: str, disambiguation: str | None = None,
               n: int = -1) -> str:
        asked.add((context, source))
        return source

    for kind in vocabulary.NAMES:
        for member in kind:
            vocabulary.name(member, record)
    for number in vocabulary.LEVEL_NAMES:
        vocabulary.level_label(number, record)
        vocabulary.level_meaning(number, record)
    for table in vocabulary.RECORD_KINDS:
        vocabulary.record_kind_name(table, record)
    assert asked == _messages(tool.SOURCES / "vocabulary_de.ts")
