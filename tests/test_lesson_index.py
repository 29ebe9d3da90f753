"""The lesson index in the data folder: an unchanged folder is served from it, only what changed is
read again, and a damaged index is ignored and rebuilt."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.lessons import load_library
from desktop_app.lessons.cache import INDEX_NAME

from .conftest import LESSONS

DAY_AGO = time.time() - 86_400
# Every shipped lesson file (the course files, 课程.txt, are not lessons).
SHIPPED = len([p for p in LESSONS.rglob("*.txt") if p.name != "课程.txt" and p.parent != LESSONS])


def age(folder: Path, when: float = DAY_AGO) -> None:
    """Files as an installed lesson folder has them: written long ago."""
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (when, when), follow_symlinks=False)


@pytest.fixture
def lessons(lessons_copy: Path) -> Path:
    age(lessons_copy)
    return lessons_copy


def same(one, other) -> bool:
    return (
        one.courses == other.courses
        and [lesson.id for lesson in one.ordered_lessons()] == [lesson.id for lesson in other.ordered_lessons()]
        and one.lessons == other.lessons  # every field, the text, quiz and readings included
        and one.problems == other.problems
    )


def test_an_unchanged_folder_is_served_from_the_index_as_it_was_read(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = load_library([lessons], cache_dir=cache)
    assert (first.parsed_files, first.cached_files) == (SHIPPED, 0) and (cache / INDEX_NAME).is_file()
    second = load_library([lessons], cache_dir=cache)
    assert (second.parsed_files, second.cached_files) == (0, SHIPPED)
    assert same(second, load_library([lessons]))


def test_the_text_of_a_lesson_comes_from_the_index_when_first_used(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    text = load_library([lessons]).lessons["dangshi-01"].text
    load_library([lessons], cache_dir=cache)
    library = load_library([lessons], cache_dir=cache)
    lesson = library.lessons["dangshi-01"]
    lesson.path.unlink()  # read from the index, not from the file
    assert lesson.text == text and lesson.quiz and lesson.char_count > 500


def test_only_a_changed_lesson_is_read_again(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_library([lessons], cache_dir=cache)
    path = lessons / "02-dangshi" / "01-yida.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("标题：", "标题：新", 1), encoding="utf-8")
    os.utime(path, (DAY_AGO + 60, DAY_AGO + 60))
    library = load_library([lessons], cache_dir=cache)
    assert (library.parsed_files, library.cached_files) == (1, SHIPPED - 1)
    assert library.lessons["dangshi-01"].title.startswith("新") and same(library, load_library([lessons]))


def test_a_lesson_is_read_again_when_a_file_it_names_appears(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    path = lessons / "02-dangshi" / "01-yida.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("顺序：", "图片：yida.png\n顺序：", 1), encoding="utf-8")
    age(lessons)
    library = load_library([lessons], cache_dir=cache)
    assert "dangshi-01" not in library.lessons and any("yida.png" in str(p) for p in library.errors)
    (path.parent / "yida.png").write_bytes(b"\x89PNG")
    age(lessons)
    library = load_library([lessons], cache_dir=cache)
    assert library.parsed_files == 1 and library.lessons["dangshi-01"].media == (path.parent / "yida.png",)
    assert library.problems == []


def test_a_lesson_is_read_again_when_its_folder_changes_course(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_library([lessons], cache_dir=cache)
    course = lessons / "02-dangshi" / "课程.txt"
    course.write_text(course.read_text(encoding="utf-8").replace("编号：dangshi", "编号：lishi"), encoding="utf-8")
    age(lessons)
    library = load_library([lessons], cache_dir=cache)
    assert library.parsed_files == 3 and library.lessons["dangshi-01"].course_id == "lishi"


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100, "truncate"])
def test_a_damaged_index_is_ignored_and_rebuilt(lessons: Path, tmp_path: Path, damage):
    cache = tmp_path / "cache"
    load_library([lessons], cache_dir=cache)
    index = cache / INDEX_NAME
    if damage == "truncate":
        with open(index, "r+b") as file:
            file.truncate(index.stat().st_size // 2)
    else:
        index.write_bytes(damage)
    library = load_library([lessons], cache_dir=cache)
    assert library.parsed_files == SHIPPED and same(library, load_library([lessons]))
    again = load_library([lessons], cache_dir=cache)
    assert again.cached_files == SHIPPED


def test_an_index_of_another_version_is_not_used(lessons: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_library([lessons], cache_dir=cache)
    db = sqlite3.connect(cache / INDEX_NAME)
    db.execute("UPDATE header SET value = 'older' WHERE key = 'code'")
    db.commit()
    db.close()
    assert load_library([lessons], cache_dir=cache).parsed_files == SHIPPED
    assert load_library([lessons], cache_dir=cache).cached_files == SHIPPED


def test_a_file_written_just_now_is_not_trusted_to_its_mtime(tmp_path: Path):
    """A change within the same mtime tick and of the same size would look unchanged: a file
    changed in the last seconds is read again at the next start."""
    cache = tmp_path / "cache"
    folder = tmp_path / "lessons" / "c"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text("编号：c\n名称：课\n顺序：1\n", encoding="utf-8")
    path = folder / "a.txt"
    path.write_text("编号：a\n标题：一一\n顺序：1\n【正文】\n一段。\n", encoding="utf-8")
    stamp = path.stat().st_mtime_ns
    assert load_library([folder.parent], cache_dir=cache).lessons["a"].title == "一一"
    path.write_text("编号：a\n标题：二二\n顺序：1\n【正文】\n一段。\n", encoding="utf-8")  # same size
    os.utime(path, ns=(stamp, stamp))
    library = load_library([folder.parent], cache_dir=cache)
    assert library.lessons["a"].title == "二二" and library.parsed_files == 1


def test_an_index_that_cannot_be_written_only_costs_speed(lessons: Path, tmp_path: Path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    library = load_library([lessons], cache_dir=blocked)
    assert same(library, load_library([lessons]))


def test_the_program_keeps_its_index_in_the_data_folder(lessons: Path, data_dir: Path):
    from desktop_app.context import create_context

    first = create_context(data_dir, [lessons])
    first.db.close()
    second = create_context(data_dir, [lessons])
    second.db.close()
    assert (data_dir / "cache" / INDEX_NAME).is_file()
    assert (first.library.parsed_files, second.library.parsed_files, second.library.cached_files) == (
        SHIPPED,
        0,
        SHIPPED,
    )
    assert same(first.library, second.library)


def test_loading_a_shipped_copy_reads_each_file_once(lessons: Path, tmp_path: Path, monkeypatch):
    """Linear loading: no file is read more than once (the old loader read every file once per file)."""
    import desktop_app.lessons.files as files

    reads: list[Path] = []
    real = files.os.open

    def counting_open(path, *args, **kwargs):
        reads.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", counting_open)
    load_library([lessons])
    lesson_reads = [p for p in reads if p.suffix == ".txt" and p.name != "课程.txt"]
    assert len(lesson_reads) == 2 * SHIPPED  # its first lines (for time files), then the whole file
    assert [p.name for p in reads if p.suffix == ".srt"] == ["04-zhongfeng-pian.srt"]  # a film's subtitles: once
    assert len(set(lesson_reads)) == SHIPPED
