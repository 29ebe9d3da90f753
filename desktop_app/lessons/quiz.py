"""The quiz of a lesson: single choice, multiple choice and true-or-false questions (lessons/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from .model import Problem, Question
from .textfile import is_comment

_QUESTION_RE = re.compile(r"^(?:[0-9０-９]{1,3}\s*[.．、)）]\s*)?(单选|多选|判断)题?\s*[：:]\s*(.*)$")
_OPTION_RE = re.compile(r"^([A-Ha-hＡ-Ｈａ-ｈ])\s*[.．、:：)）]\s*(.*)$")
_ANSWER_RE = re.compile(r"^答案\s*[：:]\s*(.*)$")
_EXPLANATION_RE = re.compile(r"^解析\s*[：:]\s*(.*)$")

_TRUE_WORDS = {"对", "正确", "√", "✓", "是", "T", "TRUE"}
_FALSE_WORDS = {"错", "错误", "×", "✗", "X", "否", "F", "FALSE"}
_KIND_NAMES = {"单选": "single", "多选": "multiple", "判断": "truefalse"}


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
        problems.append(
            Problem(
                path, draft.line, QT_TRANSLATE_NOOP("LessonCheck", "The question is empty: write it after the colon")
            )
        )
    answer: tuple[int, ...] = ()
    if draft.kind == "truefalse":
        if draft.options:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck", "A true-or-false question needs no options; write “对” or “错” as the answer"
            )
            problems.append(Problem(path, draft.options[0][2], template))
        if draft.answer:
            line, value = draft.answer
            word = value.strip("。.").upper()
            if word in _TRUE_WORDS:
                answer = (0,)
            elif word in _FALSE_WORDS:
                answer = (1,)
            else:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck",
                    "The answer “%1” of a true-or-false question is not understood; please write “对” or “错”",
                )
                problems.append(Problem(path, line, template, (value,)))
    else:
        letters = [letter for letter, _, _ in draft.options]
        for index, (letter, text, line) in enumerate(draft.options):
            expected = chr(ord("A") + index)
            if letter != expected:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "The option letters go in order: this one should be “%1”, it is “%2”"
                )
                problems.append(Problem(path, line, template, (expected, letter)))
            if not text:
                problems.append(Problem(path, line, QT_TRANSLATE_NOOP("LessonCheck", "Option %1 is empty"), (letter,)))
        if len(draft.options) < 2:
            template = QT_TRANSLATE_NOOP("LessonCheck", "A choice question needs at least two options (A. …  B. …)")
            problems.append(Problem(path, draft.line, template))
        if draft.answer:
            line, value = draft.answer
            chosen: list[str] = []
            for char in value:
                if char in " ,，、;；和及":
                    continue
                letter = _letter(char)
                if not ("A" <= letter <= "H"):
                    template = QT_TRANSLATE_NOOP(
                        "LessonCheck",
                        "The answer “%1” holds something not understood; write only the option letters, e.g. “答案：B”",
                    )
                    problems.append(Problem(path, line, template, (value,)))
                    chosen = []
                    break
                if letter not in chosen:
                    chosen.append(letter)
            missing = [letter for letter in chosen if letter not in letters]
            if missing and letters:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "The answer “%1” is not among the options (the options are only %2)"
                )
                problems.append(Problem(path, line, template, ("、".join(missing), "、".join(letters))))
            elif missing:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "The answer “%1” is not among the options (there are no options)"
                )
                problems.append(Problem(path, line, template, ("、".join(missing),)))
            elif chosen:
                if draft.kind == "single" and len(chosen) != 1:
                    template = QT_TRANSLATE_NOOP(
                        "LessonCheck",
                        "A single-choice question has one answer only; if several are right, change it to “多选：”",
                    )
                    problems.append(Problem(path, line, template))
                if draft.kind == "multiple" and len(chosen) < 2:
                    template = QT_TRANSLATE_NOOP(
                        "LessonCheck",
                        "A multiple-choice answer needs at least two letters; if only one is right, change it to “单选：”",
                    )
                    problems.append(Problem(path, line, template))
                answer = tuple(sorted(letters.index(letter) for letter in chosen))
            elif not any(p.line == line for p in problems[before:]):
                problems.append(
                    Problem(
                        path,
                        line,
                        QT_TRANSLATE_NOOP(
                            "LessonCheck", "The answer is empty; please write the letter of the right option"
                        ),
                    )
                )
    if draft.answer is None:
        problems.append(Problem(path, draft.line, QT_TRANSLATE_NOOP("LessonCheck", "This question has no “答案：”")))
    if draft.explanation is None or not draft.explanation[1]:
        line = draft.explanation[0] if draft.explanation else draft.line
        template = QT_TRANSLATE_NOOP(
            "LessonCheck", "This question has no “解析：”; please say why in a sentence or two"
        )
        problems.append(Problem(path, line, template))
    if len(problems) > before:
        return None
    options = tuple(text for _, text, _ in draft.options)
    return Question(draft.kind, draft.text, options, answer, draft.explanation[1], draft.line)


def parse_quiz(lines: list[tuple[int, str]], path: Path, problems: list[Problem]) -> list[Question]:
    questions: list[Question] = []
    draft: _QuestionDraft | None = None

    def finish() -> None:
        if draft is not None:
            question = _finish_question(draft, path, problems)
            if question is not None:
                questions.append(question)

    for number, line in lines:
        if not line or is_comment(line):
            continue
        if match := _QUESTION_RE.match(line):
            finish()
            draft = _QuestionDraft(_KIND_NAMES[match.group(1)], match.group(2).strip(), number)
            continue
        if draft is None:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck", "Each question of the quiz must start with “单选：”, “多选：” or “判断：”"
            )
            problems.append(Problem(path, number, template))
            continue
        if match := _ANSWER_RE.match(line):
            if draft.answer is not None:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "This question's “答案：” is written twice (line %1 has it already)"
                )
                problems.append(Problem(path, number, template, (draft.answer[0],)))
            else:
                draft.answer = (number, match.group(1).strip())
        elif match := _EXPLANATION_RE.match(line):
            if draft.explanation is not None:
                template = QT_TRANSLATE_NOOP(
                    "LessonCheck", "This question's “解析：” is written twice (line %1 has it already)"
                )
                problems.append(Problem(path, number, template, (draft.explanation[0],)))
            else:
                draft.explanation = (number, match.group(1).strip())
        elif (match := _OPTION_RE.match(line)) and draft.answer is None:
            draft.options.append((_letter(match.group(1)), match.group(2).strip(), number))
        else:
            template = QT_TRANSLATE_NOOP(
                "LessonCheck",
                "This line is not understood: each line of the quiz is a question, an option (A. …), “答案：” or “解析：”",
            )
            problems.append(Problem(path, number, template))
    finish()
    return questions
