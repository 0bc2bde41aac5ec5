"""Cadence advice: one case for each kind, and none while there is too little to go on."""

from __future__ import annotations

from tandem_desktop.domain.cadence_advice import AdviceKind, MeetingFacts, advise, rating_trend


def kinds(meetings: list[MeetingFacts]) -> list[AdviceKind]:
    return [advice.kind for advice in advise(meetings)]


def test_too_few_meetings_give_no_advice() -> None:
    assert advise([MeetingFacts(1), MeetingFacts(1)]) == []


def test_items_left_over_mean_meet_more_often() -> None:
    found = advise([MeetingFacts(4, items=5, carried_over=3) for _ in range(4)])
    assert [a.kind for a in found] == [AdviceKind.MORE_OFTEN]
    assert found[0].numbers["carried"] == 3.0


def test_little_to_talk_about_means_less_often() -> None:
    assert kinds([MeetingFacts(4, items=1) for _ in range(4)]) == [AdviceKind.LESS_OFTEN]


def test_ending_early_means_shorter() -> None:
    found = advise([MeetingFacts(4, items=3, carried_over=1, slot_minutes=60,
                                 actual_minutes=30) for _ in range(3)])
    assert [a.kind for a in found] == [AdviceKind.SHORTER]
    assert found[0].numbers["percent"] == 50


def test_notes_on_preparation_mean_send_the_agenda_earlier() -> None:
    notes = ["Agenda came too late", "Bitte besser vorbereiten", ""]
    assert kinds([MeetingFacts(4, note, items=3, carried_over=1) for note in notes]) == [
        AdviceKind.AGENDA_EARLIER]


def test_falling_ratings_or_connection_notes_mean_change_the_channel() -> None:
    falling = [MeetingFacts(rating, items=3, carried_over=1) for rating in (4, 3, 2, 1)]
    assert kinds(falling) == [AdviceKind.CHANGE_CHANNEL]
    assert rating_trend([4, 3, 2, 1]) == -1.0
    noisy = [MeetingFacts(4, note, items=3, carried_over=1)
             for note in ("Verbindung schlecht", "video froze", "")]
    assert kinds(noisy) == [AdviceKind.CHANGE_CHANNEL]
