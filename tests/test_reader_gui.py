"""The real screens driven with qtbot: library, reader, pages, text size, theme, script, characters."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop_app.context import create_context
from desktop_app.gui.home_screen import big_button_lesson
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import CONTRAST, PAPER
from desktop_app.storage import FINISHED, IN_PROGRESS

from .conftest import LESSONS
from .secretary_steps import through_the_door


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(widget, text: str) -> None:
    """Type Chinese as an input method delivers it: key events that carry the characters."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def library_row(window, lesson_id: str):
    """The library's row of a lesson, turning to its page."""
    window.library.reveal(lesson_id)
    return window.library.rows[lesson_id]


def library_ids(window) -> set[str]:
    """Every lesson listed, over all the library's pages."""
    pager, found = window.library.pager, set()
    pager.go_to(0)
    while True:
        found |= set(window.library.rows)
        if pager.page >= pager.count - 1:
            return found
        click_page = pager.page
        pager.go_to(click_page + 1)


def first_lesson(context):
    return context.library.ordered_lessons()[0]


def test_home_continue_opens_first_lesson(qtbot, window, context):
    assert window.current_screen_name() == "home"
    lesson, monthly = big_button_lesson(context)  # lessons whose file names this month come first
    if not monthly:
        assert lesson is first_lesson(context)
    assert lesson.title in window.home.continue_button.full_text
    assert window.home.continue_button.full_text.startswith("本月学习" if monthly else "继续学习")
    click(qtbot, window.home.continue_button)
    assert window.current_screen_name() == "reader"
    assert window.reader.lesson.id == lesson.id
    assert lesson.title in window.reader.page_view.doc.toPlainText()


def test_library_lists_courses_and_opens_a_lesson(qtbot, window, context):
    click(qtbot, window.home.library_button)
    assert window.current_screen_name() == "library"
    assert library_ids(window) == set(context.library.lessons)
    assert window.library.pager.count > 1  # pages with big buttons, no scroll bar
    lesson = context.library.lessons["dangshi-02"]
    row = library_row(window, lesson.id)
    assert lesson.title in row.text() and "还没学" in row.text()
    click(qtbot, row)
    assert window.current_screen_name() == "reader" and window.reader.lesson.id == "dangshi-02"
    click(qtbot, window.reader.back_button)
    assert window.current_screen_name() == "library"
    assert "正在学" in library_row(window, "dangshi-02").text()


def test_search_finds_a_two_character_word(qtbot, window):
    click(qtbot, window.home.library_button)
    type_text(window.library.search_box, "遗嘱")
    assert set(window.library.rows) == {"fazhi-03"}
    click(qtbot, window.library.clear_button)
    assert len(window.library.rows) > 1


def test_turning_pages_every_way(qtbot, window):
    window.open_lesson("lilun-01")
    view = window.reader.page_view
    assert view.page_count() >= 4 and view.current_page() == 0
    assert not window.reader.previous_button.isEnabled()
    click(qtbot, window.reader.next_button)
    assert view.current_page() == 1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 2
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 1
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_page() == 2
    # a touch swipe to the left is the next page, to the right the previous one
    centre = view.rect().center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(150, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre - QPoint(150, 0))
    assert view.current_page() == 3
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre - QPoint(150, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(150, 0))
    assert view.current_page() == 2
    click(qtbot, window.reader.previous_button)
    assert view.current_page() == 1
    assert "第 2 页" in window.reader.page_label.text()


def test_mouse_wheel_turns_pages(qtbot, window):
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.open_lesson("lilun-01")
    view = window.reader.page_view
    centre = P(view.rect().center())
    event = QWheelEvent(
        centre,
        view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)
    assert view.current_page() == 1


def test_jumping_to_the_end_does_not_finish_a_lesson(qtbot, window, context):
    window.open_lesson("jiankang-01")
    view = window.reader.page_view
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() == view.page_count() - 1
    assert context.progress.get(context.member_id, "jiankang-01").state == IN_PROGRESS
    assert "学完了" not in window.reader.next_button.text()


