"""The secretary's report (desktop-app report): figures from real records, CSV, PDF, the command."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
import zlib
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.lessons import load_library
from desktop_app.reports.report_csv import write_csv
from desktop_app.reports.secretary import MONTH_HINT, Report, branches, parse_month
from desktop_app.reports.secretary import build_report as build_report_in
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.members import MemberStore
from desktop_app.storage.study_time import StudyClock

from .conftest import LESSONS

LIBRARY = load_library([LESSONS])
# China's time (UTC+8, no summer time): a month begins at local midnight, 16:00 UTC the day before.
# Passed to the report explicitly, so that no test changes the process's time zone.
CHINA = timezone(timedelta(hours=8))
build_report = partial(build_report_in, zone=CHINA)
DECEMBER = date(2026, 12, 20)  # "today" of the report for 2026-12


def at(year: int, month: int, day: int, hour: int = 9, minute: int = 0, second: int = 0) -> float:
    return datetime(year, month, day, hour, minute, second, tzinfo=CHINA).timestamp()


def study(db, member_id: int, start: float, seconds: int) -> None:
    """One study session of `seconds` active seconds, starting at start (a touch every 2 minutes)."""
    clock = StudyClock(db, member_id)
    clock.touch("lilun-01", now=start)
    done = 0
    while done < seconds:
        step = min(120, seconds - done)
        done += step
        clock.touch("lilun-01", now=start + done)


def finish(db, member_id: int, lesson_id: str, when: float) -> None:
    ProgressStore(db).record_position(member_id, lesson_id, 500, 4, True)
    db.execute(
        "UPDATE progress SET finished_at = ? WHERE member_id = ? AND lesson_id = ?",
        [datetime.fromtimestamp(when, UTC).isoformat(timespec="microseconds"), member_id, lesson_id],
    )


def seed(db) -> dict[str, int]:
    members = MemberStore(db)
    ids = {
        "li": members.add("李明", branch="一支部", number="1001"),
        "wang1": members.add("王秀英", branch="一支部", number="1002"),
        "wang2": members.add("王秀英", branch="二支部", number="2002"),
        "zhang": members.add("张三", branch="二支部"),
    }
    home = ProgressStore(db).default_member_id()  # the laptop's own member: not in a kiosk's report
    study(db, home, at(2026, 12, 5), 600)

    li = ids["li"]
    study(db, li, at(2026, 12, 3), 600)
    study(db, li, at(2026, 12, 15, 14), 1200)
    study(db, li, at(2026, 11, 10), 3600)  # last month, same winter season
    study(db, li, at(2026, 10, 20), 7200)  # the season before
    study(db, li, at(2027, 1, 2), 600)  # after the month
    finish(db, li, "lilun-01", at(2026, 12, 10))
    finish(db, li, "dangshi-01", at(2027, 1, 5))  # finished after the month
    ProgressStore(db).record_position(li, "fazhi-02", 100, 1, False)  # begun, not finished
    finish(db, li, "gone-01", at(2026, 11, 1))  # a lesson no longer in the library
    store = ProgressStore(db)
    store.record_quiz_score(li, "lilun-01", 80)
    store.record_quiz_score(li, "dangshi-01", 95)
    store.record_quiz_score(li, "gone-01", 10)

    study(db, ids["wang1"], at(2026, 11, 25), 1800)  # only last month

    wang2 = ids["wang2"]
    study(db, wang2, at(2026, 11, 30, 23, 58), 120)  # begun before local midnight: November
    study(db, wang2, at(2026, 12, 1, 0, 0, 30), 240)  # just after: December
    study(db, wang2, at(2026, 12, 31, 23, 59), 60)
    study(db, wang2, at(2027, 1, 1, 0, 0, 30), 300)  # January
    return ids


@pytest.fixture
def records(tmp_path: Path):
    db = open_database(tmp_path / "records" / "study.db")
    ids = seed(db)
    yield db, ids
    db.close()


def figures(report: Report) -> list[tuple]:
    return [
        (
            row.name,
            row.second_line,
            round(row.hours_month * 3600),
            round(row.hours_season * 3600),
            row.lessons_finished,
            row.last_visit,
            row.quiz_average,
            row.studied_this_month,
        )
        for row in report.rows
    ]


# -- the figures


def test_a_month_per_member_in_pinyin_order(records):
    db, ids = records
    report = build_report(db, LIBRARY, "2026-12", today=DECEMBER)
    assert [row.member_id for row in report.rows] == [ids["li"], ids["wang1"], ids["wang2"], ids["zhang"]]
    assert figures(report) == [
        ("李明", "", 1800, 5400, 1, date(2026, 12, 15), 87.5, True),
        ("王秀英", "一支部", 0, 1800, 0, date(2026, 11, 25), None, False),
        ("王秀英", "二支部", 300, 420, 0, date(2026, 12, 31), None, True),
        ("张三", "", 0, 0, 0, None, None, False),
    ]
    assert [row.name for row in report.not_studied] == ["王秀英", "张三"]
    assert report.not_studied[0].member_id == ids["wang1"]
    assert (report.season_start, report.made_on, report.lessons_total) == (
        date(2026, 11, 1),
        DECEMBER,
        len(LIBRARY.lessons),
    )
    assert report.title == "党员学习情况　2026年12月"


def test_month_and_season_boundaries(records):
    db, ids = records
    november = {row.member_id: row for row in build_report(db, LIBRARY, "2026-11", today=DECEMBER).rows}
    li, wang2 = november[ids["li"]], november[ids["wang2"]]
    assert round(li.hours_month * 3600) == round(li.hours_season * 3600) == 3600  # October is the season before
    assert (li.lessons_finished, li.last_visit) == (0, date(2026, 11, 10))  # lilun-01 was finished in December
    assert round(wang2.hours_month * 3600) == 120 and wang2.last_visit == date(2026, 11, 30)

    october = {row.member_id: row for row in build_report(db, LIBRARY, "2026-10", today=DECEMBER).rows}
    assert round(october[ids["li"]].hours_season * 3600) == 7200  # April to October
    assert october[ids["wang2"]].last_visit is None

    march = {row.member_id: row for row in build_report(db, LIBRARY, "2027-03", today=DECEMBER).rows}
    li = march[ids["li"]]
    assert round(li.hours_month * 3600) == 0 and not li.studied_this_month
    assert round(li.hours_season * 3600) == 600 + 1200 + 3600 + 600  # November to March, across the new year
    assert li.lessons_finished == 2 and li.last_visit == date(2027, 1, 2)


def test_finished_and_quiz_count_the_library_lessons(records):
    db, ids = records
    without_library = {row.member_id: row for row in build_report(db, None, "2026-12", today=DECEMBER).rows}
    assert without_library[ids["li"]].lessons_finished == 2  # gone-01 too
    assert without_library[ids["li"]].quiz_average == pytest.approx((80 + 95 + 10) / 3)
    only_ids = build_report(db, ["lilun-01"], "2026-12", today=DECEMBER).rows[0]
    assert (only_ids.lessons_finished, only_ids.quiz_average) == (1, 80)


def test_branch_filter(records):
    db, ids = records
    assert branches(db) == ["一支部", "二支部"]
    report = build_report(db, LIBRARY, "2026-12", branch="二支部", today=DECEMBER)
    assert [row.member_id for row in report.rows] == [ids["wang2"], ids["zhang"]]
    assert report.rows[0].second_line == ""  # no other 王秀英 in this report
    assert [row.name for row in report.not_studied] == ["张三"]
    assert report.title == "党员学习情况　2026年12月　二支部"
    assert build_report(db, LIBRARY, "2026-12", branch="三支部", today=DECEMBER).rows == ()


def test_home_use_reports_the_one_member():
    db = open_database(None)
    me = ProgressStore(db).default_member_id()
    study(db, me, at(2026, 12, 2), 240)
    report = build_report(db, LIBRARY, "2026-12", today=DECEMBER)
    assert [(row.member_id, row.name, round(row.hours_month * 3600)) for row in report.rows] == [(me, "我", 240)]
    assert report.not_studied == ()
    MemberStore(db).add("李明")
    assert [row.name for row in build_report(db, LIBRARY, "2026-12", today=DECEMBER).rows] == ["李明"]


def test_default_month_is_this_month():
    db = open_database(None)
    ProgressStore(db).default_member_id()
    assert build_report(db, LIBRARY, today=DECEMBER).month == "2026-12"


@given(st.text(max_size=20))
def test_any_month_text_parses_to_a_month_or_to_none(text):
    month = parse_month(text)
    assert month is None or re.fullmatch(r"20[0-9]{2}-(0[1-9]|1[0-2])", month)


@given(st.integers(2000, 2099), st.integers(1, 12))
def test_months_written_the_usual_ways(year, month):
    expected = f"{year}-{month:02d}"
    for text in (expected, f"{year}-{month}", f" {year}/{month} ", f"{year}年{month}月", f"{year}－{month:02d}"):
        assert parse_month(text) == expected, text


def test_wrong_months():
    for text in ("2026-13", "2026-00", "11月", "2026", "26-11", "1999-12", "2026-11-01", "abc", ""):
        assert parse_month(text) is None, text


# -- CSV


def test_csv_for_wps_and_excel(records, tmp_path: Path):
    db, _ = records
    out = tmp_path / "学习情况.csv"
    out.write_text("an old report", encoding="utf-8")
    write_csv(build_report(db, LIBRARY, "2026-12", today=DECEMBER), out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with open(out, encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file))
    assert table == [
        [
            "姓名",
            "同名区分",
            "支部",
            "党员编号",
            "本月学习小时数",
            "本季学习小时数（2026-11-01起）",
            "已学完课文篇数",
            "最近一次学习",
            "测验平均分",
            "本月答题得分",
            "本月是否学习",
        ],
        ["李明", "", "一支部", "1001", "0.5", "1.5", "1", "2026-12-15", "87.5", "0", "是"],
        ["王秀英", "一支部", "一支部", "1002", "0.0", "0.5", "0", "2026-11-25", "", "0", "否"],
        ["王秀英", "二支部", "二支部", "2002", "0.1", "0.1", "0", "2026-12-31", "", "0", "是"],
        ["张三", "", "二支部", "", "0.0", "0.0", "0", "", "", "0", "否"],
    ]
    same_name = [(row[0], row[1]) for row in table[1:] if row[0] == "王秀英"]
    assert len(set(same_name)) == 2
    assert sorted(os.listdir(tmp_path)) == ["records", "学习情况.csv"]  # no temporary file left


def test_the_report_gives_the_quiz_points_of_the_month(records):
    db, _ = records
    member = db.execute("SELECT id FROM members WHERE name = '李明'").fetchone()[0]
    attempt = db.execute(
        """INSERT INTO quiz_attempts (member_id, lesson_id, mode, started_at, finished_at, score, bonus)
           VALUES (?, 'x', 'lesson', '2026-12-03T08:00:00+00:00', '2026-12-03T08:05:00+00:00', 100, 20)""",
        [member],
    ).lastrowid
    for day, points in (("2026-12-03", 10), ("2026-12-03", 10), ("2026-11-20", 10)):  # November's not counted
        db.execute(
            """INSERT INTO quiz_answers (attempt_id, member_id, lesson_id, question_key, chosen, right, seconds,
               mode, answered_at, points) VALUES (?, ?, 'x', 'k', '0', 1, 3, 'lesson', ?, ?)""",
            [attempt, member, f"{day}T08:01:00+00:00", points],
        )
    rows = {row.name: row.points_month for row in build_report(db, LIBRARY, "2026-12", today=DECEMBER).rows}
    assert rows["李明"] == 40 and rows["张三"] == 0


def test_a_failed_csv_leaves_the_old_report_whole(records, tmp_path: Path):
    db, _ = records
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "r.csv"
    out.write_text("the old report", encoding="utf-8")
    good = build_report(db, LIBRARY, "2026-12", today=DECEMBER)
    broken = Report(
        good.month,
        None,
        good.made_on,
        good.season_start,
        None,
        good.rows + (good.rows[0].__class__(**{**good.rows[0].__dict__, "hours_month": "x"}),),
    )
    with pytest.raises(ValueError):
        write_csv(broken, out)
    assert out.read_text(encoding="utf-8") == "the old report" and os.listdir(folder) == ["r.csv"]


# -- PDF


def pdf_pages(path: Path) -> list[tuple[tuple[float, float], str]]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        pages.append(((size.width(), size.height()), document.getAllText(page).text()))
    document.close()
    return pages


def is_a4(size: tuple[float, float]) -> bool:
    short, long = sorted(size)
    return abs(short - 595.3) < 2 and abs(long - 841.9) < 2


def text_sizes(path: Path) -> set[float]:
    """The font sizes (points) of all text drawn: each content stream's scale times its Tf sizes."""
    sizes = set()
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", path.read_bytes(), re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            content = stream
        scale = re.search(rb"([0-9.]+) 0 0 -?[0-9.]+ [0-9.-]+ [0-9.-]+ cm", content)
        for size in re.findall(rb"/F[0-9]+ ([0-9.]+) Tf", content):
            sizes.add(round(float(size) * (float(scale.group(1)) if scale else 1.0), 1))
    return sizes


