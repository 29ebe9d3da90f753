"""本月学习: the secretary's plan of the month kept per month, its lesson first on home (after the
lesson a member is in the middle of), and counted in 我的学习 with the month's film and practice."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.storage.plan import TEXT_LIMIT, MonthPlan, PlanStore
from desktop_app.study.month import month_lesson_to_study, month_lessons

MONTH = date.today().strftime("%Y-%m")


def test_a_plan_is_kept_per_month_and_replaced(context):
    store = PlanStore(context.db)
    assert store.get(MONTH) is None
    store.save(MonthPlan(MONTH, "fazhi-02", "  《长津湖》 ", "帮 邻居  扫雪"))
    assert store.get(MONTH) == MonthPlan(MONTH, "fazhi-02", "《长津湖》", "帮 邻居 扫雪")
    store.save(MonthPlan(MONTH, "dangshi-01"))
    assert store.get(MONTH).lesson_id == "dangshi-01" and store.get("1999-01") is None


@given(st.text(max_size=400))
def test_plan_texts_are_tidied_and_bounded(text):
    from desktop_app.storage.members import clean

    kept = MonthPlan("2026-12", "", clean(text)[:TEXT_LIMIT])
    assert len(kept.film) <= TEXT_LIMIT and kept.film == kept.film.strip()


def test_a_month_that_is_not_yyyy_mm_is_refused(context):
    with pytest.raises(ValueError):
        PlanStore(context.db).save(MonthPlan("12/2026", "fazhi-02"))


def test_the_planned_lesson_comes_first_then_the_dated_ones(context):
    library = context.library
    dated = [lesson.id for lesson in library.ordered_lessons() if lesson.month == MONTH]
    plan = MonthPlan(MONTH, "fazhi-02")
    assert [lesson.id for lesson in month_lessons(library, plan, MONTH)] == ["fazhi-02", *dated]
    assert [lesson.id for lesson in month_lessons(library, MonthPlan(MONTH, "gone"), MONTH)] == dated
    member = context.member_id
    context.progress.record_position(member, "fazhi-02", 0, 0, finished=True)
    left = month_lesson_to_study(library, context.progress.all(member), plan, MONTH)
    assert left is (library.lessons[dated[0]] if dated else None)


def test_home_offers_this_months_lesson_first_and_my_study_counts_it(qtbot, window, context):
    PlanStore(context.db).save(MonthPlan(MONTH, "fazhi-02", "《长津湖》", "看望一位老党员"))
    window.show_screen("home")
    button = window.home.continue_button
    title = context.library.lessons["fazhi-02"].title
    assert button.full_text == f"本月学习\n{title}"
    window.show_screen("my_study")
    texts = [figure.accessibleName() for figure in window.my_study.paged.widgets]
    assert texts[2] == "这个月的课 ○ 还没学完"
    assert "本月电影：《长津湖》" in texts and "本月实践：看望一位老党员" in texts
    # a member in the middle of another lesson goes on with it first
    window.open_lesson("dangshi-01")
    window.reader.page_view.go_to_page(1)
    window.go_back()
    window.show_screen("home")
    assert window.home.continue_button.full_text.startswith("继续学习") and "红船" in button.full_text


def test_the_secretary_plans_the_month_on_the_screen(qtbot, window, context):
    from PySide6.QtCore import Qt

    from .secretary_steps import through_the_door
    from .test_reader_gui import type_text

    window.show_screen("settings")
    qtbot.mouseClick(window.settings.problems_button, Qt.MouseButton.LeftButton)
    through_the_door(qtbot, window)
    qtbot.mouseClick(window.secretary.tiles["plan"], Qt.MouseButton.LeftButton)
    plan = window.plan
    assert window.current_screen_name() == "plan" and plan.month_buttons[0].isChecked()
    qtbot.mouseClick(plan.choose_button, Qt.MouseButton.LeftButton)
    row = next(row for row in plan.rows if row.property("lesson_id") == "fazhi-02")
    plan.pager.go_to(max(page for page, start in enumerate(plan.paged.pages) if start <= plan.rows.index(row)))
    assert row.isVisible()
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert "防范电信网络诈骗" in plan.lesson_label.text() and "还没保存" in plan.message.text()
    type_text(plan.film_box, "《长津湖》")
    type_text(plan.practice_box, "看望一位老党员")
    assert plan.film_box.maxLength() == TEXT_LIMIT  # typing stops where saving would cut
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    assert PlanStore(context.db).get(MONTH) == MonthPlan(MONTH, "fazhi-02", "《长津湖》", "看望一位老党员")
    qtbot.mouseClick(plan.month_buttons[1], Qt.MouseButton.LeftButton)  # next month: nothing planned yet
    assert plan.film_box.text() == "" and plan.month != MONTH
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.mouseClick(window.secretary.back_button, Qt.MouseButton.LeftButton)
    window.show_screen("home")
    assert window.home.continue_button.full_text.startswith("本月学习\n防范电信网络诈骗")
