"""Chinese text: pinyin in context, simplified/traditional, search (no window)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.lessons import load_library
from desktop_app.lessons.search import search_lessons, title_initials
from desktop_app.text.pinyin import char_reading, is_hanzi
from desktop_app.text.script import SIMPLIFIED, TRADITIONAL_HK, TRADITIONAL_TW, convert, to_simplified

from .conftest import LESSONS


def reading(text: str, char_index: int) -> str:
    return char_reading(text, char_index).pinyin


def test_heteronyms_follow_the_word():
    text = "银行行长说"
    assert [reading(text, i) for i in range(4)] == ["yín", "háng", "háng", "zhǎng"]
    assert reading("重新开始", 0) == "chóng" and reading("很重要", 1) == "zhòng"
    assert reading("长大了", 0) == "zhǎng" and reading("万里长城", 2) == "cháng"
    assert reading("还是你", 0) == "hái" and reading("还钱", 0) == "huán"
    assert reading("音乐", 1) == "yuè" and reading("快乐", 1) == "lè"


def test_word_of_the_character():
    result = char_reading("我们去银行办事", 3)
    assert (result.char, result.word, result.word_pinyin) == ("银", "银行", "yín háng")


def test_not_a_character_gives_none():
    assert char_reading("2022年，", 0) is None
    assert char_reading("2022年，", 5) is None
    assert char_reading("短", 9) is None


@given(st.text(max_size=30), st.integers(min_value=-5, max_value=40))
def test_char_reading_never_crashes(text, index):
    result = char_reading(text, index)
    if result is not None:
        assert result.char == text[index] and is_hanzi(result.char) and result.pinyin
        assert result.char in result.word


def test_script_conversion():
    assert convert("学习党章，头发", SIMPLIFIED) == "学习党章，头发"
    assert convert("学习党章，头发", TRADITIONAL_TW) == "學習黨章，頭髮"
    assert convert("里面", TRADITIONAL_HK) == "裏面"
    assert convert("里面", TRADITIONAL_TW) == "裡面"
    assert to_simplified("學習黨章") == "学习党章"


def test_search_finds_two_character_words_in_text_and_title():
    lessons = list(load_library([LESSONS]).lessons.values())
    hits = search_lessons(lessons, "长征")
    assert hits and hits[0].in_title and "长征" in hits[0].lesson.title
    text_only = search_lessons(lessons, "遗嘱")
    assert text_only and all("遗嘱" in h.lesson.text or "遗嘱" in h.lesson.title for h in text_only)
    body_hit = next(h for h in text_only if h.position >= 0)
    assert "遗嘱" in body_hit.snippet
    assert search_lessons(lessons, "長征") == hits  # traditional input finds simplified text
    assert search_lessons(lessons, " ") == []
    assert search_lessons(lessons, "没有这个词语呀") == []


@given(st.text(max_size=8))
def test_search_never_crashes_and_only_returns_matches(query):
    lessons = list(load_library([LESSONS]).lessons.values())[:3]
    for hit in search_lessons(lessons, query):
        needle = to_simplified("".join(query.split())).casefold()
        in_words = needle in (hit.lesson.title + hit.lesson.summary).casefold() or needle in hit.lesson.text.casefold()
        # Latin letters may also match the pinyin initials of the title (全面推进乡村振兴 -> qmtjxczx).
        assert in_words or (hit.in_title and needle in title_initials(hit.lesson.title))


def test_a_pronunciation_list_fixes_the_character_panel_too():
    from desktop_app.context import load_program_readings

    readings, _ = load_program_readings()
    assert char_reading("为人民服务", 0).pinyin == "wéi"  # what pypinyin alone says: wrong here
    fixed = char_reading("全心全意为人民服务", 4, readings)
    assert (fixed.pinyin, fixed.word, fixed.word_pinyin) == ("wèi", "为人民", "wèi rén mín")
    assert char_reading("全心全意为人民服务", 8, readings).pinyin == "wù"
