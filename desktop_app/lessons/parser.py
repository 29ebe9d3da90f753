"""Read course and lesson files written in Notepad (format: lessons/README.md).

Every problem is returned as a Problem with a line number and a plain Chinese
message; nothing here raises on bad input.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..text.sentences import text_units
from .model import Block, Course, Lesson, Problem, Question
from .readings import parse_readings

LESSON_KEYS = {"编号", "标题", "顺序", "课程", "月份", "摘要", "依据", "朗读", "朗读时间"}
MEDIA_KEYS = {"音频", "视频", "图片", "附件"}
COURSE_KEYS = {"编号", "名称", "顺序", "简介"}

_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")
_KEY_VALUE_RE = re.compile(r"^([^：:]{1,12}?)\s*[：:]\s*(.*)$")
_MARKER_RE = re.compile(r"^[【\[［]\s*(正文|测验|测试|读音)\s*[】\]］]$")
_QUESTION_RE = re.compile(r"^(?:[0-9０-９]{1,3}\s*[.．、)）]\s*)?(单选|多选|判断)题?\s*[：:]\s*(.*)$")
_OPTION_RE = re.compile(r"^([A-Ha-hＡ-Ｈａ-ｈ])\s*[.．、:：)）]\s*(.*)$")
_ANSWER_RE = re.compile(r"^答案\s*[：:]\s*(.*)$")
_EXPLANATION_RE = re.compile(r"^解析\s*[：:]\s*(.*)$")
_MONTH_RE = re.compile(r"^(\d{4})\s*(?:-|年|/|\.)\s*(\d{1,2})\s*月?$")

_TRUE_WORDS = {"对", "正确", "√", "✓", "是", "T", "TRUE"}
_FALSE_WORDS = {"错", "错误", "×", "✗", "X", "否", "F", "FALSE"}
_KIND_NAMES = {"单选": "single", "多选": "multiple", "判断": "truefalse"}

COURSE_FILE_NAME = "课程.txt"


def decode(data: bytes, path: Path) -> tuple[str | None, str, list[Problem]]:
    """Turn file bytes into text: UTF-8 (with or without BOM), else GB18030 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None, "", [Problem(path, 1, "读不出这个文件的文字。请用记事本打开，选“另存为”，编码选“UTF-8”后保存。")]
    warning = Problem(path, 1, "文件是 GBK（ANSI）编码，已经正确读出。建议用记事本“另存为”，编码选“UTF-8”。", "warning")
    return text, "gb18030", [warning]


