"""我的学习: the member's figures (no window), and the screen showing them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop_app.lessons import load_library
from desktop_app.reports.my_study import season_start, summarize
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.study_time import StudyClock

from .conftest import LESSONS


def test_seasons():
    assert season_start(date(2026, 11, 22)) == date(2026, 11, 1)
    assert season_start(date(2027, 2, 3)) == date(2026, 11, 1)
    assert season_start(date(2027, 7, 1)) == date(2027, 4, 1)


def moment(day: date, hour: int) -> float:
    return datetime(day.year, day.month, day.day, hour).timestamp()


def test_figures_from_real_records():
    library = load_library([LESSONS])
    db = open_database(None)
    store = ProgressStore(db)
    member = store.default_member_id()
    month_lesson = next(lesson for lesson in library.lessons.values() if lesson.month == "2026-11")
    store.record_position(member, month_lesson.id, 900, 5, True)
    store.record_position(member, "dangshi-01", 10, 1, False)
    clock = StudyClock(db, member)
    for day in (date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)):
        clock.touch("dangshi-01", moment(day, 9))
        clock.touch("dangshi-01", moment(day, 9) + 120)
        clock.touch("dangshi-01", moment(day, 9) + 240)
    clock.touch("dangshi-01", moment(date(2026, 10, 20), 9))  # last season
    clock.touch("dangshi-01", moment(date(2026, 10, 20), 9) + 60)
    summary = summarize(db, member, library, today=date(2026, 11, 22))
    assert summary.lessons_finished == 1 and summary.lessons_total == len(library.lessons)
    assert round(summary.hours_this_season * 3600) == 3 * 240
    assert (summary.month_lessons, summary.month_lessons_finished) == (1, 1)
    assert summary.days_in_a_row == 3
    assert summarize(db, member, library, today=date(2026, 11, 25)).days_in_a_row == 0
    assert summarize(db, member, library, today=date(2026, 12, 1)).month_lessons_finished == 0


def test_the_screen_shows_them(qtbot, window, context):
    context.progress.record_position(context.member_id, "lilun-02", 500, 4, True)
    qtbot.mouseClick(window.home.my_study_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "my_study"
    lessons = window.my_study.figures[0]
    assert lessons.accessibleName() == f"学完了 1 课，一共 {len(context.library.lessons)} 课"
    assert "font-size" in lessons.text.text()  # the number printed big, beside its words
    time = window.my_study.figures[1].accessibleName()
    assert time.startswith("这一季学了") and "0.0" not in time
    qtbot.mouseClick(window.my_study.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "home"


def test_study_time_in_words_a_member_says():
    from desktop_app.reports.my_study import hours_and_minutes

    assert hours_and_minutes(0) == (0, 0)
    assert hours_and_minutes(59) == (0, 0)
    assert hours_and_minutes(3 * 3600 + 20 * 60 + 59) == (3, 20)
    assert hours_and_minutes(-5) == (0, 0)
