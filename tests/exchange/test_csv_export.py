"""CSV: UTF-8 with BOM, RFC 4180 quoting, formula cells neutralised, atomic writing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tandem_desktop.domain.records import DecisionRule, Feedback, Tandem, Task
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange import csv_export
from tandem_desktop.exchange.csv_export import csv_bytes, export_csv, neutralise
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem
from tests.exchange.helpers import failing_atomic_write, leftovers


def _rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("cell", ["=1+1", "+49 30 1234", "-5", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://x\")"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "2026-11-29", "3 · Consult", "", " =not first"])
def test_ordinary_cells_stay(cell: str) -> None:
    assert neutralise(cell) == cell


def test_rfc_4180_quoting_and_crlf() -> None:
    data = csv_bytes(["a", "b"], [['say "hi"', "one,two"], ["line\nbreak", "x"]])
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text == 'a,b\r\n"say ""hi""","one,two"\r\n"line\nbreak",x\r\n'


def test_tasks_with_dangerous_titles(store: Store, tandem: Tandem, tmp_path: Path) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="=cmd|' /C calc'!A0", owner="assistant",
                         due_on="2026-12-01", notes="Ümlaut, \"quoted\"\nsecond line"))
    count = export_csv(store, tmp_path / "t.csv", "tasks", translate=untranslated,
                       tandem_id=tandem.id)
    rows = _rows(tmp_path / "t.csv")
    assert count == 1
    assert rows[0][:3] == ["Title", "Owner", "Due on"]
    assert rows[1][0] == "'=cmd|' /C calc'!A0"
    assert rows[1][1] == "Jonas"
    assert rows[1][-1] == "Ümlaut, \"quoted\"\nsecond line"


def test_private_feedback_only_when_asked(store: Store, tandem: Tandem, tmp_path: Path) -> None:
    for text, private in (("shared note", False), ("private note", True)):
        store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                    given_on="2026-11-01", situation=text, private=private))
    export_csv(store, tmp_path / "f.csv", "feedback", translate=untranslated, tandem_id=tandem.id)
    export_csv(store, tmp_path / "p.csv", "feedback", translate=untranslated, tandem_id=tandem.id,
               include_private=True)
    assert len(_rows(tmp_path / "f.csv")) == 2
    assert len(_rows(tmp_path / "p.csv")) == 3
    assert _rows(tmp_path / "f.csv")[1][1:3] == ["Claudia", "Jonas"]


def test_all_tandems_get_a_tandem_column(store: Store, tandem: Tandem, tmp_path: Path) -> None:
    other = make_tandem(store, name="Second")
    for owner in (tandem, other):
        store.rules.add(DecisionRule(tandem_id=owner.id, decision="Book travel", level=5))
    export_csv(store, tmp_path / "r.csv", "rules", translate=untranslated)
    rows = _rows(tmp_path / "r.csv")
    assert rows[0][:2] == ["Tandem", "Decision"]
    assert sorted(row[0] for row in rows[1:]) == ["Office", "Second"]
    assert rows[1][3] == "5 · Advise"


def test_questions_header(store: Store, tandem: Tandem, tmp_path: Path) -> None:
    export_csv(store, tmp_path / "q.csv", "questions", translate=untranslated, tandem_id=tandem.id)
    assert _rows(tmp_path / "q.csv")[0][0] == "Question"


def test_interrupted_csv_leaves_no_file(store: Store, tandem: Tandem, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_export, "atomic_write", failing_atomic_write)
    with pytest.raises(OSError):
        export_csv(store, tmp_path / "t.csv", "tasks", translate=untranslated, tandem_id=tandem.id)
    assert not (tmp_path / "t.csv").exists()
    assert leftovers(tmp_path) == []
