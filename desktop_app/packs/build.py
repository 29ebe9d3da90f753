"""Make a pack of a lesson folder: every lesson checked first, then the course files, lesson files
and the files they name zipped under lessons/, with a manifest of every file's size and SHA-256,
signed with the issuer's private key (which itself never goes in)."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from ..lessons import Library, Problem, load_library
from ..lessons.library import read_lesson
from ..storage.files import WriteFailed, replacing
from .errors import (
    BUILD_BAD_NAME,
    BUILD_BROKEN,
    BUILD_CANNOT_READ,
    BUILD_CANNOT_WRITE,
    BUILD_NO_LESSONS,
    BUILD_PRIVATE_KEY,
    BUILD_TOO_BIG,
    PackRefused,
)
from .keys import PrivateKey, load_private_key
from .manifest import LESSONS_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, CourseEntry, FileEntry, LessonEntry, Manifest
from .safety import CHUNK, MAX_FILES, MAX_UNPACKED, MB, name_is_safe

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 5
_KEY_MARKER = b'"private_key"'


def describe(problems: list[Problem], root: Path) -> str:
    """The first few problems, each with its file (relative to root) and line, in the program's language."""
    shown = []
    for problem in problems[:PROBLEMS_SHOWN]:
        try:
            where = problem.path.relative_to(root).as_posix()
        except ValueError:
            where = problem.path.name
        message = problem.message.replace(str(root) + os.sep, "").replace(str(root), "")  # no temporary folders
        shown.append(f"{where} 第 {problem.line} 行：{message}")
    if len(problems) > PROBLEMS_SHOWN:
        shown.append(f"……（一共 {len(problems)} 处）")
    return "；".join(shown)


def pack_files(library: Library, lesson_dir: Path) -> dict[str, Path]:
    """Relative name (with "/") -> file, for every course file, lesson file and file a lesson names."""
    paths: list[Path] = [course.path for course in library.courses.values() if course.path is not None]
    for lesson in library.lessons.values():
        paths.append(lesson.path)
        _, _, named = read_lesson(lesson.path, lesson.course_id)
        paths.extend(Path(name) for name in named or {})
    root = lesson_dir.resolve()
    files: dict[str, Path] = {}
    for path in paths:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode) or not path.resolve().is_relative_to(root):
                continue  # a file a lesson names but that is not there: the checker has said so
            name = path.relative_to(lesson_dir).as_posix()
        except (OSError, ValueError):
            continue
        if not name_is_safe(name):
            raise PackRefused(BUILD_BAD_NAME, name)
        files[name] = path
    return files


def build_pack(lesson_dir: Path, out: Path, key_file: Path | None) -> Path:
    """Check every lesson under lesson_dir and zip them into out (signed with key_file, or unsigned
    without). Raises PackRefused (nothing written) for broken lessons, unsafe names, too much."""
    lesson_dir, out = Path(lesson_dir), Path(out)
    key = load_private_key(key_file) if key_file is not None else None
    library = load_library([lesson_dir])
    if library.errors:
        raise PackRefused(BUILD_BROKEN, describe(library.errors, lesson_dir))
    if not library.lessons:
        raise PackRefused(BUILD_NO_LESSONS, lesson_dir)
    files = pack_files(library, lesson_dir)
    total = sum(path.stat().st_size for path in files.values())
    if len(files) > MAX_FILES or total > MAX_UNPACKED:
        raise PackRefused(BUILD_TOO_BIG, len(files), f"{total / MB:.1f}")
    key_path = Path(key_file).resolve() if key_file is not None else None
    manifest = Manifest(
        issuer=key.issuer if key else "",
        public_key=key.public_key if key else "",
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        courses=[CourseEntry(course.id, course.title) for course in library.ordered_courses()],
        lessons=[LessonEntry(lesson.id, lesson.title, lesson.course_id) for lesson in library.ordered_lessons()],
    )
    try:
        with replacing(out) as temp, zipfile.ZipFile(temp, "w") as archive:
            for name in sorted(files):
                path = files[name]
                if key_path is not None and path.resolve() == key_path:
                    raise PackRefused(BUILD_PRIVATE_KEY, name)
                manifest.files.append(_add_file(archive, name, path, key))
            data = manifest.to_bytes()
            archive.writestr(_info(MANIFEST_NAME, zipfile.ZIP_DEFLATED), data)
            if key is not None:
                archive.writestr(_info(SIGNATURE_NAME, zipfile.ZIP_STORED), key.signing_key.sign(data).signature)
    except WriteFailed as error:
        raise PackRefused(BUILD_CANNOT_WRITE, out) from error
    log.info(
        "Made the pack %s: %d lessons, %d files, signed by %r", out, len(manifest.lessons), len(files), manifest.issuer
    )
    return out


def _info(name: str, method: int, mtime: float | None = None) -> zipfile.ZipInfo:
    moment = time.localtime(mtime) if mtime is not None else time.localtime()
    info = zipfile.ZipInfo(name, date_time=max(moment[:6], (1980, 1, 1, 0, 0, 0)))
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16  # an ordinary file, as an import checks
    return info


def _cannot_read(name: str, path: Path, error: OSError) -> PackRefused:
    log.error("Cannot read %s for the pack: %s", path, error)
    return PackRefused(BUILD_CANNOT_READ, name, error.strerror or error)


def _add_file(archive: zipfile.ZipFile, name: str, path: Path, key: PrivateKey | None) -> FileEntry:
    """One file streamed into the zip and hashed from the same bytes; a file holding a private key
    is refused. A failure to write is an OSError (replacing() turns it into WriteFailed)."""
    secrets = [_KEY_MARKER] + ([key.seed.hex().encode()] if key is not None else [])
    overlap = max(len(secret) for secret in secrets)
    digest, size, tail = hashlib.sha256(), 0, b""
    try:
        source = open(path, "rb")
        info_of_file = os.fstat(source.fileno())
    except OSError as error:
        raise _cannot_read(name, path, error) from error
    with source:
        method = zipfile.ZIP_DEFLATED if name.endswith(".txt") else zipfile.ZIP_STORED  # media are packed already
        info = _info(LESSONS_PREFIX + name, method, info_of_file.st_mtime)
        info.file_size = info_of_file.st_size
        with archive.open(info, "w", force_zip64=info.file_size > 1 << 30) as target:
            while True:
                try:
                    chunk = source.read(CHUNK)
                except OSError as error:
                    raise _cannot_read(name, path, error) from error
                if not chunk:
                    break
                window = tail + chunk
                if any(secret in window for secret in secrets):
                    raise PackRefused(BUILD_PRIVATE_KEY, name)
                tail = window[-overlap:]
                digest.update(chunk)
                size += len(chunk)
                target.write(chunk)
    return FileEntry(name, size, digest.hexdigest())
