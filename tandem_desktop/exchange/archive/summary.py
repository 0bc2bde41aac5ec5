"""What merging an archive did, in the user's words: the command line and the window say it."""

from __future__ import annotations

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.planning import ImportResult
from tandem_desktop.storage.merge import FUTURE, INCOMPLETE, PARENT, PRIVATE, UNKNOWN


def merge_lines(result: ImportResult, translate: Translate) -> list[str]:
    """One line for each thing the merge did beyond adding and updating; held deletions
    apart (the caller says how to confirm them)."""
    lines = []
    removed, came_back, conflicts = result.removed, result.came_back, result.conflicts
    if removed:
        lines.append(translate("Archive", "%n record(s) deleted for good, as in the file.",
                               None, removed))
    if came_back:
        lines.append(translate(
            "Archive", "%n record(s) came back: deleted here, but changed later in the file.",
            None, came_back))
    if conflicts:
        lines.append(translate(
            "Archive", "%n text(s) were changed on both sides: the version that lost is kept "
                       "as a conflict for you to review.", None, conflicts))
    waiting = result.waiting
    missing = waiting.get(PARENT, 0) + waiting.get(INCOMPLETE, 0)
    ahead, newer, private = waiting.get(FUTURE, 0), waiting.get(UNKNOWN, 0), \
        waiting.get(PRIVATE, 0)
    if missing:
        lines.append(translate(
            "Archive", "%n change(s) wait for records that have not arrived yet.", None,
            missing))
    if ahead:
        lines.append(translate(
            "Archive", "%n change(s) carry a time more than a day ahead of this computer's "
                       "clock and wait until then (is one of the clocks wrong?).", None, ahead))
    if newer:
        lines.append(translate(
            "Archive", "%n change(s) come from a newer version of Tandem and wait until this "
                       "one is updated.", None, newer))
    if private:
        lines.append(translate(
            "Archive", "%n change(s) concern feedback marked private here and wait until it "
                       "is shared again.", None, private))
    return lines


def held_line(result: ImportResult, translate: Translate) -> str:
    """The deletions the merge held back, for the caller to ask about."""
    held = result.held_deletions
    return translate(
        "Archive", "The file would delete %n record(s) here. So many deletions at once wait "
                   "for your confirmation.", None, held)
