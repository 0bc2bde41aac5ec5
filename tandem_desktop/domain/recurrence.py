"""When check-ins happen: RFC 5545 recurrence rules in the series' own time zone.

A series stores its first start as a local wall-clock time plus an IANA zone, so
09:00 Europe/Berlin stays 09:00 on both sides of a daylight-saving change. The
rules are expanded with ``dateutil.rrule`` on zone-aware datetimes (dateutil keeps
the wall-clock time and the zone recomputes the offset), and every result is
handed out as a timezone-aware UTC datetime.

Also here: building rules from the cadence choices of the series editor, reading
them back, and checking a hand-written rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr

if TYPE_CHECKING:
    from tandem_desktop.domain.records import CheckInSeries

# Without an end the expansion stops here, so a rule can never run forever.
MAX_OCCURRENCES = 1000
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UNTIL = re.compile(r"UNTIL=([0-9TZ]+)", re.IGNORECASE)


class RecurrenceError(ValueError):
    """A rule, zone or start that cannot be used; ``field`` names the culprit."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


# -- parsing ----------------------------------------------------------------
def zone(time_zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise RecurrenceError("time_zone", f"unknown time zone {time_zone!r}") from error


def parse_local(first_start: str) -> datetime:
    """The series' first start, a naive local date-time like ``2026-01-05T09:00``."""
    try:
        value = datetime.fromisoformat(first_start)
    except ValueError as error:
        raise RecurrenceError("first_start", f"not a date and time: {first_start!r}") from error
    return value.replace(tzinfo=None, second=0, microsecond=0)


def local_start(first_start: str, time_zone: str) -> datetime:
    """The first start as an aware datetime in the series' zone."""
    return parse_local(first_start).replace(tzinfo=zone(time_zone))


def _strip_prefix(text: str) -> str:
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:"):]
    return text.strip().rstrip(";")


def _until_in_utc(text: str, tz: ZoneInfo) -> str:
    """Write a floating or date UNTIL as UTC, as RFC 5545 wants next to a zoned start."""

    def convert(match: re.Match[str]) -> str:
        raw = match.group(1).upper()
        if raw.endswith("Z"):
            return f"UNTIL={raw}"
        if "T" in raw:
            local = datetime.strptime(raw, "%Y%m%dT%H%M%S")
        else:
            # A plain end date includes that whole day.
            local = datetime.combine(datetime.strptime(raw, "%Y%m%d").date(), time(23, 59, 59))
        moment = local.replace(tzinfo=tz).astimezone(UTC)
        return f"UNTIL={moment.strftime('%Y%m%dT%H%M%SZ')}"

    return _UNTIL.sub(convert, text)


def _build(rule_text: str, start: datetime, *, cache: bool = False) -> rruleset:
    rule = rrulestr(rule_text, dtstart=start, forceset=False, cache=cache)
    if not isinstance(rule, rrule):
        raise RecurrenceError("rrule", "only a single RRULE is supported")
    # RFC 5545: the start itself is always the first occurrence.
    combined = rruleset(cache=cache)
    combined.rrule(rule)
    combined.rdate(start)
    return combined


@functools.lru_cache(maxsize=1024)
def _expansion(rule_text: str, first_start: str, time_zone: str) -> rruleset:
    """One series' slots, each worked out once and kept.

    dateutil walks a rule from its first start, so every look for the next slot of
    a series begun a year ago steps through a year of slots: the Overview asks for
    every series of every tandem on each refresh. A rule set with ``cache`` keeps
    what it produced, so later looks read its list; it grows only as far as asked.
    """
    return _build(rule_text, local_start(first_start, time_zone), cache=True)


def normalize_rrule(text: str, time_zone: str = "UTC") -> str:
    """The rule in the form the app stores: no prefix, upper case, UNTIL in UTC."""
    body = _strip_prefix(text).upper()
    return _until_in_utc(body, zone(time_zone))


def validate_rrule(text: str, first_start: str = "2026-01-05T09:00",
                   time_zone: str = "UTC") -> str:
    """Check a rule and return it normalized; raises RecurrenceError with a reason."""
    body = _strip_prefix(text)
    if not body:
        raise RecurrenceError("rrule", "the rule is empty")
    if not re.search(r"(^|;)FREQ=", body, re.IGNORECASE):
        raise RecurrenceError("rrule", "the rule needs a FREQ part, e.g. FREQ=WEEKLY")
    start = local_start(first_start, time_zone)
    try:
        normalized = normalize_rrule(body, time_zone)
        rule = rrulestr(normalized, dtstart=start)
    except (ValueError, TypeError, KeyError) as error:
        raise RecurrenceError("rrule", f"not a valid rule: {error}") from error
    if not isinstance(rule, rrule):
        raise RecurrenceError("rrule", "only a single RRULE is supported")
    if re.search(r"COUNT=0(;|$)", normalized):
        raise RecurrenceError("rrule", "COUNT must be at least 1")
    until = _UNTIL.search(normalized)
    if until is not None:
        end = datetime.strptime(until.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if end < start.astimezone(UTC):
            raise RecurrenceError("until", "the end lies before the first start")
    if rule.after(start, inc=True) is None:
        raise RecurrenceError("rrule", "the rule produces no dates")
    return normalized


# -- expansion --------------------------------------------------------------
def occurrences(
    rrule: str,
    first_start: str,
    time_zone: str,
    *,
    after: datetime,
    before: datetime | None = None,
    count: int | None = None,
) -> list[datetime]:
    """Starts (aware UTC) strictly after ``after`` and, when given, before ``before``.

    Without ``before`` and ``count`` at most MAX_OCCURRENCES are returned.
    """
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware")
    if before is not None and before.tzinfo is None:
        raise ValueError("before must be timezone-aware")
    tz = zone(time_zone)
    rule_set = _expansion(normalize_rrule(rrule, time_zone), first_start, time_zone)
    limit = count if count is not None else MAX_OCCURRENCES
    found: list[datetime] = []
    if limit <= 0:
        return found
    for moment in rule_set.xafter(after.astimezone(tz), inc=False):
        instant = moment.astimezone(UTC)
        if instant <= after:
            continue
        if before is not None and instant >= before:
            break
        found.append(instant)
        if len(found) >= limit:
            break
    return found


def next_occurrence(series: CheckInSeries, after: datetime) -> datetime | None:
    """The next start of an active series after ``after``; None when paused or ended."""
    if not series.active:
        return None
    try:
        found = occurrences(series.rrule, series.first_start, series.time_zone,
                            after=after, count=1)
    except (RecurrenceError, ValueError):
        return None
    return found[0] if found else None


def first_matching_start(rule_text: str, first_start: str, time_zone: str) -> str:
    """The first date-time on or after ``first_start`` that the rule itself produces.

    The editor moves the first start there, so that calendars (which always count
    the start) and the rule agree.
    """
    start = local_start(first_start, time_zone)
    rule = rrulestr(normalize_rrule(rule_text, time_zone), dtstart=start)
    if not isinstance(rule, rrule):
        return first_start
    hit = rule.after(start, inc=True)
    if hit is None:
        return first_start
    return hit.replace(tzinfo=None).isoformat(timespec="minutes")


# -- cadence choices --------------------------------------------------------
class CadenceKind(StrEnum):
    WORKDAYS = "workdays"  # daily, Monday to Friday
    WEEKLY = "weekly"  # chosen weekdays every N weeks (N = 1: every week)
    MONTHLY_DAY = "monthly_day"  # on a day of the month, e.g. the 15th
    MONTHLY_WEEKDAY = "monthly_weekday"  # the 2nd Tuesday, the last Friday
    CUSTOM = "custom"


@dataclass
class Cadence:
    """The editor's view of a rule. ``weekdays`` are 0 = Monday … 6 = Sunday."""

    kind: CadenceKind = CadenceKind.WEEKLY
    weekdays: list[int] = field(default_factory=lambda: [0])
    interval: int = 1
    month_day: int = 1
    nth: int = 1  # 1..4, or -1 for "the last"
    weekday: int = 0
    until: date | None = None
    custom: str = ""


def build_rrule(cadence: Cadence, time_zone: str = "UTC") -> str:
    """The RRULE text for a cadence (UNTIL written in UTC)."""
    if cadence.kind is CadenceKind.CUSTOM:
        body = _strip_prefix(cadence.custom).upper()
        body = _UNTIL.sub("", body).replace(";;", ";").strip(";")
    elif cadence.kind is CadenceKind.WORKDAYS:
        body = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    elif cadence.kind is CadenceKind.WEEKLY:
        if not cadence.weekdays:
            raise RecurrenceError("weekdays", "choose at least one weekday")
        if cadence.interval < 1:
            raise RecurrenceError("interval", "the interval must be at least 1")
        days = ",".join(WEEKDAY_CODES[d] for d in sorted(set(cadence.weekdays)))
        body = "FREQ=WEEKLY"
        if cadence.interval > 1:
            body += f";INTERVAL={cadence.interval}"
        body += f";BYDAY={days}"
    elif cadence.kind is CadenceKind.MONTHLY_DAY:
        if not 1 <= cadence.month_day <= 31:
            raise RecurrenceError("month_day", "the day of the month must be 1 to 31")
        body = f"FREQ=MONTHLY;BYMONTHDAY={cadence.month_day}"
    else:
        if cadence.nth not in (1, 2, 3, 4, -1):
            raise RecurrenceError("nth", "choose the 1st to 4th or the last")
        body = f"FREQ=MONTHLY;BYDAY={cadence.nth}{WEEKDAY_CODES[cadence.weekday]}"
    if cadence.until is not None:
        body += f";UNTIL={cadence.until.strftime('%Y%m%d')}"
    return normalize_rrule(body, time_zone)


def _parts(body: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in body.split(";"):
        if "=" in piece:
            key, value = piece.split("=", 1)
            parts[key.strip().upper()] = value.strip().upper()
    return parts


def read_cadence(rule_text: str, time_zone: str = "UTC") -> Cadence:
    """The cadence a stored rule stands for; anything unusual reads as CUSTOM."""
    body = _strip_prefix(rule_text).upper()
    parts = _parts(body)
    until: date | None = None
    if "UNTIL" in parts:
        raw = parts.pop("UNTIL")
        try:
            if raw.endswith("Z"):
                moment = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                until = moment.astimezone(zone(time_zone)).date()
            elif "T" in raw:
                until = datetime.strptime(raw, "%Y%m%dT%H%M%S").date()
            else:
                until = datetime.strptime(raw, "%Y%m%d").date()
        except ValueError:
            return Cadence(kind=CadenceKind.CUSTOM, custom=body)
    freq = parts.pop("FREQ", "")
    raw_interval = parts.pop("INTERVAL", "1")
    interval = int(raw_interval) if raw_interval.isdigit() else 0
    parts.pop("WKST", None)
    byday = parts.pop("BYDAY", "")
    setpos = parts.pop("BYSETPOS", "")
    if setpos:
        # "BYDAY=TU;BYSETPOS=2" is another way to write "BYDAY=2TU".
        if freq != "MONTHLY" or not re.fullmatch(r"(MO|TU|WE|TH|FR|SA|SU)", byday) \
                or setpos not in ("1", "2", "3", "4", "-1"):
            return Cadence(kind=CadenceKind.CUSTOM, custom=_UNTIL.sub("", body).strip(";"),
                           until=until)
        byday = f"{setpos}{byday}"
    custom = Cadence(kind=CadenceKind.CUSTOM, custom=_UNTIL.sub("", body).strip(";"),
                     until=until)
    if parts or interval < 1:
        return custom
    if freq == "WEEKLY" and byday:
        codes = byday.split(",")
        if not all(code in WEEKDAY_CODES for code in codes):
            return custom
        days = sorted(WEEKDAY_CODES.index(code) for code in codes)
        if days == [0, 1, 2, 3, 4] and interval == 1:
            return Cadence(kind=CadenceKind.WORKDAYS, weekdays=days, until=until)
        return Cadence(kind=CadenceKind.WEEKLY, weekdays=days, interval=interval, until=until)
    if freq == "MONTHLY" and interval == 1:
        match = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", byday)
        if match and int(match.group(1)) in (1, 2, 3, 4, -1):
            return Cadence(kind=CadenceKind.MONTHLY_WEEKDAY, nth=int(match.group(1)),
                           weekday=WEEKDAY_CODES.index(match.group(2)), until=until)
    return custom


def read_month_day(rule_text: str) -> int | None:
    parts = _parts(_strip_prefix(rule_text).upper())
    value = parts.get("BYMONTHDAY", "")
    return int(value) if value.isdigit() else None


def cadence_of(rule_text: str, time_zone: str = "UTC") -> Cadence:
    """Like read_cadence, and also understands 'monthly on the 15th'."""
    body = _strip_prefix(rule_text).upper()
    parts = _parts(body)
    parts.pop("UNTIL", None)
    if parts.get("FREQ") == "MONTHLY" and set(parts) == {"FREQ", "BYMONTHDAY"}:
        day = read_month_day(body)
        if day is not None and 1 <= day <= 31:
            base = read_cadence(rule_text, time_zone)
            return Cadence(kind=CadenceKind.MONTHLY_DAY, month_day=day, until=base.until)
    return read_cadence(rule_text, time_zone)


def ending_before(rule_text: str, moment: datetime) -> str:
    """The rule cut off just before ``moment`` (aware): COUNT and UNTIL give way to it."""
    body = _strip_prefix(rule_text).upper()
    parts = [part for part in body.split(";")
             if part and not part.startswith(("UNTIL=", "COUNT="))]
    until = (moment.astimezone(UTC) - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
    return ";".join([*parts, f"UNTIL={until}"])


def without_count(rule_text: str) -> str:
    """The rule without its COUNT (a split series counts anew)."""
    body = _strip_prefix(rule_text).upper()
    return ";".join(part for part in body.split(";") if part and not part.startswith("COUNT="))
