"""The lesson index: what each lesson file gave when it was last read, kept in the data folder
(DATA/cache/lessons-index.sqlite: SQLite holding JSON, nothing pickled) so that a start with an
unchanged lesson folder reads no lesson file again.

An entry is used only when the file (size, mtime_ns, inode), the course of its folder and every
file it names are as they were, and the program's lesson code is the same. A start reads only
what the screens list (title, course, order ...); the text, quiz and readings of a lesson are
read from the index when first used. A damaged or foreign index is removed and rebuilt; a failure
to write it only costs the next start its speed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from .files import signature
from .model import Block, Lesson, Problem, Question

log = logging.getLogger(__name__)
INDEX_NAME = "lessons-index.sqlite"
FORMAT = 2
RACY_NS = 3_000_000_000  # a file changed this recently may change again within its mtime tick: not kept
_SCHEMA = """
CREATE TABLE IF NOT EXISTS header (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, entry TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS bodies (path TEXT PRIMARY KEY, sig TEXT NOT NULL, body TEXT NOT NULL);
"""


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


def _settled(*sigs: list[int] | None) -> bool:
    """Whether every file is old enough for its size and mtime to tell a later change (as git does)."""
    now = time.time_ns()
    return all(sig is None or now - sig[1] >= RACY_NS for sig in sigs)


def light_to_json(lesson: Lesson) -> dict[str, Any]:
    return {
        "id": lesson.id,
        "title": lesson.title,
        "course_id": lesson.course_id,
        "order": lesson.order,
        "month": lesson.month,
        "summary": lesson.summary,
        "media": [str(p) for p in lesson.media],
        "path": str(lesson.path) if lesson.path is not None else None,
        "encoding": lesson.encoding,
        "id_line": lesson.id_line,
        "narration": str(lesson.narration) if lesson.narration is not None else None,
    }


def light_from_json(data: dict[str, Any], path: Path) -> dict[str, Any]:
    return {
        **data,
        "media": tuple(Path(p) for p in data["media"]),
        "path": path if data["path"] == str(path) else Path(data["path"]),
        "narration": Path(data["narration"]) if data["narration"] is not None else None,
    }


def body_to_json(lesson: Lesson) -> dict[str, Any]:
    return {
        "blocks": [[b.kind, b.text, b.line] for b in lesson.blocks],
        "quiz": [[q.kind, q.text, list(q.options), list(q.answer), q.explanation, q.line] for q in lesson.quiz],
        "readings": {word: list(syllables) for word, syllables in lesson.readings.items()},
        "narration_times": list(lesson.narration_times),
    }


def body_from_json(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "blocks": tuple(Block(kind, text, line) for kind, text, line in data["blocks"]),
        "quiz": tuple(
            Question(kind, text, tuple(options), tuple(answer), explanation, line)
            for kind, text, options, answer, explanation, line in data["quiz"]
        ),
        "readings": {word: tuple(syllables) for word, syllables in data["readings"].items()},
        "narration_times": tuple(data["narration_times"]),
    }


def problem_to_json(problem: Problem) -> list[Any]:
    return [str(problem.path), problem.line, problem.template, list(problem.args), problem.severity]


def problem_from_json(data: list[Any]) -> Problem:
    path, line, template, args, severity = data
    return Problem(Path(path), line, template, tuple(args), severity)


class LessonIndex:
    """Entries by lesson file path; lesson() answers only for a file that has not changed."""

    def __init__(self, cache_dir: Path | None, check_media: bool = True):
        self.path = cache_dir / INDEX_NAME if cache_dir is not None else None
        self.header = {"format": str(FORMAT), "code": code_version(), "check_media": str(check_media)}
        self.check_media = check_media
        self.valid = False  # the index on disk is of this version (its rows can be kept)
        self.old: dict[str, dict[str, Any]] = self._load()
        self.new: dict[str, dict[str, Any]] = {}
        self.bodies: dict[str, tuple[list[int] | None, dict[str, Any]]] = {}  # bodies to write
        self.changed = False
        self._reader: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=2, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")  # a reader of bodies never waits for a writer
        return db

    def _load(self) -> dict[str, dict[str, Any]]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            db = self._connect()
            try:
                header = dict(db.execute("SELECT key, value FROM header"))
                if header != self.header:
                    log.info("Lesson index %s is of another version: rebuilt", self.path)
                    return {}
                old = {path: json.loads(entry) for path, entry in db.execute("SELECT path, entry FROM files")}
                self.valid = True
                return old
            finally:
                db.close()
        except (sqlite3.Error, OSError, ValueError) as error:
            log.warning("Lesson index %s is damaged (%s): rebuilt", self.path, error)
            self._remove()
            return {}

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            except OSError as error:
                log.warning("Could not remove the damaged lesson index %s: %s", self.path, error)

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
        self.new[str(path)] = entry if "problems" in entry else {"sig": sig, "named": entry["named"]}
        return entry["named"]

    def set_named(self, path: Path, sig: list[int] | None, named: list[str]) -> None:
        self.changed = True
        if _settled(sig):
            self.new[str(path)] = {"sig": sig, "named": named}

    def lesson(
        self, path: Path, sig: list[int] | None, course_id: str | None
    ) -> tuple[Lesson | None, list[Problem]] | None:
        """What the file gave when it was read, when it, its course and the files it names are unchanged."""
        found = self._cached_lesson(path, sig, course_id)
        key = str(path)
        if found is None and "problems" in self.new.get(key, {}):  # kept by named(), but no longer true
            self.new[key] = {"sig": sig, "named": self.new[key]["named"]}
        return found

    def _cached_lesson(
        self, path: Path, sig: list[int] | None, course_id: str | None
    ) -> tuple[Lesson | None, list[Problem]] | None:
        entry = self._entry(path, sig)
        if entry is None or "problems" not in entry or entry.get("course") != course_id:
            return None
        try:
            if any(signature(dep) != dep_sig for dep, dep_sig in entry["deps"].items()):
                return None
            lesson = None
            if entry["lesson"] is not None:
                key = str(path)
                lesson = Lesson.body_later(
                    lambda: self.body(key, sig, course_id), **light_from_json(entry["lesson"], path)
                )
            problems = [problem_from_json(p) for p in entry["problems"]]
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        self.new[str(path)] = entry
        return lesson, problems

    def body(self, path: str, sig: list[int] | None, course_id: str | None) -> dict[str, Any]:
        """The text, quiz and readings of a lesson taken from the index at start-up."""
        try:
            if self._reader is None:  # one connection for every lesson opened or searched
                self._reader = self._connect()
            row = self._reader.execute(
                "SELECT body FROM bodies WHERE path = ? AND sig = ?", (path, json.dumps(sig))
            ).fetchone()
            if row is not None:
                return body_from_json(json.loads(row[0]))
        except (sqlite3.Error, OSError, ValueError, KeyError, TypeError) as error:
            log.warning("Lesson index %s: no text for %s (%s)", self.path, path, error)
        return self._body_from_file(Path(path), course_id)

    def _body_from_file(self, path: Path, course_id: str | None) -> dict[str, Any]:
        """The index lost the text (removed, or the file changed since the start): read the file again."""
        from .library import read_lesson

        lesson, _, _ = read_lesson(path, course_id, self.check_media)
        if lesson is None:
            log.warning("Lesson %s cannot be read again: shown empty", path)
            return {"blocks": (), "quiz": (), "readings": {}, "narration_times": ()}
        return {name: getattr(lesson, name) for name in ("blocks", "quiz", "readings", "narration_times")}

    def set_lesson(
        self,
        path: Path,
        sig: list[int] | None,
        course_id: str | None,
        deps: dict[str, list[int] | None],
        lesson: Lesson | None,
        problems: list[Problem],
    ) -> None:
        self.changed = True
        key = str(path)
        if key not in self.new or not _settled(sig, *deps.values()):
            self.new.pop(key, None)
            return
        self.new[key] = {
            "sig": sig,
            "named": self.new[key]["named"],
            "course": course_id,
            "deps": deps,
            "lesson": light_to_json(lesson) if lesson is not None else None,
            "problems": [problem_to_json(p) for p in problems],
        }
        if lesson is not None:
            self.bodies[key] = (sig, body_to_json(lesson))

    def save(self) -> None:
        """Write what changed in one transaction (a kill leaves the old index or the new one)."""
        if self.path is None or not (self.changed or set(self.new) != set(self.old)):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect()
            try:
                db.executescript(_SCHEMA)
                db.execute("BEGIN IMMEDIATE")
                if not self.valid:
                    db.execute("DELETE FROM files")
                    db.execute("DELETE FROM bodies")
                db.execute("DELETE FROM header")
                db.executemany("INSERT INTO header VALUES (?, ?)", self.header.items())
                gone = [(path,) for path in set(self.old) - set(self.new)]
                db.executemany("DELETE FROM files WHERE path = ?", gone)
                db.executemany("DELETE FROM bodies WHERE path = ?", gone)
                db.executemany(
                    "INSERT OR REPLACE INTO files VALUES (?, ?)",
                    [
                        (path, json.dumps(entry, ensure_ascii=False))
                        for path, entry in self.new.items()
                        if self.old.get(path) != entry
                    ],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO bodies VALUES (?, ?, ?)",
                    [
                        (path, json.dumps(sig), json.dumps(body, ensure_ascii=False))
                        for path, (sig, body) in self.bodies.items()
                    ],
                )
                db.execute("COMMIT")
            finally:
                db.close()
        except (sqlite3.Error, OSError) as error:
            log.warning("Could not write the lesson index %s: %s", self.path, error)
