"""The lessons a program shows: the imported ones (DATA/lessons) first, then the shipped ones.

load_library keeps the first of two lessons (or courses) with one id, so a lesson that came in a
pack takes the place of a shipped lesson of the same id (an updated lesson, say). That is no
mistake of the author: its "same id" problem is left out of the list (and logged); two packs that
clash are refused when imported, so nothing else is dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..lessons import Library, load_library
from ..lessons.library import SAME_COURSE_ID, SAME_LESSON_ID
from ..paths import imported_lessons_dir, lessons_dir
from .importer import recover_imports

log = logging.getLogger(__name__)


def default_lesson_paths(data_dir: Path) -> list[Path]:
    """The imported lessons (when there are any) and the shipped ones; an import a kill stopped is
    undone or finished first, so the lessons read are whole."""
    recover_imports(data_dir)
    imported = imported_lessons_dir(data_dir)
    return [imported, lessons_dir()] if imported.is_dir() else [lessons_dir()]


def forgive_shadowed(library: Library, data_dir: Path) -> int:
    """Leave out the problems of shipped lessons and courses an imported one of the same id replaces."""
    imported = imported_lessons_dir(data_dir)

    def shadowed(problem) -> bool:
        if problem.template not in (SAME_COURSE_ID, SAME_LESSON_ID) or len(problem.args) < 2:
            return False
        return Path(problem.args[1]).is_relative_to(imported) and not problem.path.is_relative_to(imported)

    kept = [problem for problem in library.problems if not shadowed(problem)]
    dropped = len(library.problems) - len(kept)
    if dropped:
        log.info("%d shipped lessons or courses are replaced by imported ones of the same id", dropped)
    library.problems[:] = kept
    return dropped


def program_library(data_dir: Path, cache: bool = True) -> Library:
    """The lessons the program shows: imported and shipped, as the program starts with them.
    cache: keep the lesson index in DATA/cache (the program); False reads every file (a check)."""
    data_dir = Path(data_dir)
    library = load_library(default_lesson_paths(data_dir), cache_dir=data_dir / "cache" if cache else None)
    forgive_shadowed(library, data_dir)
    return library
