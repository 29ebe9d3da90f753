"""When a poster is due (course, last level, every 5 lessons) and the sentence it quotes (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.lessons import load_library
from desktop_app.study.poster_due import pick_sentence, poster_reason, poster_sentences

from .conftest import LESSONS

LIBRARY = load_library([LESSONS])
counts = st.integers(min_value=0, max_value=500)


def test_every_fifth_lesson_brings_a_poster():
    due = [now for now in range(1, 31) if poster_reason(now - 1, now, False, False) == "five"]
    assert due == [5, 10, 15, 20, 25, 30]
    assert poster_reason(0, 0, False, False) is None
    assert poster_reason(4, 6, False, False) == "five"  # two finished at once, over the 5
    assert poster_reason(5, 5, False, False) is None  # the same count again: no second poster


def test_a_finished_course_comes_first_then_the_last_level():
    assert poster_reason(4, 5, True, True) == "course"
    assert poster_reason(4, 5, False, True) == "level"
    assert poster_reason(1, 2, False, True) == "level"
    assert poster_reason(1, 2, True, False) == "course"


@given(counts, counts, st.booleans(), st.booleans())
def test_the_reason_follows_the_rules(before, now, course, level):
    reason = poster_reason(before, now, course, level)
    crossed = any(n % 5 == 0 for n in range(before + 1, now + 1))
    expected = "course" if course else "level" if level else "five" if crossed else None
    assert reason == expected


def test_every_course_has_sentences_for_its_poster():
    for course_id in LIBRARY.courses:
        sentences = poster_sentences(LIBRARY, course_id)
        assert sentences, course_id
        for sentence in sentences:
            assert 8 <= len(sentence) <= 40 and sentence.endswith("。"), sentence
            assert sentence.count("“") == sentence.count("”") and sentence.count("《") == sentence.count("》")
            assert not sentence.startswith(("一是", "二是", "三是", "第一", "首先"))


@given(st.sampled_from(sorted(LIBRARY.courses)), st.integers(), st.text(max_size=12))
def test_a_sentence_is_the_same_for_the_same_seed(course_id, member, day):
    sentence = pick_sentence(LIBRARY, course_id, (member, day))
    assert sentence == pick_sentence(LIBRARY, course_id, (member, day))
    assert sentence in poster_sentences(LIBRARY, course_id)


def test_seeds_spread_over_the_sentences_and_an_unknown_course_has_none():
    course_id = next(iter(LIBRARY.courses))
    picked = {pick_sentence(LIBRARY, course_id, (1, f"2026-12-{day:02d}")) for day in range(1, 29)}
    assert len(picked) > 10
    assert pick_sentence(LIBRARY, "no-such-course", 1) == ""
