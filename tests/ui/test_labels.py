"""The window shows the vocabulary's names in its language."""

from __future__ import annotations

from tandem_desktop.ui import labels


def test_english_names(qapp) -> None:  # type: ignore[no-untyped-def]
    assert labels.owner_name("shared") == "Shared"
    assert labels.task_status_name("cancelled") == "Cancelled"
    assert labels.level_label(4) == "4 · Agree"


def test_german_names_follow_the_meaning_of_the_value(german) -> None:  # type: ignore[no-untyped-def]
    assert labels.owner_name("shared") == "Gemeinsam"
    assert labels.meeting_status_name("cancelled") == "Abgesagt"
    assert labels.task_status_name("cancelled") == "Abgebrochen"
    assert labels.level_label(4) == "4 · Einigen"
    assert labels.level_meaning(4) == "Beide entscheiden gemeinsam."
    assert labels.table_name("area") == "Verantwortungsbereich"
