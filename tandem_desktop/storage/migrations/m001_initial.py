"""Schema version 1: every kind of record, with full-text indexes.

Every table has an integer ``n`` (the rowid, stable across VACUUM, used only to
join a full-text index to its table), a text UUID ``id`` that everything else
refers to, and the timestamps the repositories stamp.
"""

from __future__ import annotations

_COMMON = """
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""

_OF_TANDEM = _COMMON + """,
    tandem_id TEXT NOT NULL REFERENCES tandem(id)"""

_ROLE = "('leader', 'assistant')"

_TABLES = [
    f"""CREATE TABLE tandem ({_COMMON},
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    leader_name TEXT NOT NULL CHECK (trim(leader_name) <> ''),
    assistant_name TEXT NOT NULL CHECK (trim(assistant_name) <> ''),
    my_role TEXT NOT NULL CHECK (my_role IN {_ROLE}),
    started_on TEXT,
    feedback_every_days INTEGER NOT NULL DEFAULT 28 CHECK (feedback_every_days > 0),
    health_check_every_days INTEGER NOT NULL DEFAULT 30 CHECK (health_check_every_days > 0),
    vision_reviewed_on TEXT,
    archived_at TEXT
)""",
    f"""CREATE TABLE area ({_OF_TANDEM},
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL CHECK (owner IN ('leader', 'assistant', 'shared')),
    since TEXT,
    review_on TEXT
)""",
    f"""CREATE TABLE question ({_OF_TANDEM},
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    context TEXT NOT NULL DEFAULT '',
    asked_by TEXT NOT NULL CHECK (asked_by IN {_ROLE}),
    asked_on TEXT NOT NULL,
    urgency TEXT NOT NULL DEFAULT 'whenever' CHECK (urgency IN ('today', 'week', 'whenever')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'withdrawn')),
    answer TEXT NOT NULL DEFAULT '',
    answered_on TEXT
)""",
    f"""CREATE TABLE access_item ({_OF_TANDEM},
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('account', 'system', 'document', 'folder', 'budget',
                                       'authority', 'contact', 'other')),
    scope TEXT NOT NULL DEFAULT '',
    granted_on TEXT,
    review_months INTEGER CHECK (review_months IS NULL OR review_months > 0),
    review_on TEXT,
    revoked_on TEXT,
    area_id TEXT REFERENCES area(id),
    notes TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE checkin_series ({_OF_TANDEM},
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    rrule TEXT NOT NULL,
    first_start TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    channel TEXT NOT NULL DEFAULT 'video',
    location TEXT NOT NULL DEFAULT '',
    standing_items TEXT NOT NULL DEFAULT '[]',
    reminder_minutes INTEGER,
    active INTEGER NOT NULL DEFAULT 1
)""",
    f"""CREATE TABLE meeting ({_OF_TANDEM},
    series_id TEXT REFERENCES checkin_series(id),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    shared_notes TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    retro_note TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE agenda_item ({_OF_TANDEM},
    meeting_id TEXT REFERENCES meeting(id),
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    kind TEXT NOT NULL DEFAULT 'topic' CHECK (kind IN ('topic', 'question', 'decision',
                                                       'feedback', 'priority', 'info')),
    source_kind TEXT,
    source_id TEXT,
    added_by TEXT NOT NULL CHECK (added_by IN {_ROLE}),
    discussed INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    carried_from TEXT NOT NULL DEFAULT '[]'
)""",
    f"""CREATE TABLE goal ({_OF_TANDEM},
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'shared' CHECK (kind IN ('shared', 'development')),
    target_on TEXT,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    progress_mode TEXT NOT NULL DEFAULT 'manual' CHECK (progress_mode IN ('manual', 'tasks')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'done',
                                                          'dropped')),
    contribution TEXT NOT NULL DEFAULT '',
    area_id TEXT REFERENCES area(id)
)""",
    f"""CREATE TABLE decision_rule ({_OF_TANDEM},
    decision TEXT NOT NULL CHECK (trim(decision) <> ''),
    area_id TEXT REFERENCES area(id),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    target_level INTEGER CHECK (target_level IS NULL OR target_level BETWEEN 1 AND 7),
    limits TEXT NOT NULL DEFAULT '',
    examples TEXT NOT NULL DEFAULT '',
    agreed_on TEXT,
    review_on TEXT
)""",
    f"""CREATE TABLE level_change ({_OF_TANDEM},
    rule_id TEXT NOT NULL REFERENCES decision_rule(id),
    changed_on TEXT NOT NULL,
    from_level INTEGER CHECK (from_level IS NULL OR from_level BETWEEN 1 AND 7),
    to_level INTEGER NOT NULL CHECK (to_level BETWEEN 1 AND 7),
    note TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE task ({_OF_TANDEM},
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    owner TEXT NOT NULL CHECK (owner IN {_ROLE}),
    due_on TEXT,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_on TEXT,
    area_id TEXT REFERENCES area(id),
    goal_id TEXT REFERENCES goal(id),
    meeting_id TEXT REFERENCES meeting(id),
    rule_id TEXT REFERENCES decision_rule(id),
    notes TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE agreement ({_OF_TANDEM},
    category TEXT NOT NULL CHECK (category IN ('availability', 'response_times', 'channels',
                                               'urgent', 'documentation', 'tools', 'other')),
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    agreed_on TEXT,
    review_on TEXT
)""",
    f"""CREATE TABLE feedback ({_OF_TANDEM},
    direction TEXT NOT NULL CHECK (direction IN ('leader_to_assistant', 'assistant_to_leader')),
    kind TEXT NOT NULL DEFAULT 'appreciation' CHECK (kind IN ('appreciation', 'suggestion')),
    given_on TEXT NOT NULL,
    situation TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'noted' CHECK (status IN ('noted', 'discussed')),
    meeting_id TEXT REFERENCES meeting(id),
    private INTEGER NOT NULL DEFAULT 0,
    asked_for INTEGER NOT NULL DEFAULT 0,
    CHECK (trim(situation || behaviour || impact || request) <> '')
)""",
    f"""CREATE TABLE feedback_prompt ({_OF_TANDEM},
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    position INTEGER NOT NULL DEFAULT 0
)""",
    f"""CREATE TABLE vision ({_OF_TANDEM},
    statement TEXT NOT NULL CHECK (trim(statement) <> ''),
    horizon TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '',
    assistant_role TEXT NOT NULL DEFAULT '',
    saved_on TEXT NOT NULL
)""",
    f"""CREATE TABLE goal_rule ({_OF_TANDEM},
    goal_id TEXT NOT NULL REFERENCES goal(id),
    rule_id TEXT NOT NULL REFERENCES decision_rule(id)
)""",
    f"""CREATE TABLE health_check ({_OF_TANDEM},
    taken_on TEXT NOT NULL,
    by_role TEXT NOT NULL CHECK (by_role IN {_ROLE}),
    trust REAL NOT NULL CHECK (trust BETWEEN 1 AND 5),
    communication REAL NOT NULL CHECK (communication BETWEEN 1 AND 5),
    feedback REAL NOT NULL CHECK (feedback BETWEEN 1 AND 5),
    delegation REAL NOT NULL CHECK (delegation BETWEEN 1 AND 5),
    vision REAL NOT NULL CHECK (vision BETWEEN 1 AND 5),
    answers TEXT NOT NULL DEFAULT '{{}}',
    note TEXT NOT NULL DEFAULT ''
)""",
]

# Full-text indexes hold folded copies of these columns (see domain.text.fold);
# their rowid is the table's n. The repositories keep them current.
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "question": ("text", "context", "answer"),
    "access_item": ("title", "scope", "notes"),
    "checkin_series": ("title", "location", "standing_items"),
    "meeting": ("title", "shared_notes", "private_notes", "retro_note"),
    "agenda_item": ("text", "outcome"),
    "task": ("title", "notes"),
    "agreement": ("text",),
    "feedback": ("situation", "behaviour", "impact", "request"),
    "area": ("name", "description"),
    "decision_rule": ("decision", "examples", "limits"),
    "vision": ("statement", "horizon", "why", "assistant_role"),
    "goal": ("title", "description", "contribution"),
    "health_check": ("note",),
}

_FTS = [
    f"CREATE VIRTUAL TABLE fts_{table} USING fts5({', '.join(columns)}, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    for table, columns in FTS_COLUMNS.items()
]

_TANDEM_TABLES = [
    "area", "question", "access_item", "checkin_series", "meeting", "agenda_item", "goal",
    "decision_rule", "level_change", "task", "agreement", "feedback", "feedback_prompt",
    "vision", "goal_rule", "health_check",
]

_INDEXES = [
    f"CREATE INDEX ix_{table}_tandem ON {table}(tandem_id, deleted_at)" for table in _TANDEM_TABLES
] + [
    "CREATE INDEX ix_question_status ON question(tandem_id, status, asked_on)",
    "CREATE INDEX ix_access_item_review ON access_item(tandem_id, review_on)",
    "CREATE INDEX ix_meeting_series ON meeting(series_id, starts_at)",
    "CREATE INDEX ix_meeting_start ON meeting(tandem_id, starts_at)",
    "CREATE INDEX ix_agenda_item_meeting ON agenda_item(meeting_id, position)",
    "CREATE INDEX ix_agenda_item_source ON agenda_item(source_kind, source_id)",
    "CREATE INDEX ix_task_owner ON task(tandem_id, status, owner, due_on)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_task_due ON task(tandem_id, status, due_on) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_task_goal ON task(goal_id)",
    "CREATE INDEX ix_task_area ON task(area_id)",
    "CREATE INDEX ix_task_meeting ON task(meeting_id)",
    "CREATE INDEX ix_task_rule ON task(rule_id)",
    "CREATE INDEX ix_feedback_given ON feedback(tandem_id, direction, given_on)",
    "CREATE INDEX ix_feedback_log ON feedback(tandem_id, deleted_at, given_on)",
    "CREATE INDEX ix_decision_rule_area ON decision_rule(area_id)",
    "CREATE INDEX ix_level_change_rule ON level_change(rule_id, changed_on)",
    "CREATE INDEX ix_vision_saved ON vision(tandem_id, saved_on)",
    "CREATE INDEX ix_goal_rule_goal ON goal_rule(goal_id)",
    "CREATE INDEX ix_health_check_taken ON health_check(tandem_id, taken_on)",
]

STATEMENTS: list[str] = _TABLES + _FTS + _INDEXES
