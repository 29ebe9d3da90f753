"""Levels of a course (study/ladder.py), the rules of points (study/points.py) and the points the
answer store keeps (storage/answers.py), in a real SQLite file; the challenge's draw
(study/challenge.py)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.lessons.model import Course, Lesson, Library, Question
from desktop_app.settings import OPTION, Settings, load_settings, save_settings
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.answers import AnswerStore
from desktop_app.study.challenge import draw
from desktop_app.study.ladder import LOCKED, OPEN, PASSED, course_done, ladder
from desktop_app.study.points import (
    FIRST_RIGHT_POINTS,
    LEVEL_BONUS,
    MIN_CHALLENGE_SECONDS,
    challenge_points,
    period_end,
    period_start,
    time_limit,
)
from desktop_app.study.quiz import question_key


def question(text: str, answer: int = 0) -> Question:
    return Question("single", text, ("对", "错", "不知道"), (answer,), "", 1)


def lesson(lesson_id: str, order: int, quiz: tuple[Question, ...], course: str = "c") -> Lesson:
    return Lesson(lesson_id, f"第{order}课", course, order, (), quiz)


def library(*lessons: Lesson) -> Library:
    return Library(
        courses={"c": Course("c", "党史", 1), "d": Course("d", "党章", 2)},
        lessons={item.id: item for item in lessons},
    )


LIBRARY = library(
    lesson("l3", 3, (question("三"),)),
    lesson("l1", 1, (question("一"), question("一b"))),
    lesson("reading", 2, ()),  # no quiz: no level
    lesson("l4", 4, (question("四"),)),
    lesson("other", 1, (question("别的"),), course="d"),
)


# -- the ladder -------------------------------------------------------------------------------------
def states(best: dict[str, float], mark: int = 60) -> list[tuple[str, str]]:
    return [(level.lesson_id, level.state) for level in ladder(LIBRARY, "c", best, mark)]


def test_levels_follow_the_course_order_and_only_lessons_with_a_quiz_count():
    levels = ladder(LIBRARY, "c", {}, 60)
    assert [(level.number, level.lesson_id, level.title) for level in levels] == [
        (1, "l1", "第1课"),
        (2, "l3", "第3课"),
        (3, "l4", "第4课"),
    ]
    assert [level.state for level in levels] == [OPEN, LOCKED, LOCKED] and levels[0].best is None
    assert ladder(LIBRARY, "nothing", {}, 60) == [] and not course_done([])


def test_passing_a_level_opens_the_next():
    assert states({"l1": 50}) == [("l1", OPEN), ("l3", LOCKED), ("l4", LOCKED)]  # tried, not passed
    assert states({"l1": 60}) == [("l1", PASSED), ("l3", OPEN), ("l4", LOCKED)]  # at the mark exactly
    passed_all = ladder(LIBRARY, "c", {"l1": 100, "l3": 60, "l4": 90}, 60)
    assert [level.state for level in passed_all] == [PASSED] * 3 and course_done(passed_all)
    assert passed_all[2].best == 90


def test_a_raised_pass_mark_keeps_later_levels_passed():
    best = {"l1": 70, "l3": 65, "l4": 100}
    assert states(best, 60) == [("l1", PASSED), ("l3", PASSED), ("l4", PASSED)]
    # The secretary raised the mark: l3 is open again, l4 stays passed (it was passed before).
    assert states(best, 70) == [("l1", PASSED), ("l3", OPEN), ("l4", PASSED)]
    assert states(best, 80) == [("l1", OPEN), ("l3", LOCKED), ("l4", PASSED)]
    assert not course_done(ladder(LIBRARY, "c", best, 80))


# -- the rules ------------------------------------------------------------------------------------
def test_challenge_points_fall_with_the_time_taken():
    assert challenge_points(False, 1, 60) == 0
    assert challenge_points(True, 0, 60) == 20
    assert challenge_points(True, 30, 60) == 15
    assert challenge_points(True, 60, 60) == 10
    assert challenge_points(True, 500, 60) == 10  # late, still right: never less than the answer's 10
    assert challenge_points(True, -3, 60) == 20  # a clock that went back gives no more than at once
    assert challenge_points(True, 15, 10) == 15  # a limit under 30 s counts as 30 s
    assert challenge_points(True, 30, 0) == 15  # no limit: the bonus runs down over 60 s


@given(st.booleans(), st.floats(0, 10_000), st.sampled_from(OPTION["challenge_seconds"].values))
def test_challenge_points_are_never_negative_and_fall_with_time(right, seconds, limit):
    points = challenge_points(right, seconds, limit)
    assert 0 <= points <= 20 and (points == 0) == (not right)
    assert challenge_points(right, seconds + 5, limit) <= points


def test_the_time_limit_is_never_under_30_seconds_and_can_be_off():
    assert time_limit(0) is None
    assert time_limit(10) == MIN_CHALLENGE_SECONDS == 30
    assert time_limit(45) == 45 and time_limit(180) == 180
    assert all(value == 0 or value >= 30 for value in OPTION["challenge_seconds"].values)


def test_periods_begin_at_the_month_and_the_winter_training_season():
    now = datetime(2025, 5, 17, 14, 30, 5, 7)
    assert period_start("month", now) == datetime(2025, 5, 1)
    assert period_start("season", now) == datetime(2025, 4, 1)  # April to October
    assert period_start("season", datetime(2025, 3, 31, 23, 59)) == datetime(2024, 11, 1)  # the winter training
    assert period_start("season", datetime(2025, 12, 1)) == datetime(2025, 11, 1)
    assert period_end("month", datetime(2025, 12, 5)) == datetime(2026, 1, 1)
    assert period_end("season", datetime(2025, 11, 5)) == datetime(2026, 4, 1)
    assert period_end("season", datetime(2025, 5, 5)) == datetime(2025, 11, 1)
    zone = timezone(timedelta(hours=8))
    assert period_start("month", datetime(2025, 6, 1, 0, 10, tzinfo=zone)) == datetime(2025, 6, 1, tzinfo=zone)
    with pytest.raises(ValueError):
        period_start("year", now)


def test_the_two_kiosk_settings_are_kept():
    db = open_database(None)
    assert load_settings(db) == Settings() and Settings().pass_percent == 60 and Settings().challenge_seconds == 60
    save_settings(db, Settings(pass_percent=80, challenge_seconds=0))
    assert load_settings(db).pass_percent == 80 and load_settings(db).challenge_seconds == 0
    assert OPTION["challenge_seconds"].name_of(0) == "No time limit"
    db.execute("UPDATE settings SET value = '10' WHERE key = 'challenge_seconds'")  # not allowed
    assert load_settings(db).challenge_seconds == 60


# -- the points kept --------------------------------------------------------------------------------
Q1, Q2, Q3, Q4, Q5 = (question(f"第{n}题") for n in range(1, 6))


def answer(q: Question, right: bool) -> tuple[str, tuple[int, ...], bool, float]:
    return question_key(q), ((0,) if right else (1,)), right, 2.0


def go(store: AnswerStore, member: int, lesson_id: str, answers, mode: str = "lesson", mark: int = 60) -> int:
    """One finished go at a quiz: answers is [(question, right)]. Returns the attempt."""
    attempt = store.new_attempt(member, lesson_id, mode)
    for q, right in answers:
        store.record(attempt, member, lesson_id, answer(q, right))  # the quiz screen does not say the mode
    percent = 100.0 * sum(right for _, right in answers) / len(answers)
    store.finish(attempt, member, lesson_id, percent, pass_percent=mark)
    return attempt


@pytest.fixture
def kept(tmp_path):
    db = open_database(tmp_path / "study.db")
    yield db, AnswerStore(db), ProgressStore(db).default_member_id()
    db.close()


def test_a_first_right_answer_earns_points_once_and_a_wrong_one_loses_none(kept):
    db, store, member = kept
    attempt = store.new_attempt(member, "l1")
    store.record(attempt, member, "l1", answer(Q1, False))
    assert store.points(member) == 0
    store.record(attempt, member, "l1", answer(Q1, True))
    assert store.points(member) == FIRST_RIGHT_POINTS
    store.record(attempt, member, "l1", answer(Q1, True), mode="review")  # right again: nothing more
    store.record(attempt, member, "l1", answer(Q1, False))  # wrong later: nothing taken away
    assert store.points(member) == FIRST_RIGHT_POINTS
    store.record(attempt, member, "l1", answer(Q2, True), mode="retry")
    assert store.points(member) == 2 * FIRST_RIGHT_POINTS
    other = ProgressStore(db).default_member_id() + 1
    db.execute("INSERT INTO members (id, name, created_at) VALUES (?, '李', 'x')", [other])
    store.record(store.new_attempt(other, "l1"), other, "l1", answer(Q1, True))  # another member's first
    assert store.points(other) == FIRST_RIGHT_POINTS


def test_a_challenge_answer_keeps_the_points_it_is_given(kept):
    db, store, member = kept
    attempt = store.new_attempt(member, "", "challenge")
    store.record(attempt, member, "l1", answer(Q1, True), mode="challenge", points=challenge_points(True, 0, 60))
    store.record(attempt, member, "l1", answer(Q1, True), mode="challenge", points=-5)  # never negative
    store.finish(attempt, member, "", 100.0, mode="challenge")
    assert store.points(member) == 20
    store.record(store.new_attempt(member, "l1"), member, "l1", answer(Q1, True))  # answered right before
    assert store.points(member) == 20 and store.best_scores(member) == {}


def test_a_level_bonus_is_given_once(kept):
    db, store, member = kept
    go(store, member, "l1", [(Q1, True), (Q2, False)], mark=60)  # 50 %: no bonus
    assert store.points(member) == FIRST_RIGHT_POINTS
    go(store, member, "l1", [(Q1, True), (Q2, True)], mark=60)
    assert store.points(member) == 2 * FIRST_RIGHT_POINTS + LEVEL_BONUS
    go(store, member, "l1", [(Q1, True), (Q2, True)], mark=60)  # passed again: no second bonus
    assert store.points(member) == 2 * FIRST_RIGHT_POINTS + LEVEL_BONUS
    assert store.best_scores(member) == {"l1": 100.0}


def test_a_retry_counts_with_the_go_before_it(kept):
    db, store, member = kept
    first = [(Q1, True), (Q2, True), (Q3, False), (Q4, False), (Q5, False)]
    go(store, member, "l1", first, mark=60)  # 40 %
    assert store.best_scores(member) == {"l1": 40.0} and store.points(member) == 2 * FIRST_RIGHT_POINTS
    go(store, member, "l1", [(Q3, True), (Q4, False), (Q5, False)], mode="retry")  # 3 of 5 now: 60 %
    assert store.best_scores(member) == {"l1": 60.0}
    assert store.points(member) == 3 * FIRST_RIGHT_POINTS + LEVEL_BONUS
    go(store, member, "l1", [(Q4, True)], mode="retry")  # a retry of the retry: 4 of 5
    assert store.best_scores(member) == {"l1": 80.0}
    assert ProgressStore(db).quiz_score(member, "l1") == 40  # a retry is not the lesson's quiz score
    # A new go at the lesson starts over; the best stays.
    go(store, member, "l1", [(Q1, False), (Q2, False), (Q3, False), (Q4, False), (Q5, True)])
    go(store, member, "l1", [(Q1, True)], mode="retry")
    assert store.best_scores(member) == {"l1": 80.0}
    assert store.points(member) == 5 * FIRST_RIGHT_POINTS + LEVEL_BONUS


def test_a_retry_alone_or_unfinished_goes_count_for_no_level(kept):
    db, store, member = kept
    go(store, member, "l3", [(Q1, True)], mode="retry")  # no lesson go before it
    store.record(store.new_attempt(member, "l4"), member, "l4", answer(Q2, True))  # left half way
    assert store.best_scores(member) == {}
    assert store.points(member) == 2 * FIRST_RIGHT_POINTS  # its right answers still earned


def test_a_raised_pass_mark_takes_no_bonus_away(kept):
    db, store, member = kept
    go(store, member, "l1", [(Q1, True), (Q2, True), (Q3, False)], mark=60)  # 67 %: passed then
    before = store.points(member)
    assert before == 2 * FIRST_RIGHT_POINTS + LEVEL_BONUS
    levels = ladder(library(lesson("l1", 1, (Q1, Q2, Q3))), "c", store.best_scores(member), 80)
    assert levels[0].state == OPEN and store.points(member) == before


def test_points_since_a_moment(kept):
    db, store, member = kept
    attempt = store.new_attempt(member, "l1")
    store.record(attempt, member, "l1", answer(Q1, True))
    db.execute("UPDATE quiz_answers SET answered_at = '2020-01-05T00:00:00.000000+00:00'")
    store.record(attempt, member, "l1", answer(Q2, True))
    assert store.points(member) == 20
    assert store.points(member, since=datetime(2021, 1, 1, tzinfo=UTC)) == 10


# -- the challenge's draw ----------------------------------------------------------------------------
def test_nothing_finished_draws_nothing():
    assert draw(LIBRARY, []) == []
    assert draw(LIBRARY, ["gone", "reading"]) == []  # a removed lesson, a lesson without a quiz


def test_the_same_seed_draws_the_same_questions():
    finished = ["l1", "l3", "l4", "other"]
    assert draw(LIBRARY, finished, 3, random.Random(7)) == draw(LIBRARY, finished, 3, random.Random(7))
    assert len(draw(LIBRARY, finished, 3)) == 3


SHARED = question("两课都有")
BIG = library(*(lesson(f"k{n}", n, tuple(question(f"{n}-{i}") for i in range(n % 4)) + (SHARED,)) for n in range(1, 9)))


@given(
    st.sets(st.sampled_from(sorted(BIG.lessons) + ["gone"])),
    st.integers(0, 40),
    st.integers(0, 2**32),
)
def test_draw_takes_only_finished_lessons_never_twice_and_at_most_count(finished, count, seed):
    drawn = draw(BIG, finished, count, random.Random(seed))
    assert len(drawn) <= count
    assert all(lesson_id in finished for lesson_id, _ in drawn)
    assert all(q in BIG.lessons[lesson_id].quiz for lesson_id, q in drawn)
    keys = [question_key(q) for _, q in drawn]
    assert len(keys) == len(set(keys))
    available = {
        question_key(q) for lesson_id in finished if lesson_id in BIG.lessons for q in BIG.lessons[lesson_id].quiz
    }
    assert len(drawn) == min(count, len(available))
