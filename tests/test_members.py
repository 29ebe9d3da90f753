"""Members of a shared kiosk without a window: pinyin of names, finding them, telling namesakes
apart, the secretary's list (CSV from WPS/Excel) and the `members` command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from desktop_app.cli import main
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.member_import import read_member_list
from desktop_app.storage.members import (
    Member,
    MemberStore,
    ambiguous,
    filter_members,
    letters_in_use,
    matches,
    tell_apart,
)
from desktop_app.text.names import first_letter, name_initials, name_pinyin

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "sample-members"


@pytest.mark.parametrize(
    "name, syllables, letter",
    [
        ("李明", ["li", "ming"], "L"),
        ("曾凡荣", ["zeng", "fan", "rong"], "Z"),  # not céng
        ("单国庆", ["shan", "guo", "qing"], "S"),  # not dān
        ("解放", ["xie", "fang"], "X"),
        ("仇志刚", ["qiu", "zhi", "gang"], "Q"),
        ("尉迟敬德", ["yu", "chi", "jing", "de"], "Y"),
        ("張桂芳", ["zhang", "gui", "fang"], "Z"),  # traditional characters
        ("吕梁", ["lv", "liang"], "L"),
    ],
)
def test_surnames_are_read_as_surnames(name, syllables, letter):
    assert name_pinyin(name) == syllables
    assert first_letter(name) == letter


def test_a_heteronym_surname_is_also_found_by_its_everyday_reading():
    assert name_initials("曾凡荣") == ("zfr", "cfr")
    assert name_initials("李明") == ("lm",)


@given(st.text(max_size=12))
def test_any_name_gives_a_letter_and_initials(name):
    letter = first_letter(name)
    assert letter == "#" or (len(letter) == 1 and letter.isupper())
    assert all(initials == initials.lower() for initials in name_initials(name))


def store() -> MemberStore:
    return MemberStore(open_database(None))


def test_add_list_and_find_members():
    members = store()
    a = members.add("  王秀英 ", "第一支部", "2002")
    b = members.add("王秀英", "第二支部")
    c = members.add("曾凡荣", "第一支部", board_name="老曾")
    listed = members.all()
    assert [m.name for m in listed] == ["王秀英", "王秀英", "曾凡荣"]  # pinyin order: wang before zeng
    assert members.find("王秀英", "第一支部", "2002").id == a
    assert members.find("王秀英", "第二支部").id == b
    assert members.get(c).leaderboard_name == "老曾"
    members.update(c, on_board=False, name="曾凡华")
    assert members.get(c).leaderboard_name is None and members.get(c).initials == "zfh cfh"
    with pytest.raises(ValueError):
        members.add("   ")


def test_the_home_member_is_not_in_the_picker():
    db = open_database(None)
    home = ProgressStore(db).default_member_id()
    members = MemberStore(db)
    members.add("李明")
    assert [m.name for m in members.all()] == ["李明"] and home not in [m.id for m in members.all()]
    assert ProgressStore(db).default_member_id() == home  # registering members does not change it


def test_search_by_name_initials_pinyin_and_number():
    members = store()
    for name, number in (("李秀兰", "2001"), ("刘建国", "2005"), ("曾凡荣", "2012"), ("張桂芳", "")):
        members.add(name, "第一支部", number)
    everyone = members.all()
    found = lambda query: [m.name for m in filter_members(everyone, query=query)]  # noqa: E731
    assert found("秀兰") == ["李秀兰"]
    assert found("lxl") == ["李秀兰"] and found("LX") == ["李秀兰"]
    assert found("liu") == ["刘建国"] and found("liujianguo") == ["刘建国"]
    assert found("zfr") == ["曾凡荣"] and found("cfr") == ["曾凡荣"]
    assert found("张") == ["張桂芳"] and found("張") == ["張桂芳"]  # simplified finds traditional
    assert found("2012") == ["曾凡荣"] and found("012") == ["曾凡荣"]
    assert found("x") == [] and found("李 秀") == ["李秀兰"]
    assert [m.name for m in filter_members(everyone, letter="L")] == ["李秀兰", "刘建国"]
    assert letters_in_use(everyone) == ["L", "Z"]


@given(st.text(max_size=8))
def test_search_never_fails_and_empty_matches_all(query):
    member = Member(1, "李秀兰", "第一支部", "2001", pinyin="li xiu lan", initials="lxl")
    assert isinstance(matches(member, query), bool)
    assert matches(member, " " * len(query)) is True


def test_namesakes_are_told_apart_by_branch_or_number():
    members = store()
    a = members.add("王秀英", "第一支部", "20260012")
    b = members.add("王秀英", "第二支部")
    c = members.add("王秀英", "第一支部", "20260099")
    d = members.add("李明", "第一支部")
    lines = tell_apart(members.all())
    assert d not in lines  # a name of one's own needs no second line
    assert lines[b] == "第二支部"
    assert lines[a] == "第一支部 尾号0012" and lines[c] == "第一支部 尾号0099"
    e = members.add("赵刚", "", "111234")
    f = members.add("赵刚", "", "221234")
    lines = tell_apart(members.all())
    assert lines[e] == "尾号11234" and lines[f] == "尾号21234"  # more digits until they differ


def test_members_that_cannot_be_told_apart_are_reported():
    members = store()
    members.add("王秀英", "第一支部")
    members.add("王秀英", "第一支部")
    members.add("王秀英", "第二支部")
    groups = ambiguous(members.all())
    assert len(groups) == 1 and {m.branch for m in groups[0]} == {"第一支部"}


def test_migration_gives_old_members_their_pinyin(tmp_path: Path):
    from sqlite_utils import Database

    from desktop_app.storage.database import migrations

    path = tmp_path / "study.db"
    old = Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.apply(old, stop_before="0004_member_fields_finished_quiz")
    old.execute("INSERT INTO members (name, created_at) VALUES ('我', '2026-11-01'), ('曾凡荣', '2026-11-01')")
    old.execute(
        "INSERT INTO progress (member_id, lesson_id, state, updated_at) VALUES (1, 'x', 'finished', '2026-11-02T00:00:00+00:00')"
    )
    old.conn.close()
    db = open_database(path)
    rows = db.execute("SELECT name, home, pinyin, initials FROM members ORDER BY id").fetchall()
    assert rows == [("我", 1, "wo", "w"), ("曾凡荣", 0, "zeng fan rong", "zfr cfr")]
    assert db.execute("SELECT finished_at FROM progress").fetchone()[0] == "2026-11-02T00:00:00+00:00"


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_the_sample_list_reads_whole():
    result = read_member_list(SAMPLES / "名单.csv")
    assert result.problems == [] and len(result.rows) == 30
    assert result.rows[0].photo == SAMPLES / "李秀兰.png"
    assert next(r for r in result.rows if r.name == "杨志强").on_board is False


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_lists_saved_by_wps_and_excel_are_read(tmp_path: Path, encoding):
    path = write(tmp_path / "名单.csv", "姓名,党支部,党员编号\n李明,第一支部,001\n\n王芳,第二支部,\n", encoding)
    result = read_member_list(path)
    assert result.problems == []
    assert [(r.line, r.name, r.branch, r.number) for r in result.rows] == [
        (2, "李明", "第一支部", "001"),
        (4, "王芳", "第二支部", ""),
    ]


def test_tab_separated_lists_are_read(tmp_path: Path):
    path = write(tmp_path / "名单.txt", "姓名\t支部\n李明\t第一支部\n")
    assert [(r.name, r.branch) for r in read_member_list(path).rows] == [("李明", "第一支部")]


@pytest.mark.parametrize(
    "text, message",
    [
        ("名字,支部\n", "只有列名"),
        ("支部,编号\n第一支部,1\n", "必须有“姓名”"),
        ("姓名,年龄\n李明,80\n", "看不懂列名“年龄”"),
        ("姓名,支部\n,第一支部\n", "第2行：没有写姓名"),
        ("姓名,编号\n李明,7\n王芳,7\n", "第3行：编号 7 和第2行重复了"),
        ("姓名,照片\n李明,没有这张.jpg\n", "第2行：找不到照片"),
        ("姓名,上榜\n李明,也许\n", "第2行：“上榜”一栏请写“是”或“否”"),
        ("", "这个文件是空的"),
    ],
)
def test_problems_in_a_list_are_told_with_the_line(tmp_path: Path, text, message):
    result = read_member_list(write(tmp_path / "名单.csv", text))
    assert any(message in problem for problem in result.problems), result.problems


def test_a_file_that_is_not_text_is_told_plainly(tmp_path: Path):
    path = tmp_path / "名单.csv"
    path.write_bytes(bytes(range(128, 256)) * 4)
    assert "读不出" in read_member_list(path).problems[0]


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "members", *args])


def test_import_registers_updates_and_copies_photos(data_dir: Path, capsys):
    assert run(data_dir, "import", str(SAMPLES / "名单.csv")) == 0
    assert "新登记 30 人" in capsys.readouterr().out
    assert run(data_dir, "import", str(SAMPLES / "名单.csv")) == 0  # twice: nobody doubled
    assert "新登记 0 人，更新 30 人" in capsys.readouterr().out
    db = open_database(data_dir / "study.db")
    members = MemberStore(db).all()
    assert len(members) == 30
    with_photo = [m for m in members if m.photo]
    assert {m.name for m in with_photo} == {"李秀兰", "刘建国"}
    image = QImage(str(data_dir / "photos" / with_photo[0].photo))
    assert not image.isNull() and max(image.width(), image.height()) <= 360
    assert not list((data_dir / "photos").glob("*.part"))


def test_a_list_with_a_problem_imports_nobody(data_dir: Path, tmp_path: Path, capsys):
    path = write(tmp_path / "名单.csv", "姓名,支部\n李明,第一支部\n,第二支部\n")
    assert run(data_dir, "import", str(path)) == 1
    err = capsys.readouterr().err
    assert "第3行：没有写姓名" in err and "一个人也没有导入" in err
    assert MemberStore(open_database(data_dir / "study.db")).all() == []


def test_add_warns_about_namesakes_it_cannot_tell_apart(data_dir: Path, capsys):
    assert run(data_dir, "add", "--name", "王秀英", "--branch", "第一支部") == 0
    assert run(data_dir, "add", "--name", "王秀英", "--branch", "第一支部") == 0
    assert "选名字时分不清" in capsys.readouterr().out
    assert run(data_dir, "add", "--name", "李明", "--number", "9", "--photo", str(SAMPLES / "刘建国.png")) == 0
    assert run(data_dir, "add", "--name", "李华", "--number", "9") == 2
    assert "已经有人用了" in capsys.readouterr().err
    assert run(data_dir, "add", "--name", "李华", "--photo", str(data_dir / "nothing.jpg")) == 2
    assert run(data_dir, "list") == 0
    out = capsys.readouterr().out
    assert "李明\t-\t9\t有照片" in out and out.count("王秀英\t第一支部") == 2


def test_a_photo_that_is_not_a_picture_is_refused_plainly(data_dir: Path, tmp_path: Path, capsys):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"not a picture")
    assert run(data_dir, "add", "--name", "李明", "--photo", str(bad)) == 0
    err = capsys.readouterr().err
    assert "照片文件打不开" in err and "没有照片" in err
    assert MemberStore(open_database(data_dir / "study.db")).all()[0].photo == ""