def test_showing_most_pages_finishes_the_lesson(qtbot, window, context):
    window.open_lesson("jiankang-01")
    view = window.reader.page_view
    while view.current_page() < view.page_count() - 1:
        click(qtbot, window.reader.next_button)
    assert context.progress.get(context.member_id, "jiankang-01").state == FINISHED
    assert "测一测" in window.reader.next_button.text()  # its quiz is offered at the end
    click(qtbot, window.reader.next_button)
    assert window.current_screen_name() == "quiz"
    click(qtbot, window.quiz.back_button)
    assert window.current_screen_name() == "reader"
    context.progress.record_quiz_score(context.member_id, "jiankang-01", 80)  # the quiz done
    view.go_to_page(view.page_count() - 1)
    assert "学完了" in window.reader.next_button.text()
    click(qtbot, window.reader.next_button)
    assert window.current_screen_name() == "home"  # back where the member came from
    click(qtbot, window.home.library_button)
    assert "已学完" in library_row(window, "jiankang-01").text()


def test_what_was_seen_is_kept_across_sessions(qtbot, app, context):
    """Half the pages today, the rest tomorrow: finished, though no single visit saw 80 %."""
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    first.open_lesson("jiankang-02")
    view = first.reader.page_view
    while first.reader.coverage.share < 0.4:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert first.reader.coverage.share < 0.8
    first.close()
    context.db.close()
    again = create_context(context.data_dir, [LESSONS])
    assert again.progress.get(again.member_id, "jiankang-02").state == IN_PROGRESS
    second = MainWindow(again)
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    second.open_lesson("jiankang-02")
    view = second.reader.page_view
    while view.current_page() < view.page_count() - 1:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert again.progress.get(again.member_id, "jiankang-02").state == FINISHED


def test_text_size_change_keeps_the_place_and_is_saved(qtbot, window, context):
    window.open_lesson("lilun-02")
    view = window.reader.page_view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    anchor_text = view.doc.toPlainText()[view.anchor() : view.anchor() + 6]
    pages_before = view.page_count()
    click(qtbot, window.reader.more_button)  # the size buttons are one touch away
    click(qtbot, window.reader.bigger_button)
    assert context.settings.text_step == 2
    assert view.page_count() > pages_before
    shown = view.doc.toPlainText()
    page_start = view.anchor()
    # the first characters that were on top of the page are still on the page now shown
    position = shown.find(anchor_text)
    assert view.page_of(position) == view.current_page(), (page_start, position)
    # saved in the database: a new context reads it back
    assert create_context(context.data_dir, [LESSONS]).settings.text_step == 2


def test_text_size_steps_stop_at_the_ends(qtbot, window, context):
    window.open_lesson("lilun-02")
    click(qtbot, window.reader.more_button)
    while window.reader.bigger_button.isEnabled():
        click(qtbot, window.reader.bigger_button)
    assert context.settings.text_size == 72
    while window.reader.smaller_button.isEnabled():
        click(qtbot, window.reader.smaller_button)
    assert context.settings.text_size == 24


def test_theme_change_recolours_the_page(qtbot, window, context):
    window.open_lesson("lilun-02")
    image = window.reader.page_view.grab().toImage()
    assert image.pixelColor(3, 3) == QColor(PAPER.background)
    click(qtbot, window.reader.more_button)
    click(qtbot, window.reader.player_bar.settings_button)
    contrast = window.settings.choice_buttons[("theme", "contrast")]
    click(qtbot, contrast)
    assert context.settings.theme == "contrast"
    assert contrast.text().startswith("✔")
    click(qtbot, window.settings.back_button)
    assert window.current_screen_name() == "reader"
    image = window.reader.page_view.grab().toImage()
    assert image.pixelColor(3, 3) == QColor(CONTRAST.background)


