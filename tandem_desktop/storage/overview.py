"""Read-only queries across several kinds of record, for the Overview.

Nothing here writes. What needs attention in a tandem is put together in
``services.overview``; the queries that span tables live here.
"""

from __future__ import annotations

from dataclasses import dataclass

from tandem_desktop.storage.database import Database


@dataclass(frozen=True)
class ReviewDue:
    """A rule, area, access item or working agreement whose review date has come (or nearly)."""

    table: str
    id: str
    title: str
    review_on: str


def due_for_review(database: Database, tandem_id: str, until: str) -> list[ReviewDue]:
    """Rules, areas, access items in use and agreements to review on or before ``until``."""
    sql = """
        SELECT 'decision_rule' AS tbl, id, decision AS title, review_on FROM decision_rule
         WHERE tandem_id = :t AND deleted_at IS NULL AND review_on <= :until
        UNION ALL
        SELECT 'area', id, name, review_on FROM area
         WHERE tandem_id = :t AND deleted_at IS NULL AND review_on <= :until
        UNION ALL
        SELECT 'access_item', id, title, review_on FROM access_item
         WHERE tandem_id = :t AND deleted_at IS NULL AND revoked_on IS NULL
           AND review_on <= :until
        UNION ALL
        SELECT 'agreement', id, text, review_on FROM agreement
         WHERE tandem_id = :t AND deleted_at IS NULL AND review_on <= :until
        ORDER BY review_on, title
    """
    rows = database.query(sql, {"t": tandem_id, "until": until})
    return [ReviewDue(row["tbl"], row["id"], row["title"], row["review_on"]) for row in rows]
