"""The 错题本 scheduled by FSRS (study/review.py) and kept in a real SQLite file (storage/review.py),
over simulated days: every answer is given an explicit time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.answers import AnswerStore
from desktop_app.storage.members import MemberStore
from desktop_app.storage.review import ReviewStore
from desktop_app.study.review import KNOWN_DAYS, REVIEW_LIMIT, after_answer

DAY = timedelta(days=1)
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
LESSON = "dangshi-01"


@pytest.fixture
def book(tmp_path):
    db = open_database(tmp_path / "study.db")
    member = ProgressStore(db).default_member_id()
    yield ReviewStore(db), member
    db.close()


def due_keys(store: ReviewStore, member: int, when: datetime) -> list[str]:
    return [key for _, key in store.due(member, when)]


def answer_on_due_days(store: ReviewStore, member: int, key: str, rights: int, when: datetime) -> list[float]:
    """Answer key right on each day it is due, rights times from when; the intervals in days."""
    intervals = []
    for _ in range(rights):
        while key not in due_keys(store, member, when):
            when += timedelta(hours=6)
        store.answered(member, LESSON, key, True, when)
        due = Card.from_json(store.card(member, key)).due
        intervals.append((due - when) / DAY)
    return intervals


def test_a_missed_question_is_due_within_a_day(book):
    store, member = book
    store.answered(member, LESSON, "q1", False, START)
    assert store.in_book(member) == 1
    assert store.due(member, START + timedelta(hours=1)) == []  # not again in the same sitting
    assert store.due(member, START + DAY) == [(LESSON, "q1")]
    assert store.due_count(member, START + DAY) == 1


def test_each_right_answer_on_its_due_day_spaces_it_further(book):
    store, member = book
    store.answered(member, LESSON, "q1", False, START)
    intervals = answer_on_due_days(store, member, "q1", 3, START)
    assert intervals == sorted(intervals) and len(set(intervals)) == 3, intervals
    assert intervals[0] >= 1


def test_a_missed_question_comes_back_sooner_than_one_answered_right(book):
    store, member = book
    store.answered(member, LESSON, "missed", False, START)
    store.answered(member, LESSON, "learnt", False, START)
    answer_on_due_days(store, member, "learnt", 3, START)
    last = datetime.fromisoformat(json.loads(store.card(member, "learnt"))["last_review"])
    store.answered(member, LESSON, "missed", False, last)  # missed again on the same day
    tomorrow = last + DAY
    assert due_keys(store, member, tomorrow) == ["missed"]
    learnt_due = Card.from_json(store.card(member, "learnt")).due
    missed_due = Card.from_json(store.card(member, "missed")).due
    assert missed_due < learnt_due


def test_after_enough_right_answers_it_is_known_and_leaves_the_book(book):
    store, member = book
    store.answered(member, LESSON, "q1", False, START)
    intervals = answer_on_due_days(store, member, "q1", 4, START)  # 2, 6, 17, 44 days by default
    assert intervals[-1] >= KNOWN_DAYS > intervals[-2]
    assert store.in_book(member) == 0
    assert store.due(member, START + 1000 * DAY) == [] and store.due_count(member, START + 1000 * DAY) == 0
    store.answered(member, LESSON, "q1", True, START + 1000 * DAY)  # a right answer leaves it known
    assert store.in_book(member) == 0
    store.answered(member, LESSON, "q1", False, START + 1000 * DAY)  # missed again: back in the book
    assert store.in_book(member) == 1 and store.due(member, START + 1001 * DAY) == [(LESSON, "q1")]


def test_one_review_offers_at_most_ten_the_longest_due_first(book):
    store, member = book
    for i in range(REVIEW_LIMIT + 5):
        store.answered(member, LESSON, f"q{i:02}", False, START + timedelta(minutes=i))
    later = START + 2 * DAY
    due = due_keys(store, member, later)
    assert due == [f"q{i:02}" for i in range(REVIEW_LIMIT)]
    assert store.due_count(member, later) == REVIEW_LIMIT + 5
    assert len(store.due(member, later, limit=3)) == 3


def test_a_right_answer_to_a_question_never_missed_adds_nothing(book):
    store, member = book
    store.answered(member, LESSON, "q1", True, START)
    assert store.in_book(member) == 0 and store.card(member, "q1") is None
    assert after_answer(None, True, START) is None


def test_the_card_round_trips_through_the_database(tmp_path):
    path = tmp_path / "study.db"
    db = open_database(path)
    member = ProgressStore(db).default_member_id()
    ReviewStore(db).answered(member, LESSON, "q1", False, START)
    ReviewStore(db).answered(member, LESSON, "q1", True, START + DAY)
    card = ReviewStore(db).card(member, "q1")
    db.close()
    db = open_database(path)  # the program started again
    store = ReviewStore(db)
    assert store.card(member, "q1") == card
    again, due, known = after_answer(card, True, START + 3 * DAY)
    assert Card.from_json(again).stability > Card.from_json(card).stability and not known
    stored_due, reviews = db.execute("SELECT due, reviews FROM quiz_review").fetchone()
    assert datetime.fromisoformat(stored_due) == Card.from_json(card).due and reviews == 2
    db.close()


def test_members_each_have_their_own_book(book):
    store, member = book
    other = MemberStore(store.db).add("李秀兰")
    store.answered(member, LESSON, "q1", False, START)
    store.answered(other, LESSON, "q2", False, START)
    store.answered(other, LESSON, "q1", True, START)  # not in this member's book: nothing
    assert due_keys(store, member, START + DAY) == ["q1"]
    assert due_keys(store, other, START + DAY) == ["q2"]
    assert store.in_book(member) == store.in_book(other) == 1


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        after_answer(None, False, datetime(2026, 3, 2, 9, 30))


@given(
    st.lists(
        st.tuples(st.booleans(), st.floats(min_value=0.0, max_value=120.0, allow_nan=False)), min_size=1, max_size=25
    )
)
def test_any_answers_on_later_days_keep_the_question_due_after_the_answer(answers):
    card, when = None, START
    for right, days_later in answers:
        when += timedelta(days=days_later, seconds=1)
        result = after_answer(card, right, when)
        if result is None:
            assert card is None and right
            continue
        card, due, known = result
        assert due > when and due.tzinfo is not None
        assert not known or right


def test_a_wrong_answer_in_a_quiz_lands_in_the_book(tmp_path):
    db = open_database(tmp_path / "study.db")
    member = ProgressStore(db).default_member_id()
    answers = AnswerStore(db)
    attempt, _ = answers.open_attempt(member, LESSON)
    answers.record(attempt, member, LESSON, ("wrong-one", (1,), False, 4.0))
    answers.record(attempt, member, LESSON, ("right-one", (0,), True, 3.0))
    store = ReviewStore(db)
    assert store.in_book(member) == 1
    assert store.due(member, datetime.now(UTC) + 2 * DAY) == [(LESSON, "wrong-one")]
    db.close()
