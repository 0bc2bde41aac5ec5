"""The handbook of one tandem, section by section, worded through the caller's ``Translate``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tandem_desktop.domain import vocabulary
from tandem_desktop.domain.delegation import LEVELS
from tandem_desktop.domain.enums import AccessKind, AgreementCategory, Channel, GoalKind, GoalStatus
from tandem_desktop.domain.records import Tandem
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.handbook.cadence import describe_rule
from tandem_desktop.exchange.handbook.dates import Dates
from tandem_desktop.exchange.handbook.document import Block, Handbook, Labels
from tandem_desktop.storage.store import Store


def build_handbook(store: Store, tandem_id: str, translate: Translate, today: date) -> Handbook:
    """Collect the handbook's content for one tandem."""
    tandem = store.tandems.get(tandem_id)
    dates = Dates(translate)
    blocks: list[Block] = []
    sections: list[Callable[[Store, Tandem, Dates, list[Block], Translate], None]] = [
        _agreements,
        _areas,
        _rules,
        _access,
        _vision,
        _rhythm,
    ]
    for number, section in enumerate(sections, start=1):
        start = len(blocks)
        section(store, tandem, dates, blocks, translate)
        blocks[start].text = f"{number}  {blocks[start].text}"
    _signatures(tandem, blocks, translate)
    return Handbook(
        title=translate("Handbook", "Tandem handbook"),
        tandem=tandem,
        as_of=dates.long(today),
        intro=translate(
            "Handbook",
            "How we work together, who decides what, and where we are heading: "
            "what {leader} and {assistant} have agreed on.",
        ).format(leader=tandem.leader_name, assistant=tandem.assistant_name),
        blocks=blocks,
        labels=Labels(
            leader=translate("Handbook", "Leader"),
            assistant=translate("Handbook", "Assistant"),
            as_of=translate("Handbook", "As of"),
            page=translate("Handbook", "Page {page} of {pages}"),
        ),
    )


def _person(tandem: Tandem, role: str, translate: Translate) -> str:
    if role == "leader":
        return translate("Handbook", "{name} (leader)").format(name=tandem.leader_name)
    if role == "assistant":
        return translate("Handbook", "{name} (assistant)").format(name=tandem.assistant_name)
    return translate("Handbook", "Both together")


def _nothing(blocks: list[Block], translate: Translate) -> None:
    blocks.append(Block("note", translate("Handbook", "Nothing recorded yet.")))


def _agreements(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Working agreements")))
    agreements = store.agreements.for_tandem(tandem.id)
    if not agreements:
        _nothing(blocks, translate)
        return
    order = [category.value for category in AgreementCategory]
    categories = sorted(
        {a.category for a in agreements}, key=lambda c: order.index(c) if c in order else len(order)
    )
    for category in categories:
        blocks.append(Block("h3", vocabulary.name_of(AgreementCategory, category, translate)))
        items = []
        for agreement in (a for a in agreements if a.category == category):
            details = []
            if agreement.agreed_on:
                details.append(
                    translate("Handbook", "agreed {date}").format(
                        date=dates.short(agreement.agreed_on)
                    )
                )
            if agreement.review_on:
                details.append(
                    translate("Handbook", "review {date}").format(
                        date=dates.short(agreement.review_on)
                    )
                )
            suffix = f" ({', '.join(details)})" if details else ""
            items.append(agreement.text.strip() + suffix)
        blocks.append(Block("bullets", items=items))


def _areas(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Areas of responsibility")))
    areas = store.areas.for_tandem(tandem.id)
    if not areas:
        _nothing(blocks, translate)
        return
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "Area"),
                translate("Handbook", "Held by"),
                translate("Handbook", "What it covers"),
                translate("Handbook", "Since"),
                translate("Handbook", "Review"),
            ],
            rows=[
                [
                    area.name,
                    _person(tandem, area.owner, translate),
                    area.description,
                    dates.short(area.since),
                    dates.short(area.review_on),
                ]
                for area in areas
            ],
            widths=[20, 17, 39, 12, 12],
        )
    )


def _rules(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Decision rules")))
    rules = store.rules.for_tandem(tandem.id)
    if not rules:
        _nothing(blocks, translate)
    else:
        blocks.append(
            Block(
                "p",
                translate(
                    "Handbook",
                    "Who decides, and how far: each rule names a delegation level from 1 (the "
                    "leader decides alone) to 7 (the assistant decides alone), and the limits "
                    "within which it applies.",
                ),
            )
        )
        areas = {area.id: area.name for area in store.areas.for_tandem(tandem.id)}
        groups: dict[str, list[list[str]]] = {}
        for rule in rules:
            level = vocabulary.level_label(rule.level, translate)
            if rule.target_level and rule.target_level != rule.level:
                level += "\n" + translate("Handbook", "aiming for {level}").format(
                    level=vocabulary.level_label(rule.target_level, translate)
                )
            limits = rule.limits
            if rule.examples.strip():
                limits = (limits + "\n" if limits.strip() else "") + translate(
                    "Handbook", "Examples: {text}"
                ).format(text=rule.examples.strip())
            groups.setdefault(areas.get(rule.area_id or "", ""), []).append(
                [rule.decision, level, limits, dates.short(rule.review_on)]
            )
        for area_name in sorted(groups, key=lambda name: (name == "", name.casefold())):
            blocks.append(Block("h3", area_name or translate("Handbook", "Other decisions")))
            blocks.append(
                Block(
                    "table",
                    header=[
                        translate("Handbook", "Decision"),
                        translate("Handbook", "Level"),
                        translate("Handbook", "Limits and conditions"),
                        translate("Handbook", "Review"),
                    ],
                    rows=groups[area_name],
                    widths=[32, 20, 36, 12],
                )
            )
    blocks.append(Block("h3", translate("Handbook", "The seven delegation levels")))
    blocks.append(
        Block(
            "table",
            header=[translate("Handbook", "Level"), translate("Handbook", "Meaning")],
            rows=[
                [vocabulary.level_label(item.number, translate),
                 vocabulary.level_meaning(item.number, translate)]
                for item in LEVELS
            ],
            widths=[22, 78],
        )
    )


def _access(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Information and access")))
    items = store.access_items.in_use(tandem.id)
    if not items:
        _nothing(blocks, translate)
        return
    blocks.append(
        Block(
            "p",
            translate(
                "Handbook",
                "What is shared with whom and how far; the register names "
                "accounts and authorities, never passwords or keys.",
            ),
        )
    )
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "What"),
                translate("Handbook", "Kind"),
                translate("Handbook", "Scope"),
                translate("Handbook", "Since"),
                translate("Handbook", "Review"),
            ],
            rows=[
                [
                    item.title,
                    vocabulary.name_of(AccessKind, item.kind, translate),
                    item.scope,
                    dates.short(item.granted_on),
                    dates.short(item.review_on),
                ]
                for item in items
            ],
            widths=[26, 14, 36, 12, 12],
        )
    )


