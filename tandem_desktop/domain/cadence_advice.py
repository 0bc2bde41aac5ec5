"""Advice on the check-in rhythm, worked out from the retrospectives.

The facts of the last meetings (rating, retrospective note, how many items were
left over, how long they ran against their slot) give zero or more pieces of
advice, each with the numbers behind it, so the window can say why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

# How many of the last held meetings count.
WINDOW = 6
MIN_MEETINGS = 3
CARRIED_PER_MEETING = 2.0  # left over on average: too much for the rhythm
OVERRUN = 1.15  # ran this much longer than the slot, on average
UNDERRUN = 0.7  # or this much shorter
FEW_ITEMS = 1.0  # items per meeting: little to talk about
FALLING = -0.3  # rating points per meeting
LOW_RATING = 3.0
NOTES_NEEDED = 2

_AGENDA_WORDS = re.compile(
    r"agenda|prepar|beforehand|in advance|tagesordnung|vorbereit|vorher|vorab|im voraus",
    re.IGNORECASE)
_CHANNEL_WORDS = re.compile(
    r"connection|audio|sound|video|camera|phone|call|channel|zoom|teams|in person|"
    r"verbindung|ton\b|kamera|telefon|kanal|persönlich|vor ort", re.IGNORECASE)


class AdviceKind(StrEnum):
    MORE_OFTEN = "more_often"
    LESS_OFTEN = "less_often"
    SHORTER = "shorter"
    AGENDA_EARLIER = "agenda_earlier"
    CHANGE_CHANNEL = "change_channel"


@dataclass(frozen=True)
class MeetingFacts:
    """What one held meeting tells about the rhythm."""

    rating: int | None
    retro_note: str = ""
    items: int = 0  # on its agenda, standing items left out
    carried_over: int = 0  # of them left undiscussed
    slot_minutes: int = 30
    actual_minutes: int | None = None


@dataclass(frozen=True)
class Advice:
    kind: AdviceKind
    numbers: dict[str, float] = field(default_factory=dict)


def rating_trend(ratings: Sequence[int]) -> float:
    """The slope of the ratings (points per meeting, least squares); 0 for fewer than two."""
    count = len(ratings)
    if count < 2:
        return 0.0
    mean_x = (count - 1) / 2
    mean_y = sum(ratings) / count
    top = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(ratings))
    bottom = sum((x - mean_x) ** 2 for x in range(count))
    return top / bottom


def advise(meetings: Sequence[MeetingFacts]) -> list[Advice]:
    """Advice from the last meetings (oldest first); empty while there is too little to go on."""
    recent = list(meetings)[-WINDOW:]
    if len(recent) < MIN_MEETINGS:
        return []
    found: list[Advice] = []
    ratings = [m.rating for m in recent if m.rating is not None]
    average = sum(ratings) / len(ratings) if ratings else 0.0
    trend = rating_trend(ratings)
    count = len(recent)
    carried = sum(m.carried_over for m in recent) / count
    items = sum(m.items for m in recent) / count
    timed = [m for m in recent if m.actual_minutes]
    ratio = (sum(m.actual_minutes or 0 for m in timed) / sum(m.slot_minutes for m in timed)
             if timed else 1.0)
    if carried >= CARRIED_PER_MEETING or (len(timed) >= MIN_MEETINGS and ratio >= OVERRUN):
        found.append(Advice(AdviceKind.MORE_OFTEN, {
            "meetings": count, "carried": round(carried, 1), "percent": round(ratio * 100)}))
    elif items <= FEW_ITEMS and carried == 0:
        found.append(Advice(AdviceKind.LESS_OFTEN, {
            "meetings": count, "items": round(items, 1)}))
    if len(timed) >= MIN_MEETINGS and ratio <= UNDERRUN:
        found.append(Advice(AdviceKind.SHORTER, {
            "meetings": len(timed), "percent": round(ratio * 100)}))
    agenda_notes = sum(1 for m in recent if _AGENDA_WORDS.search(m.retro_note))
    if agenda_notes >= NOTES_NEEDED:
        found.append(Advice(AdviceKind.AGENDA_EARLIER, {
            "notes": agenda_notes, "meetings": count}))
    channel_notes = sum(1 for m in recent if _CHANNEL_WORDS.search(m.retro_note))
    if channel_notes >= NOTES_NEEDED or (
            len(ratings) >= MIN_MEETINGS and trend <= FALLING and average < LOW_RATING):
        found.append(Advice(AdviceKind.CHANGE_CHANNEL, {
            "notes": channel_notes, "average": round(average, 1), "trend": round(trend, 1)}))
    return found
