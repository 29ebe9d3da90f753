"""The lesson index: what each lesson file gave when it was last read, kept as JSON in the data
folder (DATA/cache/lessons-index.json) so that a start with an unchanged lesson folder reads no
lesson file again.

An entry is used only when the file (size, mtime_ns, inode), the course of its folder and every
file it names are as they were, and the program's lesson code is the same. A damaged or foreign
index is ignored and rebuilt; a failure to write it only costs the next start its speed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

from .files import signature
from .model import Block, Lesson, Problem, Question

log = logging.getLogger(__name__)
INDEX_NAME = "lessons-index.json"
FORMAT = 1


def code_version() -> str:
    """Changes whenever the code that reads lessons changes: an index of another version is not used."""
    digest = hashlib.sha256(str(FORMAT).encode())
    digest.update(repr([tuple(f.name for f in fields(kind)) for kind in (Lesson, Block, Question, Problem)]).encode())
    here = Path(__file__).resolve().parent
    for source in sorted(here.glob("*.py")) + [here.parent / "text" / "sentences.py"]:
        try:
            digest.update(source.read_bytes())
        except OSError:  # a frozen program without sources: its version says it
            from .. import __version__

            digest.update(__version__.encode())
    return digest.hexdigest()[:16]


def lesson_to_json(lesson: Lesson) -> dict[str, Any]:
    return {
        "id": lesson.id,
        "title": lesson.title,
        "course_id": lesson.course_id,
        "order": lesson.order,
        "blocks": [[b.kind, b.text, b.line] for b in lesson.blocks],
        "quiz": [[q.kind, q.text, list(q.options), list(q.answer), q.explanation, q.line] for q in lesson.quiz],
        "month": lesson.month,
        "summary": lesson.summary,
        "media": [str(p) for p in lesson.media],
        "path": str(lesson.path) if lesson.path is not None else None,
        "encoding": lesson.encoding,
        "id_line": lesson.id_line,
        "readings": {word: list(syllables) for word, syllables in lesson.readings.items()},
        "narration": str(lesson.narration) if lesson.narration is not None else None,
        "narration_times": list(lesson.narration_times),
    }


def lesson_from_json(data: dict[str, Any]) -> Lesson:
    return Lesson(
        id=data["id"],
        title=data["title"],
        course_id=data["course_id"],
        order=data["order"],
        blocks=tuple(Block(kind, text, line) for kind, text, line in data["blocks"]),
        quiz=tuple(
            Question(kind, text, tuple(options), tuple(answer), explanation, line)
            for kind, text, options, answer, explanation, line in data["quiz"]
        ),
        month=data["month"],
        summary=data["summary"],
        media=tuple(Path(p) for p in data["media"]),
        path=Path(data["path"]) if data["path"] is not None else None,
        encoding=data["encoding"],
        id_line=data["id_line"],
        readings={word: tuple(syllables) for word, syllables in data["readings"].items()},
        narration=Path(data["narration"]) if data["narration"] is not None else None,
        narration_times=tuple(data["narration_times"]),
    )


def problem_to_json(problem: Problem) -> list[Any]:
    return [str(problem.path), problem.line, problem.template, list(problem.args), problem.severity]


def problem_from_json(data: list[Any]) -> Problem:
    path, line, template, args, severity = data
    return Problem(Path(path), line, template, tuple(args), severity)


class LessonIndex:
    """Entries by lesson file path; get() answers only for a file that has not changed."""

    def __init__(self, cache_dir: Path | None, check_media: bool = True):
        self.path = cache_dir / INDEX_NAME if cache_dir is not None else None
        self.header = {"format": FORMAT, "code": code_version(), "check_media": check_media}
        self.old: dict[str, dict[str, Any]] = self._load()
        self.new: dict[str, dict[str, Any]] = {}
        self.changed = False

    def _load(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_bytes())
            if all(data.get(key) == value for key, value in self.header.items()) and isinstance(data["files"], dict):
                return data["files"]
            log.info("Lesson index %s is of another version: rebuilt", self.path)
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            log.warning("Lesson index %s is damaged (%s): rebuilt", self.path, error)
        return {}

    def _entry(self, path: Path, sig: list[int] | None) -> dict[str, Any] | None:
        entry = self.old.get(str(path))
        if entry is None or sig is None or entry.get("sig") != sig:
            return None
        return entry

    def named(self, path: Path, sig: list[int] | None) -> list[str] | None:
        """The time files a file names (its "朗读时间：" lines), if the file is unchanged."""
        entry = self._entry(path, sig)
        if entry is None or not isinstance(entry.get("named"), list):
            return None
        self.new[str(path)] = {"sig": sig, "named": entry["named"]}
        return entry["named"]

    def set_named(self, path: Path, sig: list[int] | None, named: list[str]) -> None:
        self.new[str(path)] = {"sig": sig, "named": named}
        self.changed = True

    def lesson(
        self, path: Path, sig: list[int] | None, course_id: str | None
    ) -> tuple[Lesson | None, list[Problem]] | None:
        """What the file gave when it was read, when it, its course and the files it names are unchanged."""
        entry = self._entry(path, sig)
        if entry is None or "problems" not in entry or entry.get("course") != course_id:
            return None
        try:
            if any(signature(dep) != dep_sig for dep, dep_sig in entry["deps"].items()):
                return None
            lesson = lesson_from_json(entry["lesson"]) if entry["lesson"] is not None else None
            problems = [problem_from_json(p) for p in entry["problems"]]
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        self.new[str(path)] = entry
        return lesson, problems

    def set_lesson(
        self,
        path: Path,
        sig: list[int] | None,
        course_id: str | None,
        deps: dict[str, list[int] | None],
        lesson: Lesson | None,
        problems: list[Problem],
    ) -> None:
        self.new[str(path)] = {
            "sig": sig,
            "named": self.new.get(str(path), {}).get("named", []),
            "course": course_id,
            "deps": deps,
            "lesson": lesson_to_json(lesson) if lesson is not None else None,
            "problems": [problem_to_json(p) for p in problems],
        }
        self.changed = True

    def save(self) -> None:
        """Write the index (only when something changed), beside the old one first, then in its place."""
        if self.path is None or not (self.changed or set(self.new) != set(self.old)):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({**self.header, "files": self.new}, ensure_ascii=False, separators=(",", ":"))
            fd, temp = tempfile.mkstemp(prefix=INDEX_NAME + ".", suffix=".part", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    file.write(data)
                os.replace(temp, self.path)
            except BaseException:
                os.unlink(temp)
                raise
        except OSError as error:
            log.warning("Could not write the lesson index %s: %s", self.path, error)