def test_pdf_is_a_large_print_a4_report(qapp, records, tmp_path: Path):
    from desktop_app.reports.report_pdf import write_pdf

    db, _ = records
    out = tmp_path / "学习情况.pdf"
    out.write_bytes(b"an old report")
    pages = write_pdf(build_report(db, LIBRARY, "2026-12", today=DECEMBER), out)
    found = pdf_pages(out)
    assert len(found) == pages >= 1 and all(is_a4(size) for size, _ in found)
    text = "".join(page_text for _, page_text in found)
    for expected in (
        "党员学习情况",
        "2026年12月",
        "李明",
        "王秀英",
        "张三",
        "一支部",
        "二支部",
        "88分",
        "本月还没有学习的党员（2人）",
        "制表日期：2026年12月20日",
        f"第 1 页，共 {pages} 页",
    ):
        assert expected in text, expected
    assert text.index("本月还没有学习的党员") < text.rindex("张三")  # listed after the heading
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and (b"/FontFile2" in data or b"/FontFile3" in data)  # the font is embedded
    sizes = text_sizes(out)
    assert min(sizes) >= 15.9 and max(sizes) >= 20, sizes
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_pdf_over_several_pages_repeats_the_header(qapp, tmp_path: Path):
    from desktop_app.reports.report_pdf import write_pdf

    db = open_database(None)
    members = MemberStore(db)
    people = [
        s + g
        for s in "黄马王李张刘陈杨赵周吴徐孙胡朱高林何郭罗"
        for g in ("志强", "桂兰", "建国", "淑珍", "德明", "玉珍")
    ]
    for index, name in enumerate(people):
        member = members.add(name, branch="一支部" if index % 2 else "二支部（离退休）")
        if index % 3:
            study(db, member, at(2026, 12, 1 + index % 28), 600)
    report = build_report(db, LIBRARY, "2026-12", today=DECEMBER)
    out = tmp_path / "r.pdf"
    pages = write_pdf(report, out)
    found = pdf_pages(out)
    assert len(people) == 120 and len(found) == pages >= 4
    table_pages = [text for _, text in found if any(name in text.split("本月还没有学习的党员")[0] for name in people)]
    assert len(table_pages) >= 3
    for text in table_pages:
        assert "姓名" in text and "最近一次" in text and "学了吗" in text
    for number, (size, text) in enumerate(found, start=1):
        assert is_a4(size) and f"第 {number} 页，共 {pages} 页" in text
    everything = "".join(text for _, text in found)
    for name in people:  # every name in the table, copied as printed (黄 and 马 too, not radicals)
        assert everything.count(name) >= 1, name
    listed = everything.split("本月还没有学习的党员（40人）")[1]
    assert all(name in listed for name in people[::3])


