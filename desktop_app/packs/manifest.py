"""The manifest of a pack (manifest.json) and its signature (manifest.sig).

    {"format": 1, "issuer": "某某县委宣传部", "public_key": "<64 hex>", "created": "2026-12-01T08:00:00+00:00",
     "courses": [{"id": "lilun", "title": "..."}],
     "lessons": [{"id": "lilun-01", "title": "...", "course": "lilun"}],
     "files": [{"path": "01-lilun/课程.txt", "size": 123, "sha256": "<64 hex>"}]}

Paths are relative to the pack's lessons/ folder. manifest.sig holds the 64-byte Ed25519 signature
of the exact bytes of manifest.json; an unsigned pack has no manifest.sig and an empty issuer.
The courses and lessons are what the checker found when the pack was made: enough to show what a
pack holds without unpacking it (an import checks the lessons themselves again).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, field

from .errors import MALFORMED, NEWER, PackRefused
from .keys import is_public_key
from .safety import check_name

log = logging.getLogger(__name__)
FORMAT = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
LESSONS_PREFIX = "lessons/"
MANIFEST_LIMIT = 4 * 1_000_000
SIGNATURE_SIZE = 64
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TEXT_LIMIT = 500  # characters of an id or a title


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class LessonEntry:
    id: str
    title: str
    course: str


@dataclass(frozen=True)
class CourseEntry:
    id: str
    title: str


@dataclass
class Manifest:
    issuer: str = ""
    public_key: str = ""
    created: str = ""
    files: list[FileEntry] = field(default_factory=list)
    lessons: list[LessonEntry] = field(default_factory=list)
    courses: list[CourseEntry] = field(default_factory=list)
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        content = {
            "format": self.format,
            "issuer": self.issuer,
            "public_key": self.public_key,
            "created": self.created,
            "courses": [asdict(course) for course in self.courses],
            "lessons": [asdict(lesson) for lesson in self.lessons],
            "files": [asdict(entry) for entry in self.files],
        }
        return (json.dumps(content, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _malformed(why: str) -> PackRefused:
    log.warning("Pack manifest refused: %s", why)
    return PackRefused(MALFORMED)


def _text(content: dict, key: str, required: bool = True) -> str:
    value = content.get(key, None if required else "")
    if not isinstance(value, str) or len(value) > _TEXT_LIMIT or (required and not value):
        raise _malformed(f"{key} is {value!r:.80}")
    return value


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _objects(content: dict, key: str) -> list[dict]:
    items = content.get(key)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise _malformed(f"{key} is not a list of objects")
    return items


def parse_manifest(data: bytes) -> Manifest:
    """The manifest of these bytes, every field checked; PackRefused when anything is wrong."""
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _malformed(f"not JSON: {error}") from error
    if not isinstance(content, dict):
        raise _malformed("not an object")
    version = content.get("format")
    if not _whole(version) or version < 1:
        raise _malformed(f"format {version!r:.40}")
    if version > FORMAT:
        log.warning("Pack manifest format %d, this program reads %d", version, FORMAT)
        raise PackRefused(NEWER)
    public_key = _text(content, "public_key", required=False)
    if public_key and not is_public_key(public_key):
        raise _malformed("bad public key")
    files = []
    for item in _objects(content, "files"):
        path, size, digest = item.get("path"), item.get("size"), item.get("sha256")
        if not isinstance(path, str) or not _whole(size) or size < 0 or not isinstance(digest, str):
            raise _malformed(f"file entry {item!r:.120}")
        if not _SHA256.match(digest):
            raise _malformed(f"sha256 of {path!r:.80}")
        files.append(FileEntry(check_name(path), size, digest))
    lessons = [
        LessonEntry(_text(item, "id"), _text(item, "title"), _text(item, "course"))
        for item in _objects(content, "lessons")
    ]
    courses = [CourseEntry(_text(item, "id"), _text(item, "title")) for item in _objects(content, "courses")]
    return Manifest(
        issuer=_text(content, "issuer", required=False),
        public_key=public_key,
        created=_text(content, "created", required=False),
        files=files,
        lessons=lessons,
        courses=courses,
        format=version,
    )
