"""The files of a lesson folder: only regular files inside the lesson's own folder, each kind with a
size limit. Nothing here opens a device or a FIFO, and nothing reads more than its limit.

A lesson names its recording, its time file and its media by file name; a name that leads out of
the lesson's folder (an absolute path, "..", a link pointing elsewhere) is refused, whatever it
points at, so no content of a file that is not the lesson's ever reaches a problem or the log.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PureWindowsPath

from ..i18n import QT_TRANSLATE_NOOP
from .model import Problem

MB = 1_000_000
TEXT_LIMIT = 1 * MB  # a lesson, a course file, a time file, a pronunciation list
HEAD_BYTES = 4000  # enough of a lesson to find its "朗读时间：" line
MEDIA_LIMITS = {
    "朗读": 200 * MB,
    "音频": 200 * MB,
    "视频": 2000 * MB,
    "字幕": 1 * MB,
    "图片": 20 * MB,
    "附件": 100 * MB,
}

OUTSIDE = QT_TRANSLATE_NOOP(
    "LessonCheck",
    "“%1” is not in the lesson's folder: the files a lesson uses must be in its folder (or a folder inside it)",
)
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "LessonCheck", "“%1” is not an ordinary file (perhaps a device or a pipe) and is not used"
)
TOO_BIG = QT_TRANSLATE_NOOP("LessonCheck", "“%1” is too big: %2 MB, at most %3 MB")

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class Refused(Exception):
    """A file that must not be read: not a regular file, or too big. template/args say why."""

    def __init__(self, template: str, *args: object):
        super().__init__(template)
        self.template = template
        self.args_ = tuple(str(a) for a in args)

    def problem(self, path: Path, line: int) -> Problem:
        return Problem(path, line, self.template, self.args_)


def signature(path: Path | str) -> list[int] | None:
    """What tells a changed file from an unchanged one (size, mtime_ns, inode, type); None: missing."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino, stat.S_IFMT(info.st_mode)]


def check_info(info: os.stat_result, name: str, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise Refused(NOT_REGULAR, name)
    if info.st_size > limit:
        raise Refused(TOO_BIG, name, _mb(info.st_size), _mb(limit))


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".removesuffix(".0")


def read_regular(path: Path, limit: int = TEXT_LIMIT, head: int | None = None) -> bytes:
    """The bytes of a regular file of at most limit bytes (only the first head bytes when given).

    Raises Refused for a device, a FIFO, a folder or a file over the limit (checked before opening
    and again on the open file), OSError when it cannot be read.
    """
    check_info(os.stat(path), path.name, limit)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        check_info(info, path.name, limit)
        wanted = min(limit, head) if head is not None else limit
        chunks: list[bytes] = []
        got = 0
        while got <= wanted:
            chunk = os.read(fd, min(1 << 20, wanted + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if head is not None:
        return data[:head]
    if len(data) > limit:  # it grew since the check
        raise Refused(TOO_BIG, path.name, _mb(len(data)), _mb(limit))
    return data


def inside(folder: Path, name: str) -> Path | None:
    """folder/name with every link followed, or None when that is not inside folder."""
    if not name or os.path.isabs(name) or PureWindowsPath(name).drive or name.startswith(("/", "\\")):
        return None
    try:
        base = folder.resolve()
        target = (base / name).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if target == base or not target.is_relative_to(base):
        return None
    return target


class NamedFiles:
    """The files one lesson names, each checked once; seen keeps what the index cache must re-check."""

    def __init__(self, lesson_path: Path, check_media: bool = True):
        self.lesson_path = lesson_path
        self.folder = lesson_path.parent
        self.check_media = check_media
        self.seen: dict[str, list[int] | None] = {}

    def _note(self, name: str) -> None:
        path = self.folder / name
        self.seen[str(path)] = signature(path)

    def locate(self, name: str, kind: str, line: int, problems: list[Problem], missing: Problem) -> Path | None:
        """The path a media or recording name stands for (as written, beside the lesson), or None
        with a problem: outside the folder, not a regular file, too big, or (checking media) missing."""
        self._note(name)
        target = inside(self.folder, name)
        if target is None:
            problems.append(Problem(self.lesson_path, line, OUTSIDE, (name,)))
            return None
        if self.check_media:
            try:
                check_info(os.stat(target), name, MEDIA_LIMITS.get(kind, 100 * MB))
            except FileNotFoundError:
                problems.append(missing)
                return None
            except Refused as refused:
                problems.append(refused.problem(self.lesson_path, line))
                return None
            except OSError:
                problems.append(missing)
                return None
        return self.folder / name

    def read_text(self, name: str, line: int, problems: list[Problem], missing: Problem) -> tuple[Path, bytes] | None:
        """The bytes of a text file the lesson names (its time file), or None with a problem."""
        self._note(name)
        target = inside(self.folder, name)
        if target is None:
            problems.append(Problem(self.lesson_path, line, OUTSIDE, (name,)))
            return None
        try:
            return self.folder / name, read_regular(target)
        except Refused as refused:
            problems.append(refused.problem(self.lesson_path, line))
        except OSError:
            problems.append(missing)
        return None