def split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them (CRLF, CR and LF all end a line)."""
    return _LINE_SPLIT_RE.split(text)


def _clean(line: str) -> str:
    return line.replace("\u3000", " ").replace("\ufeff", "").strip()


def _is_comment(line: str) -> bool:
    return line.startswith("//")


def _positive_int(value: str) -> int | None:
    try:
        number = int(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _read_metadata(
    lines: list[tuple[int, str]], path: Path, known: set[str], repeatable: set[str]
) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str, str]], list[Problem]]:
    """Parse "key：value" lines. Returns single keys, repeatable entries, problems."""
    values: dict[str, tuple[int, str]] = {}
    repeated: list[tuple[int, str, str]] = []
    problems: list[Problem] = []
    allowed = "、".join(
        sorted(known | repeatable, key=lambda k: "编号标题名称顺序课程月份摘要简介音频视频图片附件".find(k))
    )
    for number, line in lines:
        match = _KEY_VALUE_RE.match(line)
        if not match:
            problems.append(
                Problem(path, number, f"这一行应该写成“项目：内容”，例如“标题：……”。可以写的项目有：{allowed}")
            )
            continue
        key, value = match.group(1).strip(), match.group(2).strip()
        if key in repeatable:
            repeated.append((number, key, value))
        elif key in known:
            if key in values:
                problems.append(Problem(path, number, f"“{key}”写了两次（第 {values[key][0]} 行已经有了），请删掉一个"))
            else:
                values[key] = (number, value)
        else:
            problems.append(Problem(path, number, f"不认识的项目“{key}”。可以写的项目有：{allowed}"))
    return values, repeated, problems


def _check_id(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem], what: str) -> str:
    line, value = values.get("编号", (1, ""))
    if not value:
        problems.append(Problem(path, line, f"缺少“编号：”。请给{what}起一个编号，例如“编号：dangshi-01”"))
    elif not _ID_RE.match(value):
        problems.append(Problem(path, line, f"编号“{value}”只能用英文字母、数字、减号和下划线，不能有汉字和空格"))
    return value


def _check_order(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem], what: str) -> int:
    line, value = values.get("顺序", (1, ""))
    if not value:
        problems.append(Problem(path, line, f"缺少“顺序：”。请写一个数字，表示{what}排第几，例如“顺序：1”"))
        return 0
    number = _positive_int(value)
    if number is None:
        problems.append(Problem(path, line, f"顺序“{value}”应该是一个正整数，例如 1、2、3"))
        return 0
    return number


def _numbered(text: str) -> list[tuple[int, str]]:
    return [(n, _clean(line)) for n, line in enumerate(split_lines(text), start=1)]


def parse_course(text: str, path: Path) -> tuple[Course | None, list[Problem]]:
    lines = [(n, line) for n, line in _numbered(text) if line and not _is_comment(line)]
    values, _, problems = _read_metadata(lines, path, COURSE_KEYS, set())
    course_id = _check_id(values, path, problems, "课程")
    title_line, title = values.get("名称", (1, ""))
    if not title:
        problems.append(Problem(path, title_line, "缺少“名称：”。请写上课程的名字"))
    order = _check_order(values, path, problems, "课程")
    if any(p.is_error for p in problems):
        return None, problems
    return Course(course_id, title, order, values.get("简介", (0, ""))[1], path), problems


def _parse_month(values: dict[str, tuple[int, str]], path: Path, problems: list[Problem]) -> str:
    line, value = values.get("月份", (0, ""))
    if not value:
        return ""
    match = _MONTH_RE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        problems.append(Problem(path, line, f"月份“{value}”看不懂，请写成“2026-12”这样"))
        return ""
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def _parse_body(lines: list[tuple[int, str]], path: Path, problems: list[Problem]) -> list[Block]:
    blocks: list[Block] = []
    for number, line in lines:
        if not line or _is_comment(line):
            continue
        if line[0] in "#＃":
            heading = line.lstrip("#＃ ").strip()
            if not heading:
                problems.append(Problem(path, number, "小标题是空的：“#”后面要写标题的文字"))
            else:
                blocks.append(Block("heading", heading, number))
        else:
            blocks.append(Block("paragraph", " ".join(line.split()), number))
    return blocks


class _QuestionDraft:
    def __init__(self, kind: str, text: str, line: int):
        self.kind = kind
        self.text = text
        self.line = line
        self.options: list[tuple[str, str, int]] = []  # letter, text, line
        self.answer: tuple[int, str] | None = None
        self.explanation: tuple[int, str] | None = None


def _letter(char: str) -> str:
    if "Ａ" <= char <= "Ｚ" or "ａ" <= char <= "ｚ":
        char = chr(ord(char) - 0xFEE0)
    return char.upper()


def _finish_question(draft: _QuestionDraft, path: Path, problems: list[Problem]) -> Question | None:
    before = len(problems)
    if not draft.text:
        problems.append(Problem(path, draft.line, "题目是空的：冒号后面要写题目"))
    answer: tuple[int, ...] = ()
    if draft.kind == "truefalse":
        if draft.options:
            problems.append(Problem(path, draft.options[0][2], "判断题不需要选项，答案写“对”或“错”就行"))
        if draft.answer:
            line, value = draft.answer
            word = value.strip("。.").upper()
            if word in _TRUE_WORDS:
                answer = (0,)
            elif word in _FALSE_WORDS:
                answer = (1,)
            else:
                problems.append(Problem(path, line, f"判断题的答案“{value}”看不懂，请写“对”或“错”"))
    else:
        letters = [letter for letter, _, _ in draft.options]
        for index, (letter, text, line) in enumerate(draft.options):
            expected = chr(ord("A") + index)
            if letter != expected:
                problems.append(
                    Problem(path, line, f"选项的字母应该按顺序写，这里应该是“{expected}”，写成了“{letter}”")
                )
            if not text:
                problems.append(Problem(path, line, f"选项 {letter} 是空的"))
        if len(draft.options) < 2:
            problems.append(Problem(path, draft.line, "选择题至少要有两个选项（A. …  B. …）"))
        if draft.answer:
            line, value = draft.answer
            chosen: list[str] = []
            for char in value:
                if char in " ,，、;；和及":
                    continue
                letter = _letter(char)
                if not ("A" <= letter <= "H"):
                    problems.append(
                        Problem(path, line, f"答案“{value}”里有看不懂的字，请只写选项的字母，例如“答案：B”")
                    )
                    chosen = []
                    break
                if letter not in chosen:
                    chosen.append(letter)
            missing = [letter for letter in chosen if letter not in letters]
            if missing:
                shown = "、".join(letters) if letters else "没有选项"
                problems.append(Problem(path, line, f"答案“{'、'.join(missing)}”不在选项里（选项只有 {shown}）"))
            elif chosen:
                if draft.kind == "single" and len(chosen) != 1:
                    problems.append(Problem(path, line, "单选题只能有一个答案；如果有几个对的，请改成“多选：”"))
                if draft.kind == "multiple" and len(chosen) < 2:
                    problems.append(Problem(path, line, "多选题的答案至少要有两个字母；只有一个对的，请改成“单选：”"))
                answer = tuple(sorted(letters.index(letter) for letter in chosen))
            elif not any(p.line == line for p in problems[before:]):
                problems.append(Problem(path, line, "答案是空的，请写上对的选项字母"))
    if draft.answer is None:
        problems.append(Problem(path, draft.line, "这道题缺少“答案：”"))
    if draft.explanation is None or not draft.explanation[1]:
        line = draft.explanation[0] if draft.explanation else draft.line
        problems.append(Problem(path, line, "这道题缺少“解析：”，请用一两句话说明为什么"))
    if len(problems) > before:
        return None
    options = tuple(text for _, text, _ in draft.options)
    return Question(draft.kind, draft.text, options, answer, draft.explanation[1], draft.line)


def _parse_quiz(lines: list[tuple[int, str]], path: Path, problems: list[Problem]) -> list[Question]:
    questions: list[Question] = []
    draft: _QuestionDraft | None = None

    def finish() -> None:
        if draft is not None:
            question = _finish_question(draft, path, problems)
            if question is not None:
                questions.append(question)

    for number, line in lines:
        if not line or _is_comment(line):
            continue
        if match := _QUESTION_RE.match(line):
            finish()
            draft = _QuestionDraft(_KIND_NAMES[match.group(1)], match.group(2).strip(), number)
            continue
        if draft is None:
            problems.append(Problem(path, number, "测验里每道题要以“单选：”“多选：”或“判断：”开头"))
            continue
        if match := _ANSWER_RE.match(line):
            if draft.answer is not None:
                problems.append(Problem(path, number, f"这道题的“答案：”写了两次（第 {draft.answer[0]} 行已经有了）"))
            else:
                draft.answer = (number, match.group(1).strip())
        elif match := _EXPLANATION_RE.match(line):
            if draft.explanation is not None:
                problems.append(
                    Problem(path, number, f"这道题的“解析：”写了两次（第 {draft.explanation[0]} 行已经有了）")
                )
            else:
                draft.explanation = (number, match.group(1).strip())
        elif (match := _OPTION_RE.match(line)) and draft.answer is None:
            draft.options.append((_letter(match.group(1)), match.group(2).strip(), number))
        else:
            problems.append(
                Problem(path, number, "这一行看不懂：测验里每行应该是题目、选项（A. …）、“答案：”或“解析：”")
            )
    finish()
    return questions


_TIME_RE = re.compile(r"^(?:(\d{1,3})[:：])?(\d{1,5}(?:[.．]\d{1,3})?)(?:\s+(.*))?$")


def _parse_narration(
    values: dict[str, tuple[int, str]],
    path: Path,
    title: str,
    blocks: list[Block],
    check_media: bool,
    problems: list[Problem],
) -> tuple[Path | None, tuple[float, ...]]:
    """A recorded narration: one audio file and a file of sentence start times (lessons/README.md)."""
    audio_line, audio = values.get("朗读", (0, ""))
    times_line, times_name = values.get("朗读时间", (0, ""))
    if not audio and not times_name:
        return None, ()
    if not audio or not times_name:
        line = audio_line or times_line
        problems.append(Problem(path, line, "“朗读：”和“朗读时间：”要一起写：一个是录音文件，一个是每句开始的时间"))
        return None, ()
    audio_path = path.parent / audio
    if check_media and not audio_path.is_file():
        problems.append(Problem(path, audio_line, f"找不到朗读录音“{audio}”。请把它和课文放在同一个文件夹里"))
    times_path = path.parent / times_name
    try:
        data = times_path.read_bytes()
    except OSError:
        problems.append(Problem(path, times_line, f"找不到朗读时间文件“{times_name}”"))
        return None, ()
    text, _, decode_problems = decode(data, times_path)
    problems.extend(decode_problems)
    if text is None:
        return None, ()
    units = text_units(title, [(b.kind, b.text) for b in blocks])
    times: list[float] = []
    for number, raw in enumerate(split_lines(text), start=1):
        line = _clean(raw)
        if not line or _is_comment(line):
            continue
        match = _TIME_RE.match(line)
        if not match:
            problems.append(
                Problem(times_path, number, f"“{line}”看不懂：每行先写这一句开始的时间，例如“1:05.5”（1 分 5.5 秒）")
            )
            continue
        seconds = int(match.group(1) or 0) * 60 + float(match.group(2).replace("．", "."))
        if times and seconds <= times[-1]:
            problems.append(Problem(times_path, number, "时间要一句比一句晚"))
        index = len(times)
        times.append(seconds)
        said = (match.group(3) or "").strip()
        if said and index < len(units) and not units[index].text.startswith(said[:4]):
            problems.append(
                Problem(
                    times_path, number, f"这一行写的是“{said}”，可是第 {index + 1} 句是“{units[index].text}”", "warning"
                )
            )
    if len(times) != len(units):
        problems.append(
            Problem(
                times_path,
                1,
                f"朗读时间有 {len(times)} 行，课文却有 {len(units)} 句（标题和小标题各算一句），要一句一行",
            )
        )
    return audio_path, tuple(times)


def parse_lesson(
    text: str,
    path: Path,
    folder_course_id: str | None = None,
    encoding: str = "utf-8",
    check_media: bool = True,
) -> tuple[Lesson | None, list[Problem]]:
    """Parse one lesson. Returns the lesson (None when it has errors) and its problems."""
    numbered = _numbered(text)
    problems: list[Problem] = []
    sections: dict[str, list[tuple[int, str]]] = {"meta": [], "正文": [], "测验": [], "读音": []}
    marker_lines: dict[str, int] = {}
    current = "meta"
    for number, line in numbered:
        if match := _MARKER_RE.match(line):
            name = "测验" if match.group(1) == "测试" else match.group(1)
            if name in marker_lines:
                problems.append(Problem(path, number, f"“【{name}】”写了两次（第 {marker_lines[name]} 行已经有了）"))
                continue
            if name in ("测验", "读音") and "正文" not in marker_lines:
                problems.append(Problem(path, number, f"“【{name}】”要写在“【正文】”后面"))
            marker_lines[name] = number
            current = name
            continue
        sections[current].append((number, line))

    meta_lines = [(n, line) for n, line in sections["meta"] if line and not _is_comment(line)]
    values, media_entries, meta_problems = _read_metadata(meta_lines, path, LESSON_KEYS, MEDIA_KEYS)
    problems.extend(meta_problems)
    lesson_id = _check_id(values, path, problems, "课文")
    title_line, title = values.get("标题", (1, ""))
    if not title:
        problems.append(Problem(path, title_line, "缺少“标题：”。请写上课文的题目"))
    order = _check_order(values, path, problems, "这篇课文在课程里")
    month = _parse_month(values, path, problems)

    course_line, course_id = values.get("课程", (1, ""))
    if course_id and folder_course_id and course_id != folder_course_id:
        problems.append(
            Problem(
                path,
                course_line,
                f"课程“{course_id}”和文件夹的课程“{folder_course_id}”不一样。删掉这一行，或者把课文放进对的文件夹",
            )
        )
    course_id = course_id or folder_course_id or ""
    if not course_id:
        problems.append(
            Problem(path, 1, "不知道这篇课文属于哪门课程：请把它放进有“课程.txt”的文件夹，或者加一行“课程：编号”")
        )

    media: list[Path] = []
    for number, key, value in media_entries:
        if not value:
            problems.append(Problem(path, number, f"“{key}：”后面要写文件名"))
            continue
        media_path = path.parent / value
        if check_media and not media_path.is_file():
            problems.append(
                Problem(path, number, f"找不到{key}文件“{value}”。请把它和课文放在同一个文件夹里，或者改对文件名")
            )
        media.append(media_path)

    if "正文" not in marker_lines:
        problems.append(
            Problem(path, len(numbered), "找不到“【正文】”这一行。请在基本信息后面单独写一行“【正文】”，下面写课文")
        )
    blocks = _parse_body(sections["正文"], path, problems)
    if "正文" in marker_lines and not any(block.kind == "paragraph" for block in blocks):
        problems.append(Problem(path, marker_lines["正文"], "这篇课文是空的：“【正文】”下面没有文字"))
    quiz = _parse_quiz(sections["测验"], path, problems)
    readings, reading_problems = parse_readings(sections["读音"], path)
    problems.extend(reading_problems)
    narration, narration_times = _parse_narration(values, path, title, blocks, check_media, problems)
    if "测验" in marker_lines and not quiz and not any(p.is_error for p in problems):
        problems.append(Problem(path, marker_lines["测验"], "“【测验】”下面没有题目。没有测验的话，请删掉这一行"))

    if any(p.is_error for p in problems):
        return None, problems
    lesson = Lesson(
        id=lesson_id,
        title=title,
        course_id=course_id,
        order=order,
        blocks=tuple(blocks),
        quiz=tuple(quiz),
        month=month,
        summary=values.get("摘要", (0, ""))[1],
        sources=values.get("依据", (0, ""))[1],
        media=tuple(media),
        path=path,
        encoding=encoding,
        id_line=values.get("编号", (1, ""))[0],
        readings=readings,
        narration=narration,
        narration_times=narration_times,
    )
    return lesson, problems
