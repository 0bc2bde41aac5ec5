"""The tandem handbook: content, escaping, German, PDF pages, atomic writing."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.records import AccessItem, Agreement, Tandem
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.handbook import export as handbook_export
from tandem_desktop.exchange.handbook.as_html import to_html
from tandem_desktop.exchange.handbook.as_markdown import md_escape, to_markdown
from tandem_desktop.exchange.handbook.content import build_handbook
from tandem_desktop.exchange.handbook.export import export_handbook
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.printing import handbook_pdf
from tandem_desktop.ui.translators import installed_translate
from tests.exchange.helpers import failing_atomic_write, leftovers

TODAY = date(2026, 11, 29)
HOSTILE = '<b>x</b><img src="http://127.0.0.1/x"> | # *y*'


def test_markdown_holds_every_section(store: Store) -> None:
    tandem = create_demo(store, "en", TODAY)
    text = to_markdown(build_handbook(store, tandem.id, untranslated, TODAY))
    assert text.startswith("# Tandem handbook: Office of the Managing Director")
    assert "Claudia Berger" in text and "Jonas Weber" in text and "29 November 2026" in text
    for heading in ("1  Working agreements", "2  Areas of responsibility", "3  Decision rules",
                    "4  Information and access", "5  Vision and goals",
                    "6  Check-ins and rhythm", "Signatures"):
        assert f"## {heading}" in text
    assert "Every week on Monday and Thursday" in text
    assert "Every month on the second Tuesday" in text
    assert "5 · Advise" in text


def test_access_register_shows_no_notes_and_no_revoked(store: Store, tandem: Tandem) -> None:
    store.access_items.add(AccessItem(tandem_id=tandem.id, title="Bank portal", kind="account",
                                      scope="View only", notes="Password: hunter2"))
    store.access_items.add(AccessItem(tandem_id=tandem.id, title="Old CRM", kind="system",
                                      revoked_on="2026-01-01"))
    text = to_markdown(build_handbook(store, tandem.id, untranslated, TODAY))
    assert "Bank portal" in text and "View only" in text
    assert "hunter2" not in text and "Old CRM" not in text


def test_user_text_is_escaped(store: Store, tandem: Tandem) -> None:
    store.agreements.add(Agreement(tandem_id=tandem.id, category="tools", text=HOSTILE))
    book = build_handbook(store, tandem.id, untranslated, TODAY)
    markup = to_html(book)
    assert "<img" not in markup and "&lt;img src=" in markup
    text = to_markdown(book)
    assert "<img" not in text.replace("\\<img", "")
    assert md_escape("- item\n1. first") == "\\- item\n1\\. first"


def test_empty_tandem_says_nothing_recorded(store: Store, tandem: Tandem) -> None:
    text = to_markdown(build_handbook(store, tandem.id, untranslated, TODAY))
    assert "Nothing recorded yet." in text
    assert "No vision written down yet." in text


def test_german_handbook(store: Store, german: None) -> None:
    tandem = create_demo(store, "de", TODAY)
    text = to_markdown(build_handbook(store, tandem.id, installed_translate, TODAY))
    assert text.startswith("# Tandem\\-Handbuch") or text.startswith("# Tandem-Handbuch")
    assert "29. November 2026" in text
    assert "## 3  Entscheidungsregeln" in text
    assert "Jede Woche am Montag und Donnerstag" in text


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_pdf_has_title_page_and_numbered_pages(qapp, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tandem = create_demo(store, "en", TODAY)
    path = tmp_path / "handbook.pdf"
    export_handbook(store, path, tandem_id=tandem.id, fmt="pdf", translate=untranslated,
                    today=TODAY, render_pdf=handbook_pdf)
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    pages = text.split("\f")
    assert "Tandem handbook" in pages[0] and "Claudia Berger" in pages[0]
    assert "Page" not in pages[0]  # the title page carries no number
    total = len([page for page in pages if page.strip()])
    assert total >= 3
    assert f"Page 2 of {total}" in pages[1]
    assert re.search(rf"Page {total} of {total}", text)


def test_interrupted_handbook_leaves_no_file(store: Store, tandem: Tandem, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handbook_export, "atomic_write", failing_atomic_write)
    with pytest.raises(OSError):
        export_handbook(store, tmp_path / "h.md", tandem_id=tandem.id, fmt="md",
                        translate=untranslated, today=TODAY)
    assert not (tmp_path / "h.md").exists()
    assert leftovers(tmp_path) == []
