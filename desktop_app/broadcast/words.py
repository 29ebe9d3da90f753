"""The loudspeaker in words, for the secretary's screens (QtCore's translations; no widgets): a
time slot ("每天 07:00", "周一、周三 18:30") and a line of the broadcast log."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ..storage.broadcasts import FINISHED, MEMBER, MISSED, SKIPPED, STOPPED, LogRow
from .schedule import TRIAL, Slot

translate = QCoreApplication.translate


def weekday_name(day: int) -> str:
    names = (
        translate("Loudspeaker", "Mon"),
        translate("Loudspeaker", "Tue"),
        translate("Loudspeaker", "Wed"),
        translate("Loudspeaker", "Thu"),
        translate("Loudspeaker", "Fri"),
        translate("Loudspeaker", "Sat"),
        translate("Loudspeaker", "Sun"),
    )
    return names[day]


def days_text(weekdays: frozenset[int]) -> str:
    if not weekdays or len(weekdays) == 7:
        return translate("Loudspeaker", "Every day")
    if weekdays == frozenset(range(5)):
        return translate("Loudspeaker", "Monday to Friday")
    return translate("Loudspeaker", "、").join(weekday_name(day) for day in sorted(weekdays))


def slot_text(slot: Slot) -> str:
    return f"{days_text(slot.weekdays)} {slot.at}"


def _when(text: str | None) -> str:
    """ "12月3日 07:00" from a stored local time; the text itself when it cannot be read."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return (
        translate("Loudspeaker", "%1/%2 %3")
        .replace("%1", str(moment.month))
        .replace("%2", str(moment.day))
        .replace("%3", moment.strftime("%H:%M"))
    )


def outcome_text(row: LogRow) -> str:
    if row.outcome == FINISHED:
        return translate("Loudspeaker", "played to the end")
    if row.outcome == STOPPED:
        if row.stopped_by == "secretary":
            return translate("Loudspeaker", "stopped by the secretary")
        if row.ended_at is None:
            return translate("Loudspeaker", "cut off: the program was closed or the power went off")
        return translate("Loudspeaker", "stopped: the speech engine stopped")
    if row.outcome == MISSED:
        return translate("Loudspeaker", "not played: the machine was off")
    if row.outcome == SKIPPED:
        if row.stopped_by == MEMBER:
            return translate("Loudspeaker", "not played: a member was studying")
        return translate("Loudspeaker", "not played: nothing to play, or no speech")
    return row.outcome


def log_text(row: LogRow) -> str:
    """One line of the secretary's list: when, what, how it ended."""
    when = _when(row.planned_at)
    if row.occurrence.endswith(TRIAL):
        when += translate("Loudspeaker", " (trial)")
    what = translate("Loudspeaker", "、").join(row.titles)  # none when it never went on air
    return f"{when}  {what}".rstrip() + f"\n{outcome_text(row)}"
