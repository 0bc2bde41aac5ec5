"""Questions and the access register: views, knowledge base, agenda rule, reviews."""

from __future__ import annotations

from datetime import date

import pytest

from tandem_desktop.domain.records import AccessItem, Area, Question, Tandem
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.trust import PREVIEW_CHARS, add_months

TODAY = date(2026, 11, 29)


def _ask(store: Store, tandem: Tandem, text: str, asked_on: str = "2026-11-20",
         **changes: object) -> Question:
    values: dict[str, object] = {"tandem_id": tandem.id, "text": text, "asked_by": "assistant",
                                 "asked_on": asked_on}
    values.update(changes)
    return store.questions.add(Question(**values))  # type: ignore[arg-type]


def test_views_sort_and_filter_in_sql(store: Store, tandem: Tandem) -> None:
    old = _ask(store, tandem, "May I book trains?", "2026-11-01")
    new = _ask(store, tandem, "Who signs the invoices?", "2026-11-25", context="Printer")
    done = _ask(store, tandem, "Weekly summary format?", "2026-10-01", status="answered",
                answer="Short e-mail on Friday", answered_on="2026-10-02")
    assert [line.id for line in store.questions.lines(tandem.id, "open")] == [old.id, new.id]
    assert [line.id for line in store.questions.lines(tandem.id, "answered")] == [done.id]
    assert [line.id for line in store.questions.lines(tandem.id, "all")] == [
        new.id, old.id, done.id]
    # The filter covers question, context and answer, and works on word prefixes.
    assert [line.id for line in store.questions.lines(tandem.id, "all", "print")] == [new.id]
    assert [line.id for line in store.questions.lines(tandem.id, "all", "FRIDAY")] == [done.id]
    assert store.questions.lines(tandem.id, "open", "friday") == []
    assert store.questions.open_summary(tandem.id) == (2, "2026-11-01")


def test_knowledge_base_finds_answered_questions_by_any_word(store: Store,
                                                               tandem: Tandem) -> None:
    train = _ask(store, tandem, "Can I book first class on trains?", status="answered",
                 answer="Yes for trips over four hours", answered_on="2026-11-21")
    _ask(store, tandem, "First class for flights?")  # open: not in the knowledge base
    found = store.questions.knowledge_base(tandem.id, "hours of travel by rail")
    assert [line.id for line in found] == [train.id]
    assert store.questions.knowledge_base(tandem.id, "!!!") == []


def test_long_text_is_stored_whole_and_listed_as_preview(store: Store, tandem: Tandem) -> None:
    text = "word " * 20_000
    question = _ask(store, tandem, text)
    assert store.questions.get(question.id).text == text
    line = store.questions.lines(tandem.id, "open")[0]
    assert len(line.text) == PREVIEW_CHARS


def test_answer_needs_text(store: Store, tandem: Tandem) -> None:
    question = _ask(store, tandem, "Anything?")
    with pytest.raises(ValidationError):
        store.questions.answer(question.id, "  ", "2026-11-29")
    assert store.questions.get(question.id).status == "open"


def test_the_trash_view_filters_too(store: Store, tandem: Tandem) -> None:
    gone = _ask(store, tandem, "Paper filing 100%_done?")
    _ask(store, tandem, "Something else")
    store.questions.delete(gone.id)
    assert [line.id for line in store.questions.lines(tandem.id, "deleted", "FILING")] == [
        gone.id]
    assert [line.id for line in store.questions.lines(tandem.id, "deleted", "100%_")] == [
        gone.id]
    assert store.questions.lines(tandem.id, "deleted", "else") == []
    item = _item(store, tandem, "Old portal", notes="gone")
    store.access_items.delete(item.id)
    assert [line.id for line in store.access_items.lines(tandem.id, "deleted", TODAY,
                                                          "portal")] == [item.id]


def _item(store: Store, tandem: Tandem, title: str, **changes: object) -> AccessItem:
    values: dict[str, object] = {"tandem_id": tandem.id, "title": title, "kind": "system"}
    values.update(changes)
    return store.access_items.add(AccessItem(**values))  # type: ignore[arg-type]


def test_access_views_review_and_revoke(store: Store, tandem: Tandem) -> None:
    area = store.areas.add(Area(tandem_id=tandem.id, name="Travel", owner="assistant"))
    portal = _item(store, tandem, "Travel portal", review_months=12, review_on="2026-12-10",
                   area_id=area.id, scope="Book trips")
    card = _item(store, tandem, "Card", kind="budget", review_months=6,
                 review_on="2026-11-01")
    later = _item(store, tandem, "Board folder", kind="folder", review_months=12,
                  review_on="2027-05-01")
    old = _item(store, tandem, "Old CRM", revoked_on="2026-09-30", review_on="2026-10-01")

    def ids(view: str, text: str = "") -> list[str]:
        return [line.id for line in store.access_items.lines(tandem.id, view, TODAY, text)]

    assert ids("active") == [later.id, card.id, portal.id]
    assert ids("due") == [card.id, portal.id]
    assert ids("revoked") == [old.id]
    assert ids("active", "trips") == [portal.id]
    assert store.access_items.lines(tandem.id, "active", TODAY, "trips")[0].area_name == "Travel"
    assert store.access_items.count_due(tandem.id, TODAY) == 2

    reviewed = store.access_items.mark_reviewed(card.id, TODAY)
    assert reviewed.review_on == "2027-05-29"
    assert ids("due") == [portal.id]

    store.access_items.revoke(portal.id, "2026-11-29")
    assert ids("due") == []
    assert ids("revoked") == [portal.id, old.id]
    assert store.access_items.get(portal.id).revoked_on == "2026-11-29"
    store.access_items.reinstate(portal.id)
    assert ids("due") == [portal.id]

    no_interval = _item(store, tandem, "No interval")
    with pytest.raises(ValidationError):
        store.access_items.mark_reviewed(no_interval.id, TODAY)


def test_add_months_keeps_month_ends() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 29), 12) == date(2027, 11, 29)
