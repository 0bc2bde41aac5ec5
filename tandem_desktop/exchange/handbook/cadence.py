"""A check-in rule in the handbook's words ("Every week on Monday and Thursday").

The rule is read by ``domain.recurrence.cadence_of``, the same reading the
series editor and the Communication tab use; only the words are the handbook's.
"""

from __future__ import annotations

from collections.abc import Sequence

from tandem_desktop.domain.recurrence import CadenceKind, cadence_of
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.handbook.dates import Dates


def describe_rule(rule: str, time_zone: str, dates: Dates, translate: Translate) -> str:
    """A check-in rule in words; the rule itself when it has no simple wording."""
    try:
        cadence = cadence_of(rule, time_zone)
    except ValueError:
        return rule
    if cadence.kind is CadenceKind.WORKDAYS:
        return translate("Handbook", "Every workday (Monday to Friday)")
    if cadence.kind is CadenceKind.WEEKLY:
        days = _and([dates.weekday(day) for day in cadence.weekdays], translate)
        if cadence.interval == 1:
            return translate("Handbook", "Every week on {days}").format(days=days)
        return translate("Handbook", "Every {n} weeks on {days}").format(
            n=cadence.interval, days=days
        )
    if cadence.kind is CadenceKind.MONTHLY_DAY:
        return translate("Handbook", "Every month on day {day}").format(day=cadence.month_day)
    if cadence.kind is CadenceKind.MONTHLY_WEEKDAY:
        ordinals = {
            1: translate("Handbook", "first"),
            2: translate("Handbook", "second"),
            3: translate("Handbook", "third"),
            4: translate("Handbook", "fourth"),
            -1: translate("Handbook", "last"),
        }
        return translate("Handbook", "Every month on the {nth} {weekday}").format(
            nth=ordinals.get(cadence.nth, str(cadence.nth)), weekday=dates.weekday(cadence.weekday)
        )
    return rule


def _and(items: Sequence[str], translate: Translate) -> str:
    if len(items) <= 1:
        return "".join(items)
    return translate("Handbook", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )
