"""The lesson index: what each lesson file gave when it was last read, kept in the data folder
(DATA/cache/lessons-index.sqlite: a row of plain columns and JSON a file, nothing pickled) so that
a start with an unchanged lesson folder reads no lesson file again.

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
FORMAT = 4  # 4: sources (依据) kept
RACY_NS = 3_000_000_000  # a file changed this recently may change again within its mtime tick: not kept


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


_COLUMNS = (
    "path, size, mtime_ns, inode, type, named, parsed, course, deps, problems, "
    "id, title, course_id, ord, month, summary, media, encoding, id_line, narration, sources"
)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS header (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files ({_COLUMNS}, PRIMARY KEY (path));
CREATE TABLE IF NOT EXISTS bodies (path TEXT PRIMARY KEY, sig TEXT NOT NULL, body TEXT NOT NULL);
"""
Row = tuple  # one row of files, in the order of _COLUMNS
_PARSED, _COURSE, _DEPS, _PROBLEMS, _ID = 6, 7, 8, 9, 10


def _json_or_none(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def _light_row(lesson: Lesson | None) -> tuple:
    if lesson is None:
        return (None,) * 11
    return (
        lesson.id,
        lesson.title,
        lesson.course_id,
        lesson.order,
        lesson.month,
        lesson.summary,
        _json_or_none([str(p) for p in lesson.media]),
        lesson.encoding,
        lesson.id_line,
        str(lesson.narration) if lesson.narration is not None else None,
        lesson.sources,
    )


def _light_fields(row: Row, path: Path) -> dict[str, Any]:
    return {
        "id": row[10],
        "title": row[11],
        "course_id": row[12],
        "order": row[13],
        "month": row[14],
        "summary": row[15],
        "media": tuple(Path(p) for p in json.loads(row[16])) if row[16] else (),
        "path": path,
        "encoding": row[17],
        "id_line": row[18],
        "narration": Path(row[19]) if row[19] is not None else None,
        "sources": row[20] or "",
    }


class LessonIndex:
    """Rows by lesson file path; lesson() answers only for a file that has not changed."""

    def __init__(self, cache_dir: Path | None, check_media: bool = True):
        self.path = cache_dir / INDEX_NAME if cache_dir is not None else None
        self.header = {"format": str(FORMAT), "code": code_version(), "check_media": str(check_media)}
        self.check_media = check_media
        self.valid = False  # the index on disk is of this version (its rows can be kept)
        self.old: dict[str, Row] = self._load()
        self.new: dict[str, Row] = {}
        self.bodies: dict[str, tuple[list[int] | None, dict[str, Any]]] = {}  # bodies to write
        self.changed = False
        self._reader: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=2, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")  # a reader of bodies never waits for a writer
        return db

    def _load(self) -> dict[str, Row]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            db = self._connect()
            try:
                header = dict(db.execute("SELECT key, value FROM header"))
                if header != self.header:
                    log.info("Lesson index %s is of another version: rebuilt", self.path)
                    return {}
                old = {row[0]: row for row in db.execute(f"SELECT {_COLUMNS} FROM files")}
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

    def _row(self, key: str, sig: list[int] | None) -> Row | None:
        row = self.old.get(key)
        if row is None or sig is None or [row[1], row[2], row[3], row[4]] != sig:
            return None
        return row

    def named(self, path: Path, sig: list[int] | None) -> list[str] | None:
        """The time files a file names (its "朗读时间：" lines), if the file is unchanged."""
        key = str(path)
        row = self._row(key, sig)
        if row is None:
            return None
        try:
            named = json.loads(row[5]) if row[5] else []
        except ValueError:
            return None
        self.new[key] = row
        return named

    def set_named(self, path: Path, sig: list[int] | None, named: list[str]) -> None:
        self.changed = True
        if sig is not None and _settled(sig):
            self.new[str(path)] = (str(path), *sig, _json_or_none(named), 0) + (None,) * 13

    def lesson(
        self, path: Path, sig: list[int] | None, course_id: str | None
    ) -> tuple[Lesson | None, list[Problem]] | None:
        """What the file gave when it was read, when it, its course and the files it names are unchanged."""
        key = str(path)
        found = self._cached_lesson(key, path, sig, course_id)
        if found is None and key in self.new and self.new[key][_PARSED]:  # kept by named(), no longer true
            self.new[key] = self.new[key][:_PARSED] + (0,) + (None,) * 13
        return found

    def _cached_lesson(
        self, key: str, path: Path, sig: list[int] | None, course_id: str | None
    ) -> tuple[Lesson | None, list[Problem]] | None:
        row = self._row(key, sig)
        if row is None or not row[_PARSED] or row[_COURSE] != course_id:
            return None
        try:
            if row[_DEPS] and any(signature(dep) != dep_sig for dep, dep_sig in json.loads(row[_DEPS]).items()):
                return None
            lesson = None
            if row[_ID] is not None:
                lesson = Lesson.body_later(lambda: self.body(key, sig, course_id), **_light_fields(row, path))
            problems = [problem_from_json(p) for p in json.loads(row[_PROBLEMS])] if row[_PROBLEMS] else []
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None
        self.new[key] = row
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
        self.new[key] = (
            *self.new[key][:_PARSED],
            1,
            course_id,
            _json_or_none(deps),
            _json_or_none([problem_to_json(p) for p in problems]),
            *_light_row(lesson),
        )
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
                marks = ", ".join("?" * len(_COLUMNS.split(",")))
                db.executemany(
                    f"INSERT OR REPLACE INTO files VALUES ({marks})",
                    [row for key, row in self.new.items() if self.old.get(key) != row],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO bodies VALUES (?, ?, ?)",
                    [
                        (key, json.dumps(sig), json.dumps(body, ensure_ascii=False))
                        for key, (sig, body) in self.bodies.items()
                    ],
                )
                db.execute("COMMIT")
            finally:
                db.close()
        except (sqlite3.Error, OSError) as error:
            log.warning("Could not write the lesson index %s: %s", self.path, error)
