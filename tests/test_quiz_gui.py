"""测一测 on the real widgets: opened from the reader's last page, answered by touch and by keys
with the two-step confirm, stopped and come back to, and nothing kept for a guest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.storage.answers import AnswerStore

LESSON = "dangshi-01"


def right_option(window) -> int:
    return window.quiz.run.question.answer[0]


def answer_by_touch(window, qtbot, option: int) -> None:
    button = window.quiz.answer_buttons[option]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.quiz.run.answered  # the first touch only selects
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_last_page_of_a_lesson_opens_its_quiz(qtbot, window):
    window.open_lesson(LESSON)
    view = window.reader.page_view
    view.go_to_page(view.page_count() - 1)
    assert window.reader.next_button.text().startswith("测一测")
    qtbot.mouseClick(window.reader.next_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "quiz" and window.quiz.lesson_id == LESSON
    assert window.quiz.counter.text() == f"第 1 题，共 {len(window.quiz.run.questions)} 题"


def test_a_quiz_answered_by_touch_and_keys_is_scored_and_kept(qtbot, window, context):
    window.open_quiz(LESSON)
    quiz = window.quiz
    count = len(quiz.run.questions)
    answer_by_touch(window, qtbot, right_option(window))
    assert quiz.feedback.text().startswith("✔ 答对了")
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    wrong = (right_option(window) + 1) % len(quiz.answer_buttons)
    qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_1 + wrong))
    assert quiz.run.selected == {wrong} and not quiz.run.answered
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # Enter confirms what is selected
    assert quiz.feedback.text().startswith("✘ 答错了") and "正确答案是" in quiz.feedback.text()
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # and goes on
    while not quiz.run.done:
        if quiz.run.question.kind == "multiple":
            for option in quiz.run.question.answer:
                qtbot.mouseClick(quiz.answer_buttons[option], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(quiz.confirm_button, Qt.MouseButton.LeftButton)
        else:
            answer_by_touch(window, qtbot, right_option(window))
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.question_label.text() == f"答对 {count - 1} 题，共 {count} 题。"
    assert quiz.retry_button.isVisible()
    member = context.member_id
    assert context.progress.quiz_score(member, LESSON) == 100.0 * (count - 1) / count
    assert [right for _, _, right in AnswerStore(context.db).answers(member)].count(False) == 1
    qtbot.mouseClick(quiz.retry_button, Qt.MouseButton.LeftButton)  # the wrong one again
    assert len(quiz.run.questions) == 1


def test_stopping_half_way_comes_back_to_the_same_question(qtbot, window):
    window.open_quiz(LESSON)
    answer_by_touch(window, qtbot, right_option(window))
    qtbot.mouseClick(window.quiz.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.quiz.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() != "quiz"
    window.open_quiz(LESSON)
    assert window.quiz.run.index == 1 and window.quiz.counter.text().startswith("第 2 题")


def test_a_guest_answers_and_nothing_is_kept(qtbot, window, context):
    context.use_guest()
    window.open_quiz(LESSON)
    answer_by_touch(window, qtbot, right_option(window))
    QApplication.processEvents()
    assert window.quiz.run.answered
    assert context.db.execute("SELECT count(*) FROM quiz_answers").fetchone()[0] == 0
    assert context.db.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0] == 0


def _open_window(qtbot, context):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_library_offers_a_quiz_beside_each_lesson_that_has_one(qtbot, app, data_dir, lessons_copy):
    from desktop_app.context import create_context

    from .test_lesson_index import age

    lesson_file = lessons_copy / "02-dangshi" / "01-yida.txt"
    text = lesson_file.read_text(encoding="utf-8")
    lesson_file.write_text(text[: text.index("【测验】")], encoding="utf-8")  # this one has no quiz
    age(lessons_copy)
    create_context(data_dir, [lessons_copy]).db.close()  # the lesson index written
    context = create_context(data_dir, [lessons_copy])  # lessons from the index: their text read when used
    window = _open_window(qtbot, context)
    qtbot.mouseClick(window.home.library_button, Qt.MouseButton.LeftButton)
    library = window.library
    shown = set(library.rows)
    assert shown and set(library.quiz_buttons) == shown - {"dangshi-01"}
    unread = [lid for lid, lesson in context.library.lessons.items() if "_load_body" in lesson.__dict__]
    assert unread and not shown & set(unread)  # only the lessons on the page shown were read
    library.reveal("dangshi-01")
    assert "dangshi-01" in library.rows and "dangshi-01" not in library.quiz_buttons
    QApplication.processEvents()  # the page laid out
    widths = {button.width() for button in library.rows.values()}
    assert len(widths) == 1  # the rows one width, with or without 测一测 beside them

    library.pager.go_to(0)
    lesson_id = next(iter(library.quiz_buttons))
    button = library.quiz_buttons[lesson_id]
    assert button.text() == "测一测" and button.height() == library.rows[lesson_id].height()
    assert button.width() >= 60 and button.accessibleName().startswith("测一测：")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    quiz = window.quiz
    assert window.current_screen_name() == "quiz" and quiz.lesson_id == lesson_id
    while not quiz.run.done:
        question = quiz.run.question
        if question.kind == "multiple":
            for option in question.answer:
                qtbot.mouseClick(quiz.answer_buttons[option], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(quiz.confirm_button, Qt.MouseButton.LeftButton)
        else:
            answer_by_touch(window, qtbot, question.answer[0])
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.back_button, Qt.MouseButton.LeftButton)
    if window.current_screen_name() == "poster":
        qtbot.mouseClick(window.poster.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "library"
    assert "测验 100 分" in library.rows[lesson_id].text()
    assert library.quiz_buttons[lesson_id].hasFocus()  # back where the member was
    context.db.close()
