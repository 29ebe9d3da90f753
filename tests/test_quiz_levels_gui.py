"""闯关, 挑战赛, 排行榜, 错题复习 and the poster on the real widgets (offscreen, a real database):
levels open one after another, the challenge's clock never under 30 s and its time-out, the
leaderboard's order with a hidden member and the own place, a wrong answer back in the review
the next days, the question and all answers on one page at the largest text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.storage.answers import AnswerStore
from desktop_app.storage.review import ReviewStore
from desktop_app.study.ladder import LOCKED, OPEN, PASSED
from desktop_app.study.quiz import question_key

COURSE = "dangshi"


def answer_all(quiz, qtbot, right: bool = True) -> None:
    """Answer every question of the run shown: right ones (or the first wrong option)."""
    while not quiz.run.done:
        question = quiz.run.question
        chosen = list(question.answer) if right else [(question.answer[0] + 1) % len(quiz.answer_buttons)]
        for option in chosen:
            qtbot.mouseClick(quiz.answer_buttons[option], Qt.MouseButton.LeftButton)
        if not quiz.run.answered:
            button = quiz.confirm_button if quiz.confirm_button.isVisible() else quiz.answer_buttons[chosen[0]]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)


def open_ladder_on(window, course_id: str):
    window.show_screen("ladder")
    ladder = window.ladder
    ladder.course_index = ladder.course_ids.index(course_id)
    ladder._load()
    return ladder


def test_passing_a_level_opens_the_next_and_a_locked_one_says_why(qtbot, window, context):
    qtbot.mouseClick(window.home.ladder_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "ladder"
    ladder = open_ladder_on(window, COURSE)
    states = [level.state for level in ladder.levels]
    assert states[0] == OPEN and set(states[1:]) == {LOCKED}
    qtbot.mouseClick(ladder.level_buttons[1], Qt.MouseButton.LeftButton)  # locked: says so, opens nothing
    assert window.current_screen_name() == "ladder" and "先过第 1 关" in ladder.message.text()
    qtbot.mouseClick(ladder.level_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "quiz" and window.quiz.lesson_id == ladder.levels[0].lesson_id
    answer_all(window.quiz, qtbot)
    qtbot.mouseClick(window.quiz.done_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "ladder"
    assert [level.state for level in ladder.levels][:2] == [PASSED, OPEN]
    assert ladder.level_buttons[0].text().endswith("✔ 过关了")
    points = AnswerStore(context.db).points(context.member_id)
    assert points > 0  # first right answers and the level bonus
    window.show_screen("my_study")
    assert window.my_study.figures[4].accessibleName() == f"答题得分 {points} 分，闯过 1 关"


@pytest.mark.parametrize("step", [1, 4, 6])
def test_the_question_and_all_answers_are_on_one_page_at_the_largest_text(qtbot, window, context, step):
    """Every shipped question on the smallest window: its answers at least 120 px high and a
    quarter of the width, every answer reachable; all on one page up to 54 pt, and at 72 pt all
    but the multiple-choice ones with four or five long options (and a very few long others)."""
    window.apply_settings(replace(context.settings, text_step=step), save=False)
    window.resize(1024, 768)
    quiz = window.quiz
    side_by_side, paged, asked = 0, [], 0
    for lesson in context.library.ordered_lessons():
        window.open_quiz(lesson.id)
        for index in range(len(lesson.quiz)):
            quiz.run.index, quiz.run.outcomes = index, []
            quiz._show_question()
            qtbot.wait(1)
            asked += 1
            if len(quiz.pages) > 1:
                paged.append((lesson.id, index, lesson.quiz[index].kind))
            seen = set()
            for page in range(len(quiz.pages)):
                quiz.pager.go_to(page)
                seen |= {i for i, button in enumerate(quiz.answer_buttons) if button.isVisible()}
            assert seen == set(range(len(quiz.answer_buttons)))  # every answer can be reached
            for button in quiz.answer_buttons:
                assert button.height() >= 120 and button.width() >= quiz.width() // 4
            side_by_side += quiz.columns == 2
    print(f"{asked} questions, {side_by_side} with answers two a row, on two pages: {paged}")
    if step < 6:
        assert paged == []
    else:
        assert side_by_side > 0  # at this size some questions need their answers two a row
        assert len([kind for *_, kind in paged if kind != "multiple"]) <= asked // 20, paged


def test_a_challenge_counts_down_from_at_least_30_seconds_and_a_time_out_is_wrong(qtbot, window, context):
    context.update_settings(replace(context.settings, challenge_seconds=30))
    for lesson in ("dangshi-01", "dangshi-02"):
        context.progress.record_position(context.member_id, lesson, 0, 0, True, "")
    ladder = open_ladder_on(window, COURSE)
    qtbot.mouseClick(ladder.challenge_button, Qt.MouseButton.LeftButton)
    quiz = window.quiz
    assert window.current_screen_name() == "quiz" and quiz.mode == "challenge"
    assert set(quiz.lesson_ids) <= {"dangshi-01", "dangshi-02"}
    assert quiz.clock.isVisible() and quiz.clock.text() == "30 秒" and quiz.limit == 30
    said = []
    quiz.say.connect(said.append)
    for _ in range(20):
        quiz._tick()  # the clock's own tick, without waiting 20 seconds
    assert quiz.clock.text() == "10 秒" and "还有 10 秒" in said
    for _ in range(10):
        quiz._tick()
    assert quiz.run.answered and not quiz.run.outcomes[-1].right
    assert quiz.feedback.text().startswith("✘ 时间到了")
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    question = quiz.run.question
    quiz._shown_at -= 3  # three seconds to answer
    for option in question.answer:
        qtbot.mouseClick(quiz.answer_buttons[option], Qt.MouseButton.LeftButton)
    if not quiz.run.answered:  # 确定 for multiple choice, the second touch for one answer
        button = quiz.confirm_button if question.kind == "multiple" else quiz.answer_buttons[question.answer[0]]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "加" in quiz.feedback.text() and quiz.points > 10  # a quick right answer: speed points
    # the secretary's setting is never taken under 30 s, and 0 switches the clock off
    context.update_settings(replace(context.settings, challenge_seconds=0))
    window.go_back()
    qtbot.mouseClick(ladder.challenge_button, Qt.MouseButton.LeftButton)
    assert quiz.limit is None and not quiz.clock.isVisible()


def test_the_challenge_waits_for_a_finished_lesson(qtbot, window):
    ladder = open_ladder_on(window, COURSE)
    qtbot.mouseClick(ladder.challenge_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "ladder" and "先学完一课" in ladder.message.text()


def test_the_leaderboard_orders_members_hides_one_and_shows_the_own_place(qtbot, window, context):
    db = context.db
    store = AnswerStore(db)
    names = {"王大伯": 30, "李阿姨": 50, "赵叔": 40}
    ids = {name: context.members.add(name) for name in names}
    context.members.update(ids["赵叔"], on_board=False)
    lesson = context.library.lessons["dangshi-01"]
    for name, points in names.items():
        attempt = store.new_attempt(ids[name], lesson.id, "challenge")
        store.record(
            attempt, ids[name], lesson.id, (question_key(lesson.quiz[0]), (0,), True, 1.0), "challenge", points
        )
    window.sign_in(ids["王大伯"])
    window.show_screen("board")
    board = window.board
    shown = [row.accessibleName() for row in board.rows]
    assert [text.split("  ")[1].removesuffix("（您）") for text in shown] == ["李阿姨", "王大伯"]  # 赵叔 is hidden
    assert "（您）" in shown[1]
    assert board.own.accessibleName() == "您排第 2 名，得了 30 分"
    window.sign_in(ids["赵叔"])
    window.show_screen("board")
    assert board.own.accessibleName() == "您不上榜。您的得分：40"


def test_a_wrong_answer_comes_back_in_the_review_on_home(qtbot, window, context):
    window.open_quiz("dangshi-01")
    quiz = window.quiz
    question = quiz.run.question
    wrong = (question.answer[0] + 1) % len(quiz.answer_buttons)
    qtbot.mouseClick(quiz.answer_buttons[wrong], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.answer_buttons[wrong], Qt.MouseButton.LeftButton)
    reviews = ReviewStore(context.db)
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert reviews.due(context.member_id, tomorrow) == [("dangshi-01", question_key(question))]
    # a day later (the card's due moved back a day: the clock is not turned)
    context.db.execute("UPDATE quiz_review SET due = ?", [(datetime.now(UTC) - timedelta(minutes=1)).isoformat()])
    window.show_screen("home")
    assert window.home.review_button.isVisible() and window.home.review_button.text() == "复习错题（1 道）"
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "quiz" and quiz.mode == "review"
    assert quiz.run.questions == [question]
    answer_all(quiz, qtbot)
    assert reviews.due_count(context.member_id) == 0  # answered right: further off
    window.show_screen("home")
    assert not window.home.review_button.isVisible()


def test_a_guest_climbs_the_ladder_and_leaves_nothing(qtbot, window, context):
    context.use_guest()
    ladder = open_ladder_on(window, COURSE)
    qtbot.mouseClick(ladder.level_buttons[0], Qt.MouseButton.LeftButton)
    answer_all(window.quiz, qtbot)
    qtbot.mouseClick(window.quiz.done_button, Qt.MouseButton.LeftButton)
    assert [level.state for level in ladder.levels][:2] == [PASSED, OPEN]  # for this visit
    for table in ("quiz_answers", "quiz_attempts", "quiz_review"):
        assert context.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_finishing_a_course_brings_the_poster(qtbot, window, context, data_dir):
    lessons = context.library.lessons_of(COURSE)
    for lesson in lessons[:-1]:
        context.progress.record_position(context.member_id, lesson.id, 0, 0, True, "")
    window.study_state = window._study_state()
    window.open_lesson(lessons[-1].id)
    context.progress.record_position(context.member_id, lessons[-1].id, 0, 0, True, "")
    window.go_back()
    assert window.current_screen_name() == "poster"
    exports = sorted(p.suffix for p in (data_dir / "exports").iterdir())
    assert exports == [".pdf", ".png"]
    window.go_back()  # the poster's 返回 goes on to where the member was going
    assert window.current_screen_name() == "home"
