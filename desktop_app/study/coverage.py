"""How much of a lesson a member has seen or heard, and when it counts as finished.

The text is cut into at most 100 equal buckets of characters (positions in the simplified text,
so a change of script, text size or window keeps them). A page shown or a sentence read aloud
marks the buckets whose middle it covers. A lesson is finished when most of it has been shown or
heard (FINISHED_SHARE), never by jumping to its last page.
"""

from __future__ import annotations

from dataclasses import dataclass

BUCKETS = 100
FINISHED_SHARE = 0.8


@dataclass(frozen=True)
class Coverage:
    length: int  # characters in the lesson
    marks: str  # one "0"/"1" a bucket

    @classmethod
    def empty(cls, length: int) -> Coverage:
        return cls(max(0, length), "0" * bucket_count(length))

    @classmethod
    def load(cls, length: int, saved: str | None) -> Coverage:
        """Saved marks, or nothing seen when they are missing or were made for another text length."""
        count = bucket_count(length)
        if saved is None or len(saved) != count or set(saved) - {"0", "1"}:
            return cls.empty(length)
        return cls(max(0, length), saved)

    def mark(self, start: int, end: int) -> Coverage:
        """Characters start..end (end not included) have been shown or heard."""
        count = len(self.marks)
        if count == 0 or end <= start:
            return self
        marks = list(self.marks)
        for index in range(count):
            middle = (index + 0.5) * self.length / count
            if start <= middle < end:
                marks[index] = "1"
        return Coverage(self.length, "".join(marks))

    @property
    def share(self) -> float:
        return self.marks.count("1") / len(self.marks) if self.marks else 1.0

    @property
    def finished(self) -> bool:
        return self.share >= FINISHED_SHARE


def bucket_count(length: int) -> int:
    return max(1, min(BUCKETS, length))