def test_traditional_script_on_request(qtbot, window, context):
    window.show_screen("settings")
    click(qtbot, window.settings.choice_buttons[("script", "traditional-tw")])
    window.open_lesson("dangzhang-01")
    text = window.reader.page_view.doc.toPlainText()
    assert "黨員" in text and "党员" not in text
    assert context.settings.script == "traditional-tw"


def test_reopening_lands_on_the_same_page(qtbot, app, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    first.open_lesson("fazhi-02")
    for _ in range(2):
        qtbot.keyClick(first.reader.page_view, Qt.Key.Key_PageDown)
    assert first.reader.page_view.current_page() == 2
    first.close()
    context.db.close()

    again = create_context(context.data_dir, [LESSONS])
    assert again.progress.get(again.member_id, "fazhi-02").state == IN_PROGRESS
    second = MainWindow(again)
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    assert "防范电信网络诈骗" in second.home.continue_button.text()
    click(qtbot, second.home.continue_button)
    assert second.reader.lesson.id == "fazhi-02"
    assert second.reader.page_view.current_page() == 2


def test_tapping_a_character_shows_it_with_pinyin(qtbot, window):
    window.open_lesson("fazhi-03")
    view = window.reader.page_view
    text = view.doc.toPlainText()
    position = text.find("民法典")
    view.show_position(position)
    point = view.point_of(position)
    assert point is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    panel = window.reader.char_panel
    assert panel.isVisible()
    assert panel.char_label.text() == "民" and panel.pinyin_label.text() == "mín"
    click(qtbot, panel.close_button)
    assert not panel.isVisible()


def test_touching_empty_space_does_nothing(qtbot, window):
    window.open_lesson("fazhi-03")
    view = window.reader.page_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 5, view.height() - 5))
    assert not window.reader.char_panel.isVisible()


def test_position_at_and_point_of_agree(qtbot, window):
    window.open_lesson("dangshi-01")
    view = window.reader.page_view
    start = view.anchor()
    checked = 0
    for position in range(start, start + 60):
        point = view.point_of(position)
        if point is None or view.doc.characterAt(position) in "\u2029\n ":
            continue
        assert view.position_at(point) == position
        checked += 1
    assert checked > 20


def test_broken_lesson_is_listed_for_the_secretary(qtbot, app, data_dir, lessons_copy):
    broken = lessons_copy / "05-jiankang" / "02-xueya.txt"
    broken.write_text(broken.read_text(encoding="utf-8").replace("答案：A", "答案：H", 1), encoding="utf-8")
    context = create_context(data_dir, [lessons_copy])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    click(qtbot, window.home.library_button)
    listed = library_ids(window)
    assert "jiankang-02" not in listed and "jiankang-01" in listed
    window.show_screen("settings")
    assert "1 个问题" in window.settings.problems_button.accessibleName()
    assert "⚠" in window.settings.problems_button.text()
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    assert "⚠ 1" in window.secretary.tiles["problems"].text()
    click(qtbot, window.secretary.tiles["problems"])
    listing = window.problems.text.toPlainText()
    assert f"{broken}:" in listing and "“H”不在选项里" in listing
    log = (data_dir / "logs" / "desktop-app.log").read_text(encoding="utf-8")
    assert "02-xueya.txt" in log


def test_no_lessons_at_all_says_what_to_do(qtbot, app, data_dir, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    window = MainWindow(create_context(data_dir, [empty]))
    qtbot.addWidget(window)
    window.show()
    assert not window.home.continue_button.isEnabled()
    assert "支部书记" in window.home.hint.text()


def test_turning_pages_is_counted_as_study_time(qtbot, window, context):
    window.open_lesson("lilun-03")
    for _ in range(3):
        qtbot.keyClick(window.reader.page_view, Qt.Key.Key_PageDown)
    sessions = context.db.execute("SELECT count(*), sum(active_seconds) FROM sessions").fetchone()
    assert sessions[0] == 1 and sessions[1] >= 0
    assert context.db.execute("SELECT ended_at >= started_at FROM sessions").fetchone()[0] == 1
