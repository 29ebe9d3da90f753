"""The lesson file format: every rule of lessons/README.md, and bad input."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.lessons import decode, parse_course, parse_lesson

P = Path("lessons/test/01.txt")

GOOD = """编号：t-01
标题：测试课文
顺序：2
月份：2026年12月
摘要：一句话。

【正文】
# 一、小标题
第一段。党章是根本大法。
// 备注不显示

第二段。

【测验】
1. 单选：哪一年？
A. 2021年
B. 2022年
答案：B
解析：2022年召开。

2. 多选：哪些对？
A、甲
B、乙
C、丙
答案：A、C
解析：甲和丙对。

判断：这是对的。
答案：对
解析：因为是对的。
"""


def parse(text: str, course: str | None = "test"):
    return parse_lesson(text, P, course)


def messages(problems):
    return [p.message for p in problems]


def test_good_lesson_parses_every_part():
    lesson, problems = parse(GOOD)
    assert problems == []
    assert lesson.id == "t-01" and lesson.title == "测试课文" and lesson.order == 2
    assert lesson.month == "2026-12" and lesson.summary == "一句话。" and lesson.course_id == "test"
    assert [(b.kind, b.text) for b in lesson.blocks] == [
        ("heading", "一、小标题"),
        ("paragraph", "第一段。党章是根本大法。"),
        ("paragraph", "第二段。"),
    ]
    kinds = [(q.kind, q.options, q.answer) for q in lesson.quiz]
    assert kinds == [
        ("single", ("2021年", "2022年"), (1,)),
        ("multiple", ("甲", "乙", "丙"), (0, 2)),
        ("truefalse", (), (0,)),
    ]
    assert lesson.quiz[0].explanation == "2022年召开。"
    assert lesson.quiz[0].line == 15


def test_sources_line_is_kept_out_of_the_body():
    text = GOOD.replace("摘要：一句话。", "摘要：一句话。\n依据：《中国共产党章程》；《中华人民共和国民法典》")
    lesson, problems = parse(text)
    assert problems == []
    assert lesson.sources == "《中国共产党章程》；《中华人民共和国民法典》"
    assert "依据" not in lesson.text and "民法典" not in lesson.text


def test_sources_line_is_optional_and_may_be_written_once():
    lesson, problems = parse(GOOD)
    assert problems == [] and lesson.sources == ""
    twice = GOOD.replace("摘要：一句话。", "依据：甲\n依据：乙")
    lesson, problems = parse(twice)
    assert lesson is None and [p.line for p in problems] == [6]
    assert "依据" in problems[0].message


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60))
def test_any_sources_text_is_kept_stripped(value):
    text = GOOD.replace("摘要：一句话。", "依据：" + value)
    lesson, problems = parse(text)
    assert problems == []
    assert lesson.sources == value.strip()


def test_crlf_and_bom_are_accepted():
    data = ("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8")
    text, encoding, problems = decode(data, P)
    assert encoding == "utf-8" and problems == []
    lesson, problems = parse(text)
    assert problems == [] and lesson.quiz[0].line == 15


def test_gbk_file_is_read_with_a_warning():
    text, encoding, problems = decode(GOOD.encode("gb18030"), P)
    assert text == GOOD and encoding == "gb18030"
    assert len(problems) == 1 and problems[0].severity == "warning" and "UTF-8" in problems[0].message


def test_unreadable_bytes_are_an_error_not_a_crash():
    text, _, problems = decode(b"\xff\xfe\x00\xd8\x00\xdc" * 3 + b"\x81", P)
    assert text is None and problems[0].is_error and problems[0].line == 1


def test_answer_not_among_options_points_at_its_line():
    text = GOOD.replace("答案：B", "答案：D")
    lesson, problems = parse(text)
    assert lesson is None
    [problem] = problems
    assert problem.line == 18 and "“D”不在选项里" in problem.message and "A、B" in problem.message


def test_empty_lesson_is_an_error():
    text = GOOD.split("【正文】")[0] + "【正文】\n# 只有标题\n"
    lesson, problems = parse(text)
    assert lesson is None and any("空的" in m for m in messages(problems))


def test_missing_body_marker_is_an_error():
    lesson, problems = parse("编号：a\n标题：b\n顺序：1\n")
    assert lesson is None and any("【正文】" in m for m in messages(problems))


def test_missing_required_metadata_each_named():
    lesson, problems = parse("摘要：x\n【正文】\n文字。\n")
    text = " ".join(messages(problems))
    assert lesson is None and "编号" in text and "标题" in text and "顺序" in text


def test_bad_id_order_and_month():
    text = (
        GOOD.replace("编号：t-01", "编号：课文 1")
        .replace("顺序：2", "顺序：第二")
        .replace("月份：2026年12月", "月份：2026-13")
    )
    lesson, problems = parse(text)
    assert lesson is None
    assert {p.line for p in problems} == {1, 3, 4}


def test_unknown_key_and_line_without_colon():
    text = GOOD.replace("摘要：一句话。", "作者：某人\n随便写的一行")
    lesson, problems = parse(text)
    assert lesson is None and [p.line for p in problems] == [5, 6]


def test_course_line_must_match_folder():
    lesson, problems = parse(GOOD.replace("顺序：2", "顺序：2\n课程：other"))
    assert lesson is None and "不一样" in problems[0].message


def test_no_course_at_all_is_an_error():
    lesson, problems = parse(GOOD, course=None)
    assert lesson is None and "课程" in problems[0].message


def test_question_rules():
    cases = {
        "单选：只有一个选项？\nA. 一\n答案：A\n解析：x": "至少要有两个选项",
        "单选：两个答案？\nA. 一\nB. 二\n答案：AB\n解析：x": "只能有一个答案",
        "多选：一个答案？\nA. 一\nB. 二\n答案：A\n解析：x": "至少要有两个字母",
        "判断：有选项？\nA. 一\n答案：对\n解析：x": "不需要选项",
        "判断：答案怪？\n答案：也许\n解析：x": "看不懂",
        "单选：没答案？\nA. 一\nB. 二\n解析：x": "缺少“答案：”",
        "单选：没解析？\nA. 一\nB. 二\n答案：A": "缺少“解析：”",
        "单选：字母跳了？\nA. 一\nC. 二\n答案：A\n解析：x": "按顺序",
        "这不是题目\n单选：x？\nA. 一\nB. 二\n答案：A\n解析：x": "开头",
    }
    head = GOOD.split("【测验】")[0] + "【测验】\n"
    for quiz, expected in cases.items():
        lesson, problems = parse(head + quiz)
        assert lesson is None, quiz
        assert any(expected in m for m in messages(problems)), (quiz, messages(problems))
        first_quiz_line = head.count("\n") + 1
        assert all(p.line >= first_quiz_line for p in problems), quiz


def test_media_file_must_exist(tmp_path: Path):
    path = tmp_path / "l.txt"
    (tmp_path / "here.mp3").write_bytes(b"x")
    text = GOOD.replace("摘要：一句话。", "音频：here.mp3\n图片：missing.png")
    lesson, problems = parse_lesson(text, path, "test")
    assert lesson is None
    [problem] = problems
    assert problem.line == 6 and "missing.png" in problem.message


def test_course_file():
    course, problems = parse_course("编号：c1\n名称：党史\n顺序：3\n简介：讲历史。", Path("课程.txt"))
    assert problems == [] and (course.id, course.title, course.order, course.summary) == ("c1", "党史", 3, "讲历史。")
    course, problems = parse_course("名称：\n顺序：x", Path("课程.txt"))
    assert course is None and len(problems) == 3


lesson_like_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "编号：a-1",
                "标题：题",
                "顺序：1",
                "月份：2026-1",
                "【正文】",
                "【测验】",
                "# 标题",
                "段落。",
                "单选：题？",
                "多选：题？",
                "判断：题。",
                "A. 甲",
                "B. 乙",
                "答案：A",
                "答案：对",
                "解析：因为。",
                "",
                "//x",
            ]
        ),
        st.text(max_size=30),
    ),
    max_size=40,
)


@given(lesson_like_lines, st.sampled_from(["\n", "\r\n", "\r"]))
def test_parser_never_crashes_and_every_problem_has_a_line(lines, newline):
    text = newline.join(lines)
    line_count = len(re.split(r"\r\n|\r|\n", text))  # lines as an editor numbers them
    lesson, problems = parse(text)
    assert (lesson is None) == any(p.is_error for p in problems)
    for problem in problems:
        assert 1 <= problem.line <= line_count
        assert problem.message
    if lesson is not None:
        assert lesson.blocks and all(block.text.strip() for block in lesson.blocks)
        for question in lesson.quiz:
            assert question.answer
            assert all(0 <= i < max(len(question.options), 2) for i in question.answer)


@given(st.binary(max_size=200))
def test_decode_never_crashes(data):
    text, encoding, problems = decode(data, P)
    assert (text is None) == any(p.is_error for p in problems)
