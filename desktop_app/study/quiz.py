"""Answering a lesson's quiz, without a window: which question is shown, what the member has
touched, the two-step confirm, right or wrong, the score, trying the wrong ones again.

A first touch on an answer only selects it (a shaky finger loses nothing); touching the same
answer again, or 确定, confirms. A multiple-choice question toggles answers and needs 确定.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..lessons.model import Question

MULTIPLE = "multiple"
TRUE_FALSE = "truefalse"
PASS_PERCENT = 60  # a level is passed at this score (the secretary may change it)


def question_key(question: Question) -> str:
    """A question's identity across lesson edits: its kind, words, options and answer (white space
    ignored). Editing the lesson around it keeps its history; changing the question starts fresh."""
    parts = [question.kind, question.text, *question.options, ",".join(map(str, question.answer))]
    text = "\x1f".join("".join(part.split()) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def option_count(question: Question) -> int:
    return 2 if question.kind == TRUE_FALSE else len(question.options)


@dataclass(frozen=True)
class Outcome:
    """A confirmed answer."""

    question: Question
    chosen: tuple[int, ...]
    right: bool
    seconds: float = 0.0

    @property
    def key(self) -> str:
        return question_key(self.question)

    def as_record(self) -> tuple[str, tuple[int, ...], bool, float]:
        """What storage/answers.py keeps of it."""
        return self.key, self.chosen, self.right, self.seconds


@dataclass
class QuizRun:
    """One go at a list of questions (a lesson's quiz, or the wrong ones of the last go)."""

    questions: list[Question]
    index: int = 0
    selected: set[int] = field(default_factory=set)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def question(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def answered(self) -> bool:
        """The question shown has been confirmed (its outcome is shown)."""
        return len(self.outcomes) > self.index

    @property
    def done(self) -> bool:
        return self.index >= len(self.questions)

    def touch(self, option: int, seconds: float = 0.0) -> Outcome | None:
        """The member touched an answer: select it, or confirm it when it was already the only
        one selected (single choice and true/false). Returns the outcome once confirmed."""
        question = self.question
        if question is None or self.answered or not 0 <= option < option_count(question):
            return None
        if question.kind == MULTIPLE:
            self.selected ^= {option}
            return None
        if self.selected == {option}:
            return self.confirm(seconds)
        self.selected = {option}
        return None

    def confirm(self, seconds: float = 0.0) -> Outcome | None:
        """确定: the selected answers count. Nothing selected: nothing happens."""
        question = self.question
        if question is None or self.answered or not self.selected:
            return None
        chosen = tuple(sorted(self.selected))
        outcome = Outcome(question, chosen, chosen == tuple(sorted(question.answer)), seconds)
        self.outcomes.append(outcome)
        return outcome

    def time_up(self, seconds: float) -> Outcome | None:
        """A challenge question's time ran out: it counts as not answered (wrong)."""
        question = self.question
        if question is None or self.answered:
            return None
        outcome = Outcome(question, (), False, seconds)
        self.outcomes.append(outcome)
        return outcome

    def next(self) -> None:
        """下一题 (only after the answer was shown)."""
        if self.answered:
            self.index += 1
            self.selected = set()

    @property
    def right_count(self) -> int:
        return sum(outcome.right for outcome in self.outcomes)

    @property
    def percent(self) -> float:
        return 100.0 * self.right_count / len(self.questions) if self.questions else 0.0

    @property
    def passed(self) -> bool:
        return self.done and self.percent >= PASS_PERCENT

    def wrong_questions(self) -> list[Question]:
        return [outcome.question for outcome in self.outcomes if not outcome.right]

    @classmethod
    def resumed(cls, questions: list[Question], answered: dict[str, tuple[tuple[int, ...], bool]]) -> QuizRun:
        """Coming back to a quiz left half way: the questions already answered keep their answers
        and the run opens on the first one not answered. answered: question key -> (chosen, right)."""
        run = cls(list(questions))
        for question in questions:
            found = answered.get(question_key(question))
            if found is None:
                break
            run.outcomes.append(Outcome(question, found[0], found[1]))
            run.index += 1
        return run


def find_questions(lessons: dict, wanted: list[tuple[str, str]]) -> list[tuple[str, Question]]:
    """(lesson id, question) for each (lesson id, question key) wanted that is still in the
    lessons; a question changed or removed since is left out."""
    found = []
    for lesson_id, key in wanted:
        lesson = lessons.get(lesson_id)
        question = next((q for q in lesson.quiz if question_key(q) == key), None) if lesson else None
        if question is not None:
            found.append((lesson_id, question))
    return found
