"""The demo tandem: believable content in every kind of record, in German or English.

Dates are placed relative to ``today`` so the demo always looks lived-in: some
tasks overdue, a check-in coming up, feedback a little overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from tandem_desktop.demo import content
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import (
    AccessItem,
    AgendaItem,
    Agreement,
    Area,
    CheckInSeries,
    DecisionRule,
    Feedback,
    FeedbackPrompt,
    Goal,
    GoalRule,
    HealthCheck,
    LevelChange,
    Meeting,
    Question,
    Tandem,
    Task,
    Vision,
)
from tandem_desktop.storage.store import Store


def create_demo(store: Store, language: str, today: date) -> Tandem:
    """Create the demo tandem in one transaction and return it."""
    text = content.TEXTS["de" if language == "de" else "en"]

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    with store.transaction():
        tandem = store.tandems.add(Tandem(
            name=text["tandem"], leader_name=text["leader"], assistant_name=text["assistant"],
            my_role="assistant", started_on=day(-420), feedback_every_days=28,
            health_check_every_days=30, vision_reviewed_on=day(-75),
        ))
        tid = tandem.id
        areas = {}
        for key, name, description, owner, since, review in text["areas"]:
            areas[key] = store.areas.add(Area(
                tandem_id=tid, name=name, description=description, owner=owner,
                since=day(since), review_on=day(review)))
        for title, kind, scope, granted, months, area, notes, revoked in text["access"]:
            store.access_items.add(AccessItem(
                tandem_id=tid, title=title, kind=kind, scope=scope, granted_on=day(granted),
                review_months=months,
                review_on=day(granted + 30 * months) if months else None,
                revoked_on=day(revoked) if revoked is not None else None,
                area_id=areas[area].id if area else None, notes=notes))
        asked_questions = []
        for question, context, asked_by, asked, urgency, answer, answered in text["questions"]:
            asked_questions.append(store.questions.add(Question(
                tandem_id=tid, text=question, context=context, asked_by=asked_by,
                asked_on=day(asked), urgency=urgency,
                status="answered" if answer else "open", answer=answer,
                answered_on=day(answered) if answer else None)))
        rules = {}
        for key, decision, area, level, target, limits, examples, agreed, review, history in \
                text["rules"]:
            rules[key] = store.rules.add(DecisionRule(
                tandem_id=tid, decision=decision, area_id=areas[area].id, level=level,
                target_level=target, limits=limits, examples=examples, agreed_on=day(agreed),
                review_on=day(review)))
            previous = None
            for offset, to_level, note in history:
                store.level_changes.add(LevelChange(
                    tandem_id=tid, rule_id=rules[key].id, changed_on=day(offset),
                    from_level=previous, to_level=to_level, note=note))
                previous = to_level
        weekday_start = today + timedelta(days=(0 - today.weekday()) % 7 or 7)
        series = store.series.add(CheckInSeries(
            tandem_id=tid, title=text["series"], rrule="FREQ=WEEKLY;BYDAY=MO,TH",
            first_start=f"{today - timedelta(days=120):%Y-%m-%d}T09:00",
            time_zone="Europe/Berlin", duration_minutes=30, channel="video",
            location="https://meet.example.org/tandem", standing_items=text["standing"],
            reminder_minutes=10))
        store.series.add(CheckInSeries(
            tandem_id=tid, title=text["monthly"], rrule="FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",
            first_start=f"{today - timedelta(days=200):%Y-%m-%d}T14:00",
            time_zone="Europe/Berlin", duration_minutes=60, channel="in_person",
            location=text["monthly_place"], standing_items=text["monthly_standing"]))
        berlin = ZoneInfo("Europe/Berlin")
        meetings = []
        for back, rating, shared, private, retro in text["meetings"]:
            when = weekday_start - timedelta(days=back)
            start = _utc(when, 9, berlin)
            meetings.append(store.meetings.add(Meeting(
                tandem_id=tid, series_id=series.id, starts_at=start, duration_minutes=30,
                title=text["series"], status="held", shared_notes=shared,
                private_notes=private, rating=rating, retro_note=retro)))
        for index, (meeting_index, item, kind, discussed) in enumerate(text["agenda"]):
            # The backlog question is the first demo question, put on the agenda.
            from_question = kind == "question" and meeting_index is None
            store.agenda.add(AgendaItem(
                tandem_id=tid, meeting_id=meetings[meeting_index].id
                if meeting_index is not None else None,
                text=item, kind=kind, added_by="assistant" if index % 2 else "leader",
                discussed=discussed, position=index,
                source_kind="question" if from_question else None,
                source_id=asked_questions[0].id if from_question else None))
        goals = {}
        for key, title, description, kind, target, progress, mode, status, contribution, area \
                in text["goals"]:
            goals[key] = store.goals.add(Goal(
                tandem_id=tid, title=title, description=description, kind=kind,
                target_on=day(target), progress=progress, progress_mode=mode, status=status,
                contribution=contribution, area_id=areas[area].id if area else None))
        store.goal_rules.add(GoalRule(tandem_id=tid, goal_id=goals["grow"].id,
                                      rule_id=rules["travel"].id))
        store.goal_rules.add(GoalRule(tandem_id=tid, goal_id=goals["grow"].id,
                                      rule_id=rules["invoices"].id))
        for title, owner, due, priority, status, area, goal, rule, notes in text["tasks"]:
            store.tasks.add(Task(
                tandem_id=tid, title=title, owner=owner, due_on=day(due), priority=priority,
                status=status, done_on=day(due) if status == "done" else None,
                area_id=areas[area].id if area else None,
                goal_id=goals[goal].id if goal else None,
                rule_id=rules[rule].id if rule else None,
                meeting_id=meetings[-1].id if status == "open" and priority == "high" else None,
                notes=notes))
        for category, agreement, agreed, review in text["agreements"]:
            store.agreements.add(Agreement(tandem_id=tid, category=category, text=agreement,
                                           agreed_on=day(agreed), review_on=day(review)))
        for direction, kind, given, situation, behaviour, impact, request, status, private in \
                text["feedback"]:
            store.feedback.add(Feedback(
                tandem_id=tid, direction=direction, kind=kind, given_on=day(given),
                situation=situation, behaviour=behaviour, impact=impact, request=request,
                status=status, private=private))
        for position, prompt in enumerate(text["prompts"]):
            store.feedback_prompts.add(FeedbackPrompt(tandem_id=tid, text=prompt,
                                                      position=position))
        for offset, (statement, horizon, why, role) in zip((-300, -75), text["visions"],
                                                           strict=True):
            store.visions.add(Vision(tandem_id=tid, statement=statement, horizon=horizon,
                                     why=why, assistant_role=role, saved_on=day(offset)))
        for offset, by_role, scores, note in text["health"]:
            steps = dict(zip(("trust", "communication", "feedback", "delegation", "vision"),
                             scores, strict=True))
            store.health_checks.add(HealthCheck(
                tandem_id=tid, taken_on=day(offset), by_role=by_role, note=note,
                answers={f"{step}.1": round(score) for step, score in steps.items()}, **steps))
    return tandem


def _utc(day: date, hour: int, zone: ZoneInfo) -> str:
    from datetime import datetime

    return utc_stamp(datetime(day.year, day.month, day.day, hour, 0, tzinfo=zone))