def test_pdf_page_is_drawn_inside_the_margins(qapp, records, tmp_path: Path):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.reports.report_pdf import write_pdf

    db, _ = records
    out = tmp_path / "r.pdf"
    write_pdf(build_report(db, LIBRARY, "2026-12", today=DECEMBER), out)
    document = QPdfDocument(None)
    document.load(str(out))
    size = document.pagePointSize(0)
    rendered = document.render(0, QSize(round(size.width()), round(size.height())))  # transparent paper
    document.close()
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, line = image.width(), image.height(), image.bytesPerLine()
    pixels = bytes(image.constBits())
    ink = [(x, y) for y in range(height) for x in range(width) if pixels[y * line + x] < 128]
    assert len(ink) > 1000  # something is printed
    margin = 30  # points (the margins are 12 mm = 34 points)
    outside = [(x, y) for x, y in ink if not (margin <= x < width - margin and margin <= y < height - margin)]
    assert outside == []


def test_figures_need_no_qt_and_the_pdf_no_widgets():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import desktop_app.reports.secretary, desktop_app.reports.report_csv, desktop_app.cli_report\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "import desktop_app.reports.report_pdf\n"
        "assert 'PySide6.QtGui' in sys.modules and 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# -- the command


def seeded_data_dir(folder: Path) -> Path:
    db = open_database(folder / "study.db")
    seed(db)
    db.close()
    return folder


