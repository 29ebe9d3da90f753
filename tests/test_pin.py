"""The secretary's PIN: hashed, never stored as digits, locked after five wrong tries (a lock a
restart keeps), cleared by `desktop-app admin reset-pin` with every record kept (no window)."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.context import create_context, open_records
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.members import MemberStore
from desktop_app.storage.pin import LOCK_MINUTES, MAX_TRIES, PinResult, PinStore, valid_pin

from .conftest import LESSONS

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
PIN = "73914682"  # digits that appear nowhere else in a database


@pytest.fixture
def store():
    db = open_database(None)
    yield PinStore(db)
    db.close()


def wrong_tries(store: PinStore, count: int, now: datetime) -> list[PinResult]:
    return [store.check("0000", now) for _ in range(count)]


def test_set_and_check(store: PinStore):
    assert not store.is_set()
    assert store.check("1234", T0) == PinResult(False, None, MAX_TRIES)  # nothing to check: not counted
    store.set_pin("1234", T0)
    assert store.is_set()
    assert store.check("1234", T0) == PinResult(True, None, MAX_TRIES)
    assert store.check("4321", T0) == PinResult(False, None, MAX_TRIES - 1)
    assert store.check("12345", T0).ok is False  # a longer one with the same start is wrong too
    assert store.check("1234", T0) == PinResult(True, None, MAX_TRIES)  # a right one resets the count
    assert store.locked_until(T0) is None


def test_check_is_quick_enough_for_a_touch():
    db = open_database(None)
    store = PinStore(db)
    store.set_pin("2468")
    started = time.perf_counter()
    assert store.check("2468").ok
    assert time.perf_counter() - started < 0.3


def test_five_wrong_lock_for_five_minutes_without_hashing(store: PinStore, monkeypatch):
    store.set_pin("1234", T0)
    results = wrong_tries(store, MAX_TRIES, T0)
    assert [r.tries_left for r in results] == [4, 3, 2, 1, 0]
    until = T0 + timedelta(minutes=LOCK_MINUTES)
    assert results[-1] == PinResult(False, until, 0)
    assert store.locked_until(T0) == until

    import desktop_app.storage.pin as pin_module

    def no_hashing(*args, **kwargs):
        raise AssertionError("hashed while locked")

    with monkeypatch.context() as patched:
        patched.setattr(pin_module, "_hash", no_hashing)
        assert store.check("1234", T0 + timedelta(minutes=4, seconds=59)) == PinResult(False, until, 0)
    assert store.locked_until(until - timedelta(seconds=1)) == until
    assert store.locked_until(until) is None  # open again after five minutes, with five fresh tries
    assert store.check("0000", until) == PinResult(False, None, MAX_TRIES - 1)
    assert store.check("1234", until).ok


def test_the_count_is_of_wrong_tries_in_a_row(store: PinStore):
    store.set_pin("1234", T0)
    wrong_tries(store, MAX_TRIES - 1, T0)
    assert store.check("1234", T0).ok
    assert wrong_tries(store, MAX_TRIES - 1, T0)[-1] == PinResult(False, None, 1)


def test_a_clock_set_back_does_not_lock_it_for_days(store: PinStore):
    store.set_pin("1234", T0)
    wrong_tries(store, MAX_TRIES, T0)
    back = T0 - timedelta(days=3)  # a kiosk whose clock battery is flat
    assert store.locked_until(back) == back + timedelta(minutes=LOCK_MINUTES)
    assert store.locked_until(back + timedelta(minutes=1)) == back + timedelta(minutes=LOCK_MINUTES)
    assert store.check("1234", back + timedelta(minutes=LOCK_MINUTES)).ok


def test_the_lock_survives_a_restart(data_dir: Path):
    context = create_context(data_dir, [LESSONS])
    store = PinStore(context.db)
    store.set_pin(PIN, T0)
    wrong_tries(store, MAX_TRIES, T0)
    context.db.close()

    db, _ = open_records(data_dir)
    again = PinStore(db)
    until = T0 + timedelta(minutes=LOCK_MINUTES)
    assert again.locked_until(T0 + timedelta(minutes=1)) == until
    assert again.check(PIN, T0 + timedelta(minutes=1)) == PinResult(False, until, 0)
    assert again.check(PIN, until).ok
    db.close()


def test_only_the_hash_is_stored(data_dir: Path):
    db, _ = open_records(data_dir)
    store = PinStore(db)
    store.set_pin(PIN, T0)
    store.check("00000000", T0)
    salt, digest, n, r, p = db.execute("SELECT salt, hash, n, r, p FROM secretary_pin").fetchone()
    assert len(salt) == 16 and len(digest) == 32 and (n, r, p) == (2**14, 8, 1)
    files = [data_dir / DATABASE_NAME, data_dir / (DATABASE_NAME + "-wal")]
    for text in (PIN.encode("ascii"), PIN.encode("utf-16-le")):
        assert all(text not in path.read_bytes() for path in files if path.exists())
    db.close()  # the write-ahead log is folded into the file
    assert PIN.encode("ascii") not in (data_dir / DATABASE_NAME).read_bytes()
    logs = data_dir / "logs"
    assert all(PIN not in log.read_text(encoding="utf-8") for log in logs.iterdir())


def test_two_settings_of_the_same_pin_differ_by_their_salt(store: PinStore):
    store.set_pin("5555", T0)
    first = store.db.execute("SELECT salt, hash FROM secretary_pin").fetchone()
    store.set_pin("5555", T0)
    second = store.db.execute("SELECT salt, hash FROM secretary_pin").fetchone()
    assert first[0] != second[0] and first[1] != second[1]
    assert store.db.execute("SELECT count(*) FROM secretary_pin").fetchone() == (1,)


def test_a_pin_made_with_weaker_parameters_is_hashed_again_when_right(store: PinStore):
    import desktop_app.storage.pin as pin_module

    salt = b"s" * 16
    weak = pin_module._hash("8642", salt, 2**10, 8, 1)
    store.db.execute(
        "INSERT INTO secretary_pin (id, salt, hash, n, r, p, set_at) VALUES (1, ?, ?, 1024, 8, 1, 'x')", [salt, weak]
    )
    assert store.check("8642", T0).ok
    assert store.db.execute("SELECT n FROM secretary_pin").fetchone() == (2**14,)
    assert store.check("8642", T0).ok


def test_a_new_pin_and_reset_clear_the_lock(store: PinStore):
    store.set_pin("1234", T0)
    wrong_tries(store, MAX_TRIES, T0)
    store.set_pin("5678", T0)
    assert store.locked_until(T0) is None and store.check("5678", T0).ok
    wrong_tries(store, MAX_TRIES, T0)
    store.reset()
    assert not store.is_set() and store.locked_until(T0) is None


NOT_A_PIN = st.one_of(
    st.text(max_size=12).filter(lambda text: not (text.isascii() and text.isdigit() and 4 <= len(text) <= 8)),
    st.text(alphabet="0123456789", max_size=3),
    st.text(alphabet="0123456789", min_size=9, max_size=20),
    st.text(alphabet="٠١٢٣٤٥٦٧٨٩０１２３４５６７８９²", min_size=4, max_size=8),  # digits, but not ASCII
    st.builds(lambda digits, extra: digits + extra, st.text("0123456789", min_size=4, max_size=7), st.just("\n")),
)


@given(NOT_A_PIN)
def test_anything_but_four_to_eight_digits_is_refused(text: str):
    db = open_database(None)
    with pytest.raises(ValueError):
        PinStore(db).set_pin(text)
    assert not valid_pin(text) and not PinStore(db).is_set()
    db.close()


@given(st.text(alphabet="0123456789", min_size=4, max_size=8), st.text(alphabet="0123456789", min_size=4, max_size=8))
def test_any_four_to_eight_digits_round_trip(pin: str, other: str):
    import desktop_app.storage.pin as pin_module

    db = open_database(None)
    store = PinStore(db)
    with pytest.MonkeyPatch.context() as patched:  # a light scrypt: many examples, quickly
        patched.setattr(pin_module, "SCRYPT_N", 2**8)
        store.set_pin(pin, T0)
        assert store.check(pin, T0).ok
        assert store.check(other, T0).ok is (other == pin)
    db.close()


def test_reset_pin_keeps_every_record(data_dir: Path, capsys):
    db, _ = open_records(data_dir)
    member = MemberStore(db).add("曾凡荣", "第一支部", "001")
    ProgressStore(db).record_position(member, "lilun-01", 420, 3, False)
    PinStore(db).set_pin("1234", T0)
    wrong_tries(PinStore(db), MAX_TRIES, T0)
    before = {table: db.execute(f"SELECT * FROM {table}").fetchall() for table in ("members", "progress", "settings")}
    db.close()

    assert main(["--data-dir", str(data_dir), "admin", "reset-pin", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "密码已经清除" in out and "学习记录都保留着" in out and "支部书记用" in out and "新密码" in out

    db, _ = open_records(data_dir)
    assert not PinStore(db).is_set() and PinStore(db).locked_until(T0) is None
    assert {table: db.execute(f"SELECT * FROM {table}").fetchall() for table in before} == before
    assert ProgressStore(db).get(member, "lilun-01").position == 420
    db.close()


@pytest.mark.parametrize(("answer", "cleared"), [("y\n", True), ("n\n", False), ("", False)])
def test_reset_pin_asks_first(data_dir: Path, monkeypatch, capsys, answer: str, cleared: bool):
    db, _ = open_records(data_dir)
    PinStore(db).set_pin("1234")
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    assert main(["--data-dir", str(data_dir), "admin", "reset-pin"]) == (0 if cleared else 1)
    assert ("密码已经清除" in capsys.readouterr().out) is cleared
    db, _ = open_records(data_dir)
    assert PinStore(db).is_set() is not cleared
    db.close()


def test_reset_pin_without_a_pin_says_so(data_dir: Path, capsys):
    assert main(["--data-dir", str(data_dir), "admin", "reset-pin", "--yes"]) == 0
    assert "还没有设过" in capsys.readouterr().out
