"""The program's lessons read again after a pack was imported, exactly as at start-up, and what of
them came from packs (no Qt). Reading may run in a thread of its own: nothing here touches the
library in use, the caller puts the new one in its place."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..lessons import Library, load_library
from ..paths import imported_lessons_dir
from .importer import ISSUER_FILE
from .overlay import default_lesson_paths, program_library

log = logging.getLogger(__name__)
ISSUER_FILE_LIMIT = 100_000


def read_library(data_dir: Path, lesson_paths: Iterable[Path] | None = None) -> Library:
    """The library as create_context builds it: the given folders only, or (None) the imported
    lessons before the shipped ones, a shipped lesson an imported one replaces not counted as a
    problem; the problems of the program's pronunciation list added."""
    from ..context import load_program_readings  # the context imports the packs: not at import time

    data_dir = Path(data_dir)
    if lesson_paths is not None:
        paths = list(lesson_paths)
        library = load_library(paths, cache_dir=data_dir / "cache")
    else:
        paths = default_lesson_paths(data_dir)
        library = program_library(data_dir)
    _, reading_problems = load_program_readings()
    library.problems.extend(reading_problems)
    for problem in library.problems:
        log.warning("Lesson problem: %s", problem)
    log.info(
        "Loaded %d courses and %d lessons from %s (%d files read, %d from the lesson index)",
        len(library.courses),
        len(library.lessons),
        ", ".join(map(str, paths)),
        library.parsed_files,
        library.cached_files,
    )
    return library


@dataclass(frozen=True)
class PackSource:
    """The lessons of the library that came from the packs of one issuer."""

    issuer: str  # "" for the unsigned packs
    public_key: str
    signed: bool
    lessons: int


def pack_sources(library: Library, data_dir: Path) -> list[PackSource]:
    """Who the imported lessons in the library come from, the most lessons first."""
    root = imported_lessons_dir(Path(data_dir))
    counts: Counter[str] = Counter()
    for lesson in library.lessons.values():
        if lesson.path is None:
            continue
        try:
            counts[lesson.path.relative_to(root).parts[0]] += 1
        except (ValueError, IndexError):
            continue  # a shipped lesson
    sources = [_source(root / folder, count) for folder, count in counts.items()]
    return sorted(sources, key=lambda source: (-source.lessons, not source.signed, source.issuer))


def _source(folder: Path, count: int) -> PackSource:
    """Who an issuer's folder is from, by its issuer.json (written by the import)."""
    try:
        with open(folder / ISSUER_FILE, "rb") as file:
            content = json.loads(file.read(ISSUER_FILE_LIMIT).decode("utf-8"))
        signed = content.get("signed") is True
        issuer = str(content.get("issuer") or "") if signed else ""
        key = str(content.get("public_key") or "") if signed else ""
    except (OSError, ValueError, AttributeError):
        log.warning("Cannot tell who the lessons in %s come from", folder, exc_info=True)
        signed, issuer, key = folder.name != "unsigned", "", ""
    return PackSource(issuer, key, signed, count)