def report_command(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lessons", str(LESSONS), "report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_command_writes_a_csv(capsys, tmp_path: Path):
    data = seeded_data_dir(tmp_path / "data")
    out = tmp_path / "学习情况.csv"
    code, said, err = report_command(capsys, data, "--format", "csv", "--out", str(out), "--month", "2026-12")
    assert code == 0, err
    assert said.strip() == f"报表已存好：{out}。共 4 名党员，2026年12月还没有学习的有 2 人。"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    code, said, _ = report_command(
        capsys, data, "--format", "csv", "--out", str(out), "--month", "2026-12", "--branch", "二支部"
    )
    assert code == 0 and "共 2 名党员" in said and "有 1 人" in said
    with open(out, encoding="utf-8-sig", newline="") as file:
        assert [row[0] for row in csv.reader(file)] == ["姓名", "王秀英", "张三"]


def test_command_writes_a_pdf(qapp, capsys, tmp_path: Path):
    data = seeded_data_dir(tmp_path / "data")
    out = tmp_path / "r.pdf"
    code, said, err = report_command(capsys, data, "--format", "pdf", "--out", str(out), "--month", "2026-11")
    assert code == 0, err
    assert "2026年11月还没有学习的有 1 人" in said  # only 张三 did not study in November
    assert "2026年11月" in "".join(text for _, text in pdf_pages(out))


def test_command_month_defaults_to_this_month(capsys, tmp_path: Path):
    out = tmp_path / "r.csv"
    code, said, _ = report_command(capsys, tmp_path / "data", "--format", "csv", "--out", str(out))
    today = date.today()
    assert code == 0 and f"{today.year}年{today.month}月还没有学习的有 1 人" in said  # home use: 我
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("我,")


def test_command_wrong_month_says_how_to_write_it(capsys, tmp_path: Path):
    data, out = tmp_path / "data", tmp_path / "r.csv"
    for month in ("2026-13", "11月", "next"):
        code, said, err = report_command(capsys, data, "--format", "csv", "--out", str(out), f"--month={month}")
        assert code == 2 and said == "" and f"看不懂月份“{month}”" in err and "2026-11" in err
        assert "Traceback" not in err
    assert not out.exists() and not data.exists()  # checked before the records are opened


def test_command_unknown_branch_lists_the_branches(capsys, tmp_path: Path):
    data = seeded_data_dir(tmp_path / "data")
    out = tmp_path / "r.csv"
    code, _, err = report_command(capsys, data, "--format", "csv", "--out", str(out), "--branch", "三支部")
    assert code == 2 and "没有叫“三支部”的支部" in err and "一支部、二支部" in err
    assert not out.exists()


def test_command_output_folder_problems(capsys, tmp_path: Path):
    data = seeded_data_dir(tmp_path / "data")
    missing = tmp_path / "没有的文件夹" / "r.csv"
    code, said, err = report_command(capsys, data, "--format", "csv", "--out", str(missing))
    assert code == 1 and said == "" and "没有“" in err and "这个文件夹" in err
    assert not missing.parent.exists()

    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    code, _, err = report_command(capsys, data, "--format", "pdf", "--out", str(a_file / "r.pdf"))
    assert code == 1 and "没法存报表" in err

    code, _, err = report_command(capsys, data, "--format", "csv", "--out", str(tmp_path))
    assert code == 1 and "是一个文件夹" in err

    folder = tmp_path / "out"
    folder.mkdir()
    too_long = folder / ("学习情况" * 30 + ".csv")  # longer than a file name may be
    code, said, err = report_command(capsys, data, "--format", "csv", "--out", str(too_long))
    assert code == 1 and said == "" and "没法把报表写到" in err and "Traceback" not in err
    assert os.listdir(folder) == []  # nothing half written
    log = (data / "logs" / "desktop-app.log").read_text(encoding="utf-8")
    assert "Writing the report" in log and "Traceback" in log  # the detail is in the log


MISSING_FOLDER = Path(tempfile.gettempdir()) / "desktop-app-test-no-such-folder" / "r.csv"


@settings(max_examples=60)
@given(st.text(max_size=15))
def test_command_any_month_gets_a_plain_answer(text):
    assert not MISSING_FOLDER.parent.exists()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(
            [
                "--data-dir",
                str(MISSING_FOLDER.parent / "data"),
                "report",
                "--format",
                "csv",
                "--out",
                str(MISSING_FOLDER),
                f"--month={text}",
            ]
        )
    if parse_month(text) is None:
        assert code == 2 and MONTH_HINT in err.getvalue()
    else:  # a month: then the missing folder is what is wrong
        assert code == 1 and "没有“" in err.getvalue()
