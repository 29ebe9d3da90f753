"""What the 课程包 screen does without widgets: the lessons read again after an import exactly as the
program reads them at start-up, who the imported lessons come from, and the chosen pack copied off
the stick (a pulled-out stick, a full disk and a file far too big said as such, nothing left)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.context import create_context
from desktop_app.packs import PackRefused, build_pack, generate_keys, import_pack
from desktop_app.packs import errors as E
from desktop_app.packs.incoming import COPY_PREFIX, MAX_PACK_FILE, CopyFailed, let_go, let_go_of_all, take_in
from desktop_app.packs.reload import PackSource, pack_sources, read_library
from desktop_app.paths import packs_dir

from .test_packs import lesson_text, write_lessons


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "keys").mkdir()
    return generate_keys(tmp_path / "keys" / "county.key", "某某县委宣传部")


def test_read_library_reads_what_the_program_reads_at_start(tmp_path, data_dir, key, monkeypatch):
    shipped = write_lessons(tmp_path / "shipped", {"01.txt": lesson_text("pk-01", 1, "随程序发的旧课文。")})
    monkeypatch.setenv("DESKTOP_APP_LESSONS", str(shipped))
    update = write_lessons(tmp_path / "update", {"01.txt": lesson_text("pk-01", 1, "县里发来的新课文。")})
    update = write_lessons(update, {"02.txt": lesson_text("pk-02", 2)})
    import_pack(build_pack(update, tmp_path / "u.zip", key[0]), data_dir, {key[1]})
    context = create_context(data_dir)
    try:
        started = context.library
    finally:
        context.db.close()
    again = read_library(data_dir)
    assert sorted(again.lessons) == sorted(started.lessons) == ["pk-01", "pk-02"]
    assert again.lessons["pk-01"].text == "县里发来的新课文。"  # the imported one in the shipped one's place
    assert [str(p) for p in again.problems] == [str(p) for p in started.problems]
    only = read_library(data_dir, [shipped])  # started with --lessons: those folders only
    assert sorted(only.lessons) == ["pk-01"] and only.lessons["pk-01"].text == "随程序发的旧课文。"


def test_pack_sources_counts_the_lessons_of_each_issuer(tmp_path, data_dir, key, monkeypatch):
    monkeypatch.setenv("DESKTOP_APP_LESSONS", str(write_lessons(tmp_path / "shipped", {})))
    assert pack_sources(read_library(data_dir), data_dir) == []
    signed = write_lessons(tmp_path / "a", {f"0{i}.txt": lesson_text(f"pk-0{i}", i) for i in (1, 2, 3)})
    import_pack(build_pack(signed, tmp_path / "a.zip", key[0]), data_dir, {key[1]})
    other = write_lessons(
        tmp_path / "b",
        {"01.txt": lesson_text("qt-01", 1)},
        course="编号：qt\n名称：另一门\n顺序：2\n",
        course_dir="02-qt",
    )
    import_pack(build_pack(other, tmp_path / "b.zip", None), data_dir, set(), allow_untrusted=True)
    assert pack_sources(read_library(data_dir), data_dir) == [
        PackSource("某某县委宣传部", key[1], True, 3),
        PackSource("", "", False, 1),
    ]


def test_the_chosen_pack_is_copied_and_let_go(tmp_path, data_dir):
    source = tmp_path / "课.zip"
    source.write_bytes(bytes(range(256)) * 5000)
    copy = take_in(source, data_dir)
    assert copy.parent == packs_dir(data_dir) and copy.name.startswith(COPY_PREFIX)
    assert copy.read_bytes() == source.read_bytes()
    let_go(copy)
    assert not copy.exists()
    leftover = take_in(source, data_dir)  # as a program stopped in the middle of a question leaves it
    let_go_of_all(data_dir)
    assert not leftover.exists()


def test_a_stick_pulled_out_a_full_disk_and_a_file_far_too_big(tmp_path, data_dir):
    with pytest.raises(CopyFailed) as gone:
        take_in(tmp_path / "gone.zip", data_dir)
    assert gone.value.on_stick
    huge = tmp_path / "huge.zip"
    with open(huge, "wb") as file:
        file.truncate(MAX_PACK_FILE + 1)  # sparse: nothing is written
    with pytest.raises(PackRefused) as refused:
        take_in(huge, data_dir)
    assert refused.value.text == E.TOO_BIG
    assert not packs_dir(data_dir).exists()  # refused before anything is made
    small = tmp_path / "small.zip"
    small.write_bytes(b"PK")
    data_dir.mkdir(parents=True, exist_ok=True)
    packs_dir(data_dir).write_bytes(b"")  # where the copy goes cannot be made (as a full disk)
    with pytest.raises(CopyFailed) as full:
        take_in(small, data_dir)
    assert not full.value.on_stick
    assert os.path.isfile(packs_dir(data_dir))
