"""One name per stored value, for the window and the files alike."""

from __future__ import annotations

import pytest

from tandem_desktop.domain import enums, vocabulary
from tandem_desktop.domain.delegation import LEVELS
from tandem_desktop.domain.enums import GoalStatus, Owner, TaskStatus
from tandem_desktop.domain.translation import untranslated

# Shown in words of their own (directions as "I give → Claudia", progress modes
# as sentences), not as names.
_WORDED_ELSEWHERE = {enums.FeedbackDirection, enums.ProgressMode}


def test_every_value_of_every_vocabulary_has_a_name() -> None:
    named = {value for value in vars(enums).values()
             if isinstance(value, type) and issubclass(value, enums.StrEnum)
             and value is not enums.StrEnum} - _WORDED_ELSEWHERE
    assert set(vocabulary.NAMES) == named
    for kind, names in vocabulary.NAMES.items():
        assert set(names) == {member.value for member in kind}, kind


def test_names_of_values_and_of_stored_text() -> None:
    assert vocabulary.name(TaskStatus.DONE, untranslated) == "Done"
    assert vocabulary.name(Owner.SHARED, untranslated) == "Shared"
    assert vocabulary.name_of(GoalStatus, "dropped", untranslated) == "Dropped"
    assert vocabulary.name_of(TaskStatus, None, untranslated) == ""
    # A value of a newer version (from a partner's file) is shown as it is.
    assert vocabulary.name_of(TaskStatus, "parked", untranslated) == "parked"


def test_each_vocabulary_is_its_own_context() -> None:
    asked: list[tuple[str, str]] = []

    def record(context: str, source: str, disambiguation: str | None = None,
               n: int = -1) -> str:
        asked.append((context, source))
        return source

    vocabulary.name(TaskStatus.CANCELLED, record)
    vocabulary.name_of(enums.MeetingStatus, "cancelled", record)
    assert asked == [("TaskStatus", "Cancelled"), ("MeetingStatus", "Cancelled")]


def test_levels_and_record_kinds() -> None:
    assert vocabulary.level_label(3, untranslated) == "3 · Consult"
    assert vocabulary.level_label(None, untranslated) == ""
    assert [(vocabulary.level_name(item.number, untranslated),
             vocabulary.level_meaning(item.number, untranslated)) for item in LEVELS] == [
        (item.name, item.meaning) for item in LEVELS]
    with pytest.raises(ValueError):
        vocabulary.level_name(8, untranslated)
    assert vocabulary.record_kind_name("decision_rule", untranslated) == "Decision rule"
    assert vocabulary.record_kind_name("unknown_table", untranslated) == "unknown_table"
