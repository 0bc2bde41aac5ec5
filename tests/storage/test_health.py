"""Health checks: the newest first, one person's or both."""

from __future__ import annotations

from tandem_desktop.domain.records import HealthCheck, Tandem
from tandem_desktop.storage.store import Store


def test_recent_health_checks_newest_first_by_role(store: Store, tandem: Tandem) -> None:
    def add(day: str, role: str, score: float) -> HealthCheck:
        return store.health_checks.add(HealthCheck(
            tandem_id=tandem.id, taken_on=day, by_role=role, trust=score, communication=score,
            feedback=score, delegation=score, vision=score))

    first = add("2026-09-01", "assistant", 3)
    add("2026-10-01", "leader", 2)
    second = add("2026-11-01", "assistant", 4)
    recent = store.health_checks.recent(tandem.id, by_role="assistant", limit=2)
    assert [c.id for c in recent] == [second.id, first.id]
    assert len(store.health_checks.recent(tandem.id)) == 3
