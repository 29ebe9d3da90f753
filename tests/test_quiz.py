"""Answering a quiz without a window (study/quiz.py) and its answers in a real SQLite file
(storage/answers.py)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.lessons.model import Question
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.answers import AnswerStore
from desktop_app.study.quiz import QuizRun, question_key

SINGLE = Question("single", "党的生日是哪一天？", ("7月1日", "8月1日", "10月1日"), (0,), "1921年建党。", 1)
MULTI = Question("multiple", "哪些是诈骗？", ("冒充公安", "退税返利", "子女问好"), (0, 1), "子女问好不是。", 2)
TRUE_FALSE = Question("truefalse", "入党要宣誓。", (), (0,), "党章规定要宣誓。", 3)


def test_a_first_touch_selects_and_a_second_confirms():
    run = QuizRun([SINGLE, TRUE_FALSE])
    assert run.touch(1) is None and run.selected == {1} and not run.answered  # a shaky touch loses nothing
    assert run.touch(0) is None and run.selected == {0}  # another answer: selected instead
    outcome = run.touch(0)
    assert outcome is not None and outcome.right and run.answered
    assert run.touch(2) is None and len(run.outcomes) == 1  # once answered, touches do nothing
    run.next()
    assert run.question is TRUE_FALSE and not run.selected
    run.touch(1)
    outcome = run.confirm()  # 确定 confirms too
    assert outcome is not None and not outcome.right and outcome.chosen == (1,)
    run.next()
    assert run.done and run.right_count == 1 and run.percent == 50 and not run.passed
    assert run.wrong_questions() == [TRUE_FALSE]


def test_multiple_choice_toggles_and_needs_confirm():
    run = QuizRun([MULTI])
    assert run.confirm() is None  # nothing chosen: nothing happens
    for option in (0, 2, 1, 2):
        assert run.touch(option) is None
    assert run.selected == {0, 1}
    outcome = run.confirm()
    assert outcome.right and outcome.chosen == (0, 1)


def test_next_waits_for_the_answer_and_bad_options_are_ignored():
    run = QuizRun([SINGLE])
    run.next()
    assert run.index == 0
    assert run.touch(3) is None and run.touch(-1) is None and not run.selected
    assert QuizRun([TRUE_FALSE]).touch(2) is None


def test_coming_back_opens_the_first_question_not_answered():
    answered = {question_key(SINGLE): ((0,), True)}
    run = QuizRun.resumed([SINGLE, MULTI, TRUE_FALSE], answered)
    assert run.index == 1 and run.question is MULTI and run.right_count == 1


@given(st.text(alphabet=" \n\t", max_size=3), st.text(alphabet=" \u3000", max_size=2))
def test_a_question_keeps_its_key_when_only_white_space_changes(before, after):
    moved = replace(SINGLE, text=before + SINGLE.text + after, line=40)
    assert question_key(moved) == question_key(SINGLE)


def test_a_changed_question_gets_a_new_key():
    keys = {
        question_key(SINGLE),
        question_key(replace(SINGLE, text="党的生日是几月几日？")),
        question_key(replace(SINGLE, options=("7月1日", "8月1日", "9月1日"))),
        question_key(replace(SINGLE, answer=(1,))),
        question_key(replace(SINGLE, kind="multiple")),
    }
    assert len(keys) == 5


def test_answers_are_kept_and_a_half_done_quiz_is_resumed(tmp_path):
    db = open_database(tmp_path / "study.db")
    member = ProgressStore(db).default_member_id()
    store = AnswerStore(db)
    attempt, answered = store.open_attempt(member, "dangshi-01")
    assert answered == {}
    run = QuizRun([SINGLE, MULTI])
    run.touch(0)
    store.record(attempt, member, "dangshi-01", run.touch(0).as_record())
    db.close()

    db = open_database(tmp_path / "study.db")  # the member stopped; the program started again
    store = AnswerStore(db)
    again, answered = store.open_attempt(member, "dangshi-01")
    assert again == attempt and answered == {question_key(SINGLE): ((0,), True)}
    run = QuizRun.resumed([SINGLE, MULTI], answered)
    assert run.question is MULTI
    run.touch(2)
    store.record(attempt, member, "dangshi-01", run.confirm().as_record())
    run.next()
    store.finish(attempt, member, "dangshi-01", run.percent)
    assert ProgressStore(db).quiz_score(member, "dangshi-01") == 50
    assert store.open_attempt(member, "dangshi-01")[0] != attempt  # a finished go is not reopened
    assert [right for _, _, right in store.answers(member)] == [True, False]
    db.close()
