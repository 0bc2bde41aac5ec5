"""Schema version 4: an index for the Overview's open questions.

The Overview counts a tandem's open questions and lists the longest waiting
(``ORDER BY asked_on, id``). With 100,000 records the former index still read
every question's row to skip deleted ones and sorted all questions of one day
by id; this one holds live rows only, in the listed order, and answers both
from the index alone.
"""

from __future__ import annotations

STATEMENTS: list[str] = [
    "CREATE INDEX ix_question_open ON question(tandem_id, status, asked_on, id)"
    " WHERE deleted_at IS NULL",
]
