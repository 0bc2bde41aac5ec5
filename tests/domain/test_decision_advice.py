"""What each delegation level means for the person facing the decision."""

from __future__ import annotations

import pytest

from tandem_desktop.domain.decision_advice import Decider, advice_for
from tandem_desktop.domain.enums import Role


def test_who_decides_on_each_level() -> None:
    deciders = [advice_for(number).decider for number in range(1, 8)]
    assert deciders == [Decider.LEADER] * 3 + [Decider.TOGETHER] + [Decider.ASSISTANT] * 3


def test_talk_first_and_inform_after() -> None:
    assert advice_for(3).talk_first and not advice_for(3).inform_after
    assert advice_for(6).inform_after and not advice_for(6).talk_first
    assert not advice_for(7).talk_first and not advice_for(7).inform_after
    assert advice_for(2).explained and not advice_for(1).explained


def test_autonomy_from_level_five_and_viewer_side() -> None:
    assert [advice_for(n).assistant_decides for n in range(1, 8)] == [False] * 4 + [True] * 3
    assert advice_for(6, Role.ASSISTANT).viewer_decides
    assert not advice_for(6, Role.LEADER).viewer_decides
    assert advice_for(1, Role.LEADER).viewer_decides
    assert not advice_for(4, Role.LEADER).viewer_decides


@pytest.mark.parametrize("bad", [0, 8, -1, True, 3.0, "5", None])
def test_levels_outside_one_to_seven_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        advice_for(bad)  # type: ignore[arg-type]
