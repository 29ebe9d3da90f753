"""The leaderboard (storage/board.py) in a real SQLite file: order, ties, hidden members, the
member's own place, month and season boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.answers import AnswerStore, stamp
from desktop_app.storage.board import Board, BoardRow, leaderboard
from desktop_app.storage.members import MemberStore

MAY = datetime(2025, 5, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "study.db")
    yield database
    database.close()


def earn(db, member: int, points: int, at: datetime, bonus: bool = False) -> None:
    """Points earned at a given moment, written as the answer store writes its times."""
    attempt = db.execute(
        "INSERT INTO quiz_attempts (member_id, lesson_id, mode, started_at, finished_at, score, bonus) "
        "VALUES (?, 'l1', 'lesson', ?, ?, 100, ?)",
        [member, stamp(at), stamp(at), points if bonus else 0],
    ).lastrowid
    if not bonus:
        db.execute(
            "INSERT INTO quiz_answers (attempt_id, member_id, lesson_id, question_key, chosen, right, seconds, mode, "
            "answered_at, points) VALUES (?, ?, 'l1', ?, '0', 1, 1.0, 'lesson', ?, ?)",
            [attempt, member, f"q{attempt}", stamp(at), points],
        )


def test_the_board_is_in_order_of_points_and_ties_share_a_place(db):
    members = MemberStore(db)
    wang = members.add("王芳")
    li = members.add("李四", board_name="老李")
    zhang = members.add("张三")
    zhao = members.add("赵六")
    members.add("钱七")  # no points: not on the board
    earn(db, wang, 30, MAY)
    earn(db, li, 20, MAY)
    earn(db, li, 20, MAY, bonus=True)  # a level bonus counts too
    earn(db, zhang, 30, MAY)
    earn(db, zhao, 10, MAY)
    board = leaderboard(db, "month", MAY, member_id=zhao)
    assert board.rows == [
        BoardRow(1, li, "老李", 40),  # the name on the leaderboard
        BoardRow(2, zhang, "张三", 30),  # a tie: the same place, by name
        BoardRow(2, wang, "王芳", 30),
        BoardRow(4, zhao, "赵六", 10),
    ]
    assert board.own == BoardRow(4, zhao, "赵六", 10) and board.own_points == 10 and not board.own_hidden
    assert leaderboard(db, "month", MAY).own is None


def test_a_hidden_member_takes_no_place_but_sees_their_points(db):
    members = MemberStore(db)
    shy = members.add("孙悟", on_board=False)
    first = members.add("周一")
    second = members.add("吴二")
    earn(db, shy, 50, MAY)
    earn(db, first, 40, MAY)
    earn(db, second, 30, MAY)
    board = leaderboard(db, "month", MAY, member_id=shy)
    assert [(row.place, row.member_id) for row in board.rows] == [(1, first), (2, second)]
    assert board.own is None and board.own_points == 50 and board.own_hidden
    members.update(shy, on_board=True)
    assert leaderboard(db, "month", MAY, member_id=shy).own == BoardRow(1, shy, "孙悟", 50)


def test_the_own_place_is_given_outside_the_top_ten(db):
    members = MemberStore(db)
    ids = [members.add(f"党员{n:02d}") for n in range(12)]
    for n, member in enumerate(ids):
        earn(db, member, 200 - 10 * n, MAY)
    last = ids[-1]
    board = leaderboard(db, "season", MAY, member_id=last)
    assert len(board.rows) == 10 and [row.place for row in board.rows] == list(range(1, 11))
    assert board.own == BoardRow(12, last, "党员11", 90) and board.own_points == 90
    assert leaderboard(db, "season", MAY, member_id=ids[3]).own.place == 4
    assert len(leaderboard(db, "season", MAY, top=3).rows) == 3


def test_month_and_season_have_their_boundaries(db):
    member = MemberStore(db).add("郑八")
    earn(db, member, 1, datetime(2025, 3, 31, 23, 59, 59, 999999, tzinfo=UTC))  # the season before
    earn(db, member, 2, datetime(2025, 4, 1, 0, 0, tzinfo=UTC))  # the first moment of April and the season
    earn(db, member, 4, datetime(2025, 4, 30, 23, 59, tzinfo=UTC))
    earn(db, member, 8, datetime(2025, 5, 1, 0, 0, tzinfo=UTC))
    earn(db, member, 16, datetime(2025, 11, 1, 0, 0, tzinfo=UTC))  # the next season (the winter training)
    assert leaderboard(db, "month", MAY, member_id=member).own_points == 8
    assert leaderboard(db, "season", MAY, member_id=member).own_points == 2 + 4 + 8
    april = datetime(2025, 4, 15, tzinfo=UTC)
    assert leaderboard(db, "month", april, member_id=member).own_points == 2 + 4
    assert leaderboard(db, "season", datetime(2025, 2, 1, tzinfo=UTC), member_id=member).own_points == 1
    assert leaderboard(db, "season", datetime(2025, 12, 1, tzinfo=UTC), member_id=member).own_points == 16


def test_a_month_begins_at_local_midnight(db):
    member = MemberStore(db).add("冯九")
    beijing = timezone(timedelta(hours=8))
    earn(db, member, 5, datetime(2025, 5, 31, 17, 0, tzinfo=UTC))  # 1 June, 01:00 in Beijing
    june = datetime(2025, 6, 10, tzinfo=beijing)
    assert leaderboard(db, "month", june, member_id=member).own_points == 5
    assert leaderboard(db, "month", datetime(2025, 5, 10, tzinfo=beijing), member_id=member).own_points == 0


def test_points_earned_through_the_store_are_on_the_board_of_now(db):
    members = MemberStore(db)
    member = members.add("陈十")
    store = AnswerStore(db)
    attempt = store.new_attempt(member, "l1")
    store.record(attempt, member, "l1", ("key", (0,), True, 3.0))
    store.finish(attempt, member, "l1", 100.0)
    board = leaderboard(db, "month", member_id=member)
    assert board.rows == [BoardRow(1, member, "陈十", 30)] and board.own_points == store.points(member) == 30


def test_the_member_of_home_use_is_on_their_own_board_only(db):
    home = ProgressStore(db).default_member_id()
    earn(db, home, 10, MAY)
    assert leaderboard(db, "month", MAY, member_id=home).rows == [BoardRow(1, home, "我", 10)]
    kiosk_member = MemberStore(db).add("褚十一")
    assert leaderboard(db, "month", MAY, member_id=kiosk_member) == Board([], None, 0, False)
