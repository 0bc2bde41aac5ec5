"""run_action: a failed write says "not saved, nothing lost" with the reason, never crashes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tandem_desktop.storage.errors import NotFoundError, ValidationError, WriteFailedError
from tandem_desktop.ui.actions import run_action


@pytest.fixture
def boxes(qapp, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The (title, text) of every message box shown, instead of showing it."""
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _fail(error: Exception) -> None:
    raise error


def test_a_write_that_goes_through_says_nothing(boxes: list[tuple[str, str]]) -> None:
    done: list[int] = []
    assert run_action(None, lambda: done.append(1))
    assert done == [1] and boxes == []


@pytest.mark.parametrize("error", [WriteFailedError("the disk is full"),
                                   NotFoundError("the record is gone"),
                                   ValidationError("title", "must not be empty")])
def test_a_failed_write_is_explained_once(boxes: list[tuple[str, str]],
                                          error: Exception) -> None:
    assert not run_action(None, lambda: _fail(error))
    [(title, text)] = boxes
    assert title == "Not saved"
    assert text.startswith("This change was not saved; nothing that was saved before is lost.")
    assert ("must not be empty" if isinstance(error, ValidationError) else str(error)) in text


def test_a_refused_value_can_go_to_the_form_instead(boxes: list[tuple[str, str]]) -> None:
    refused: list[str] = []
    assert not run_action(None, lambda: _fail(ValidationError("title", "too long")),
                          refused=lambda error: refused.append(error.field))
    assert refused == ["title"] and boxes == []
    # Only refused values go there: a full disk is still a message.
    assert not run_action(None, lambda: _fail(WriteFailedError("the disk is full")),
                          refused=lambda error: refused.append(error.field))
    assert refused == ["title"] and len(boxes) == 1


def test_other_errors_are_not_swallowed(boxes: list[tuple[str, str]]) -> None:
    with pytest.raises(ZeroDivisionError):
        run_action(None, lambda: 1 / 0)


def test_the_message_in_german(german, boxes: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    run_action(None, lambda: _fail(WriteFailedError("Datenträger voll")))
    [(title, text)] = boxes
    assert title == "Nicht gespeichert"
    assert text == ("Diese Änderung wurde nicht gespeichert; alles bisher Gespeicherte bleibt "
                    "erhalten.\nDatenträger voll")