def _vision(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Vision and goals")))
    vision = store.visions.current(tandem.id)
    if vision is None:
        blocks.append(Block("note", translate("Handbook", "No vision written down yet.")))
    else:
        blocks.append(Block("quote", vision.statement.strip()))
        for label, text in (
            (translate("Handbook", "Horizon"), vision.horizon),
            (translate("Handbook", "Why it matters"), vision.why),
            (translate("Handbook", "The assistant's part"), vision.assistant_role),
        ):
            if text.strip():
                blocks.append(Block("h3", label))
                blocks.append(Block("p", text.strip()))
        blocks.append(
            Block(
                "note",
                translate("Handbook", "Version of {date}").format(
                    date=dates.short(vision.saved_on)
                ),
            )
        )
    standings = [s for s in store.goals.standings(tandem.id) if s.goal.status != "dropped"]
    blocks.append(Block("h3", translate("Handbook", "Goals")))
    if not standings:
        _nothing(blocks, translate)
        return
    rows = []
    for standing in standings:
        goal = standing.goal
        title = goal.title + (f"\n{goal.description.strip()}" if goal.description.strip() else "")
        rows.append(
            [
                title,
                vocabulary.name_of(GoalKind, goal.kind, translate),
                dates.short(goal.target_on),
                f"{standing.progress} %",
                vocabulary.name_of(GoalStatus, goal.status, translate),
                goal.contribution,
            ]
        )
    blocks.append(
        Block(
            "table",
            header=[
                translate("Handbook", "Goal"),
                translate("Handbook", "Kind"),
                translate("Handbook", "Target date"),
                translate("Handbook", "Progress"),
                translate("Handbook", "Status"),
                translate("Handbook", "The assistant's contribution"),
            ],
            rows=rows,
            widths=[22, 17, 13, 13, 10, 25],
        )
    )


def _rhythm(
    store: Store, tandem: Tandem, dates: Dates, blocks: list[Block], translate: Translate
) -> None:
    blocks.append(Block("h2", translate("Handbook", "Check-ins and rhythm")))
    series_list = store.series.active_for(tandem.id)
    if not series_list:
        blocks.append(Block("note", translate("Handbook", "No regular check-in planned yet.")))
    else:
        rows = []
        for series in series_list:
            start = series.first_start[11:16] if len(series.first_start) >= 16 else ""
            rows.append(
                [
                    series.title,
                    describe_rule(series.rrule, series.time_zone, dates, translate),
                    translate("Handbook", "{time} ({zone}), {minutes} min").format(
                        time=start, zone=series.time_zone, minutes=series.duration_minutes
                    ),
                    vocabulary.name_of(Channel, series.channel, translate)
                    + (f"\n{series.location}" if series.location.strip() else ""),
                ]
            )
        blocks.append(
            Block(
                "table",
                header=[
                    translate("Handbook", "Check-in"),
                    translate("Handbook", "When"),
                    translate("Handbook", "Time"),
                    translate("Handbook", "Channel"),
                ],
                rows=rows,
                widths=[24, 30, 22, 24],
            )
        )
        for series in series_list:
            items = [item for item in series.standing_items if item.strip()]
            if items:
                blocks.append(
                    Block(
                        "h4",
                        translate("Handbook", "Standing agenda of “{title}”").format(
                            title=series.title
                        ),
                    )
                )
                blocks.append(Block("bullets", items=items))
    blocks.append(
        Block(
            "bullets",
            items=[
                translate("Handbook", "Feedback goes both ways at least every {days} days.").format(
                    days=tandem.feedback_every_days
                ),
                translate(
                    "Handbook",
                    "We look at how the tandem is doing every {days} days (health check).",
                ).format(days=tandem.health_check_every_days),
            ],
        )
    )


def _signatures(tandem: Tandem, blocks: list[Block], translate: Translate) -> None:
    blocks.append(Block("h2", translate("Handbook", "Signatures")))
    blocks.append(
        Block(
            "p",
            translate(
                "Handbook",
                "We have read this handbook and agree to work by it. We "
                "review it together when something changes.",
            ),
        )
    )
    blocks.append(
        Block(
            "signatures",
            header=[tandem.leader_name, tandem.assistant_name],
            items=[translate("Handbook", "Place, date, signature")] * 2,
        )
    )
