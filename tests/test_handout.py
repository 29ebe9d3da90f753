"""Large-print handouts (desktop-app print): real PDFs read back with pdfplumber, kinsoku line
breaking checked with hypothesis, the command's plain Chinese messages."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.text.linebreak import (
    ALLOWED,
    FORBIDDEN,
    NO_END,
    NO_START,
    PARAGRAPH_ENDS,
    SPACES,
    break_levels,
    break_lines,
)

from .conftest import LESSONS

# -- line breaking


def width_of(piece: str) -> float:
    return sum(1.0 if ord(char) >= 0x2000 else 0.5 for char in piece)


TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("党的二十大中国式现代化人民一二三"),
        st.sampled_from(sorted(NO_START | NO_END)),
        st.sampled_from("ab12 "),
        st.characters(blacklist_characters=sorted(PARAGRAPH_ENDS), blacklist_categories=("Cs",)),
    ),
    max_size=80,
)


def unbreakable_run(text: str, levels: list[int], at: int, worst: int) -> str:
    """The run around index at with no break no worse than worst inside it."""
    start, end = at, at
    while start > 0 and levels[start] > worst:
        start -= 1
    while end < len(text) and (end == at or levels[end] > worst):
        end += 1
    return text[start:end]


@given(TEXT, st.floats(min_value=0.5, max_value=30))
def test_lines_rejoin_fit_and_keep_the_rules(text: str, width: float):
    lines = break_lines(text, width, width_of)
    assert "".join(lines) == text
    assert all(lines)
    for line in lines:
        drawn = line.rstrip(SPACES)
        assert width_of(drawn) <= width or len(drawn) <= 1, line
    levels = break_levels(text)
    position = 0
    for before, line in zip(lines, lines[1:], strict=False):
        position += len(before)
        bad = line[0] in NO_START or before.rstrip(SPACES)[-1:] in NO_END or line[0] in SPACES
        if bad:  # only where a run that may not be cut is wider than a whole line
            run = unbreakable_run(text, levels, position, ALLOWED)
            assert width_of(run.rstrip(SPACES)) > width, (lines, position)


@given(TEXT, st.floats(min_value=0.5, max_value=30))
def test_lines_are_as_full_as_the_rules_allow(text: str, width: float):
    lines = break_lines(text, width, width_of, last_at_least=0)
    levels = break_levels(text)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        end = next((i for i in range(position + 1, len(text)) if levels[i] == ALLOWED), len(text))
        next_piece = text[position:end]
        if levels[position] == ALLOWED:  # the next piece would not have fitted
            assert width_of((line + next_piece).rstrip(SPACES)) > width, (lines, position)


def test_levels_forbid_what_a_typesetter_forbids():
    text = "他说：“好。”2035年G20（一）"
    levels = break_levels(text)
    for index, char in enumerate(text):
        if index and (char in NO_START or text[index - 1] in NO_END):
            assert levels[index] == FORBIDDEN, char
    assert levels[text.index("035")] > ALLOWED  # inside 2035


def test_a_lone_last_character_takes_one_from_the_line_before():
    lines = break_lines("一二三四五六七八九十走。", 10, width_of)
    assert lines == ["一二三四五六七八九", "十走。"]
    assert break_lines("一二三四五六七八九十走。", 10, width_of, last_at_least=0)[-1] == "走。"


def test_a_paragraph_has_no_line_breaks():
    with pytest.raises(ValueError):
        break_lines("一\n二", 10, width_of)


# -- the PDF


def handout_pdf(tmp_path: Path, size: int, lesson_ids: list[str], hard: frozenset[str] = frozenset()) -> Path:
    from desktop_app.context import load_program_readings
    from desktop_app.lessons import load_library
    from desktop_app.reports.handout import make_handout, write_handout

    library = load_library([LESSONS])
    lessons = [library.lessons[i] for i in lesson_ids]
    readings, _ = load_program_readings()
    handout = make_handout(library, lessons, lessons[0].title, date(2026, 12, 3), size, hard, readings)
    out = tmp_path / f"讲义{size}.pdf"
    pages = write_handout(handout, out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages
    return out


def page_lines(page) -> list[str]:
    return [line for line in page.extract_text().split("\n") if line.strip()]


@pytest.mark.parametrize("size", [20, 26])
def test_handout_pages_sizes_numbers_quiz_and_answers(qapp, tmp_path: Path, size: int):
    out = handout_pdf(tmp_path, size, ["lilun-01"])
    data = out.read_bytes()
    assert b"/FontFile2" in data or b"/FontFile3" in data  # the font is embedded
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        total = len(pages)
        assert total >= 4
        texts = [page.extract_text() for page in pages]
        for number, text in enumerate(texts, start=1):
            assert f"第 {number} 页，共 {total} 页" in text
            assert "党的创新理论与二十大精神" in text and "2026年12月3日" in text
            assert all(abs(p - q) < 2 for p, q in zip((pages[0].width, pages[0].height), (595.3, 841.9), strict=False))
        sizes = Counter(round(char["size"], 2) for page in pages for char in page.chars)
        assert sizes.most_common(1)[0][0] == size  # the body
        assert min(s for s in sizes if s >= size) == size and max(sizes) >= size * 1.4  # headings larger
        assert all(char["fontname"].split("+")[0].isupper() for page in pages for char in page.chars)  # subset
        flat = [text.replace("\n", "") for text in texts]  # a heading may take two lines
        quiz = [i for i, text in enumerate(flat) if "测验：党的二十大和中国式现代化" in text]
        answers = [i for i, text in enumerate(texts) if page_lines(pages[i])[1].startswith("测验答案")]
        assert quiz and answers == [answers[0]] and quiz[0] < answers[0]  # the answer sheet starts a page
        assert all("答案：" in text for text in texts[answers[0] :])  # and the answers go to the end
        assert "党的二十大是哪一年在北京召开的" in "".join(flat[quiz[0] : answers[0]])
        assert "答案：C．2022年" in "".join(flat[answers[0] :])
        assert "答案：" not in "".join(flat[quiz[0] : answers[0]]).replace("答案在最后一页", "")
        boxes = [rect for page in pages[quiz[0] : answers[0]] for rect in page.rects]
        assert len(boxes) == 4 + 4 + 2 + 2 and all(rect["width"] >= size for rect in boxes)  # big boxes
        for page in pages:
            lines = page_lines(page)
            for line, after in zip(lines, lines[1:], strict=False):
                assert after[0] not in NO_START and line[-1] not in NO_END, (line, after)


def test_bigger_print_takes_more_pages(qapp, tmp_path: Path):
    with pdfplumber.open(handout_pdf(tmp_path, 20, ["lilun-01"])) as small:
        with pdfplumber.open(handout_pdf(tmp_path, 28, ["lilun-01"])) as big:
            assert len(big.pages) > len(small.pages)


def test_pinyin_above_the_hard_characters(qapp, tmp_path: Path):
    out = handout_pdf(tmp_path, 22, ["lilun-01"], hard=frozenset("党"))
    with pdfplumber.open(out) as pdf:
        words = [word["text"] for page in pdf.pages for word in page.extract_words()]
        small = [char for page in pdf.pages for char in page.chars if char["size"] < 16]
    assert "dǎng" in words and small


# -- the command


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lessons", str(LESSONS), "print", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_command_prints_a_course_and_a_month(qapp, capsys, tmp_path: Path):
    out = tmp_path / "讲义.pdf"
    code, said, err = run(capsys, tmp_path / "data", "--course", "lilun", "--out", str(out), "--size", "20")
    assert code == 0, err
    assert said.startswith(f"讲义已存好：{out}。3 篇课文")
    code, said, err = run(capsys, tmp_path / "data", "--month", "2026-11", "--out", str(out), "--pinyin")
    assert code == 0, err
    with pdfplumber.open(out) as pdf:
        assert "2026年11月学习" in pdf.pages[0].extract_text()


def test_command_bad_input_says_what_to_do(qapp, capsys, tmp_path: Path):
    data, out = tmp_path / "data", tmp_path / "讲义.pdf"
    code, said, err = run(capsys, data, "--lesson", "没有这课", "--out", str(out))
    assert code == 2 and said == "" and "找不到编号为“没有这课”的课文" in err
    code, _, err = run(capsys, data, "--course", "nope", "--out", str(out))
    assert code == 2 and "找不到编号为“nope”的课程" in err and "lilun（党的创新理论与二十大精神）" in err
    code, _, err = run(capsys, data, "--lesson", "lilun-01", "--out", str(out), "--size", "30")
    assert code == 2 and "20 到 28" in err
    code, _, err = run(capsys, data, "--month", "2026-13", "--out", str(out))
    assert code == 2 and "看不懂月份" in err
    code, _, err = run(capsys, data, "--month", "2030-05", "--out", str(out))
    assert code == 2 and "2030年5月还没有安排课文" in err
    code, _, err = run(capsys, data, "--lesson", "lilun-01", "--out", str(tmp_path / "没有的文件夹" / "a.pdf"))
    assert code == 1 and "没法存讲义" in err and "这个文件夹" in err
    code, _, err = run(capsys, data, "--lesson", "lilun-01", "--out", str(tmp_path))
    assert code == 1 and "是一个文件夹" in err
    assert not out.exists() and "Traceback" not in err


def test_command_on_a_full_disk_keeps_the_old_file(tmp_path: Path):
    from .test_full_disk import cli, limited

    out = tmp_path / "讲义.pdf"
    out.write_bytes(b"the old handout")
    result = limited(cli(tmp_path / "data", "--lessons", str(LESSONS), "print", "--course", "lilun", "--out", str(out)))
    assert result.returncode == 1, result.stderr
    assert "磁盘可能满了" in result.stderr and out.read_bytes() == b"the old handout"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_secretary_extends_the_hard_characters(tmp_path: Path):
    from desktop_app.text.hard_characters import FILE_NAME, hard_characters

    shipped = hard_characters(None)
    assert {"溯", "赓", "擘", "砥", "夙", "殚", "罔", "恪", "葆"} <= shipped and "党" not in shipped
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_bytes("# 我加的字\n党\n  殚  \n".encode("gb18030"))  # Notepad's GBK
    assert hard_characters(data) == shipped | {"党"}


def test_the_handout_and_the_line_breaking_need_no_widgets():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import desktop_app.text.linebreak, desktop_app.text.hard_characters, desktop_app.cli_print\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "import desktop_app.reports.handout\n"
        "assert 'PySide6.QtGui' in sys.modules and 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
