"""A lesson as units to read aloud: the text by sentence, and each quiz question as its own units."""

from __future__ import annotations

from ..text.sentences import Unit, is_speakable, text_units
from .model import Lesson


def lesson_units(lesson: Lesson) -> list[Unit]:
    return text_units(lesson.title, [(block.kind, block.text) for block in lesson.blocks])


def quiz_units(lesson: Lesson) -> list[list[Unit]]:
    """For each question: the question, each option and the explanation, as units of their own."""
    letters = "ABCDEFGH"
    kinds = {"single": "单选题", "multiple": "多选题", "truefalse": "判断题"}
    result = []
    for number, question in enumerate(lesson.quiz, start=1):
        units = [Unit("question", f"第{number}题，{kinds[question.kind]}：{question.text}", -1, 0, 0)]
        for letter, option in zip(letters, question.options, strict=False):
            units.append(Unit("option", f"{letter}，{option}", -1, 0, 0))
        units.append(Unit("explanation", question.explanation, -1, 0, 0))
        result.append([unit for unit in units if is_speakable(unit.text)])
    return result
