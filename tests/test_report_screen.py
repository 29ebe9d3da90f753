"""学习报表 on the real widgets and a real database: the preview is the report of issue 4 (not
studied first), month and branch chosen on the screen, saved onto a USB stick faked with
STUDY_STATION_DRIVES (plugged in while the stick chooser is open, taken out before writing, in
the way), printed through a real QPrinter writing a PDF, no printer (this sandbox has none, for
real), and the elder rules at every text size and window size."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from desktop_app.drives import DRIVES_VARIABLE
from desktop_app.gui.report_screen import DRIVES, PRINT, REPORT, SAVE, ReportScreen
from desktop_app.gui.theme import PALETTES, Metrics, stylesheet
from desktop_app.reports import report_csv
from desktop_app.reports.report_export import FOLDER_NAME, StickGone, file_stem, safe_name, save_report
from desktop_app.reports.report_pdf import check_pdf, write_pdf
from desktop_app.reports.secretary import build_report, names, shift_month
from desktop_app.settings import TEXT_SIZES

from .test_elder_rules import check_screen, settle
from .test_full_disk import limited
from .test_reader_gui import click
from .test_report import at, finish, study

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def plain_style(app):
    yield
    app.setStyleSheet("")


def seed(context) -> dict[str, int]:
    """Six members in two branches (two 王秀英); three studied in November 2026, one in October."""
    members = context.members
    ids = {
        "li": members.add("李明", branch="一支部", number="1001"),
        "wang1": members.add("王秀英", branch="一支部", number="1002"),
        "wang2": members.add("王秀英", branch="二支部", number="2002"),
        "zhang": members.add("张三", branch="二支部"),
        "zhao": members.add("赵桂兰", branch="二支部", number="2005"),
        "chen": members.add("陈淑珍", branch="一支部", number="1006"),
    }
    study(context.db, ids["li"], at(2026, 11, 3), 1800)
    study(context.db, ids["li"], at(2026, 11, 12), 1800)
    finish(context.db, ids["li"], "lilun-01", at(2026, 11, 12))
    study(context.db, ids["wang2"], at(2026, 11, 15), 600)
    study(context.db, ids["zhao"], at(2026, 11, 18), 1200)
    study(context.db, ids["wang1"], at(2026, 10, 8), 900)  # October only
    return ids


@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A USB stick plugged in: a folder named as a drive."""
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    monkeypatch.setenv(DRIVES_VARIABLE, str(folder))
    return folder


def show(qtbot, context, size=(1366, 768), step=None, **kwargs) -> ReportScreen:
    if step is not None:
        context.settings = replace(context.settings, text_step=step)
    metrics = Metrics.for_settings(context.settings)
    QApplication.instance().setStyleSheet(stylesheet(PALETTES[context.settings.theme], metrics))
    screen = ReportScreen(context, today=lambda: TODAY, **kwargs)
    qtbot.addWidget(screen)
    screen.apply_metrics(metrics)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    return screen


def report_of(context, month="2026-11", branch=None):
    return build_report(context.db, context.library, month, branch, today=TODAY)


def shown_rows(screen: ReportScreen) -> list[tuple[str, str]]:
    """(name, details) of every member line, over all the pages, each seen on its page."""
    seen = []
    for page in range(screen.pager.count):
        screen.pager.go_to(page)
        seen += [(line.name.text(), line.details.text()) for line in screen.lines if line.isVisible()]
    screen.pager.go_to(0)
    return seen


def turn_to(screen: ReportScreen, widget) -> None:
    """Turn to the page that shows widget."""
    for page in range(screen.pager.count):
        screen.pager.go_to(page)
        if widget.isVisible():
            return
    raise AssertionError(f"{widget.text()} is on no page")


def save_tile(screen: ReportScreen):
    [tile] = screen.drives.grid.visible_tiles()
    return tile


def test_the_preview_is_the_report_with_who_has_not_studied_first(qtbot, context):
    seed(context)
    screen = show(qtbot, context)
    report = report_of(context)
    assert screen.title_text() == "学习报表" and screen.month_label.text() == "2026年11月"
    assert screen.summary.text() == "2026年11月：6 人中 3 人学习了，3 人还没有学习"
    by_id = dict(zip((row.member_id for row in report.rows), names(report.rows), strict=True))
    expected = [by_id[row.member_id] for row in report.not_studied] + [
        by_id[row.member_id] for row in report.rows if row.studied_this_month
    ]
    rows = shown_rows(screen)
    assert [name for name, _ in rows] == expected
    assert expected[:3] == ["陈淑珍", "王秀英（一支部）", "张三"]  # pinyin order within each group
    details = dict(rows)
    assert details["李明"] == "本月学了 1.0 小时 · 学完 1 篇 · 最近一次 11月12日"
    assert details["王秀英（一支部）"] == "本月没学 · 学完 0 篇 · 最近一次 10月8日"
    assert details["张三"] == "本月没学 · 学完 0 篇 · 还没有学过"
    headings = [heading.text() for heading in screen.headings]
    assert headings == ["本月还没有学习的（3 人）", "本月学习了的（3 人）"]
    items = screen.paged.widgets
    assert items.index(screen.summary) < items.index(screen.headings[0]) < items.index(screen.lines[0])


def test_months_go_back_and_forward_never_past_this_month(qtbot, context):
    ids = seed(context)
    study(context.db, ids["zhang"], at(2026, 9, 2), 600)  # the first study in the records
    screen = show(qtbot, context)
    assert not screen.next_button.isEnabled()  # this month is the last one
    click(qtbot, screen.previous_button)
    assert screen.month == "2026-10" and screen.month_label.text() == "2026年10月"
    assert screen.summary.text() == "2026年10月：6 人中 1 人学习了，5 人还没有学习"
    assert [name for name, _ in shown_rows(screen)][-1] == "王秀英（一支部）"  # the one who studied
    click(qtbot, screen.previous_button)
    assert screen.month == "2026-09" and not screen.previous_button.isEnabled()  # nothing before
    click(qtbot, screen.next_button)
    click(qtbot, screen.next_button)
    assert screen.month == "2026-11" and not screen.next_button.isEnabled()
    screen.show_month(shift_month(screen.month, 3))
    assert screen.month == "2026-11"
    screen.show_month("2026-10")
    screen.refresh()  # coming in again: this month, every branch
    assert screen.month == "2026-11"


def test_choose_a_branch(qtbot, context):
    seed(context)
    screen = show(qtbot, context)
    buttons = screen.branch_buttons
    assert [button.text() for button in buttons.values()] == ["✔ 全部支部", "一支部", "二支部"]
    assert buttons[None].isVisible()
    click(qtbot, buttons["二支部"])
    assert screen.branch == "二支部" and buttons["二支部"].text() == "✔ 二支部"
    assert screen.branch_buttons["二支部"].accessibleName() == "二支部，已选中"
    report = report_of(context, branch="二支部")
    assert [name for name, _ in shown_rows(screen)] == ["张三", "王秀英", "赵桂兰"]
    assert len(report.rows) == 3 and report.rows[0].second_line == ""  # one 王秀英 in this branch
    assert screen.summary.text() == "2026年11月，二支部：3 人中 2 人学习了，1 人还没有学习"
    click(qtbot, screen.previous_button)  # the branch stays chosen for another month
    assert screen.branch == "二支部" and "2026年10月，二支部：3 人中 0 人学习了" in screen.summary.text()
    click(qtbot, screen.branch_buttons[None])
    assert screen.branch is None and len(shown_rows(screen)) == 6


def test_one_branch_only_offers_no_branch_choice(qtbot, context):
    context.members.add("李明", branch="一支部")
    context.members.add("张三", branch="一支部")
    screen = show(qtbot, context)
    assert screen.branch_choice is None and screen.branch_buttons == {}
    assert screen.summary.text() == "2026年11月：2 人中 0 人学习了，2 人还没有学习"


def test_save_on_a_stick_plugged_in_while_the_chooser_is_open(qtbot, context, tmp_path, monkeypatch):
    seed(context)
    later = tmp_path / "SANDISK"
    monkeypatch.setenv(DRIVES_VARIABLE, str(later))  # not plugged in yet
    screen = show(qtbot, context)
    click(qtbot, screen.save_button)
    assert screen.part == DRIVES and screen.drives.grid.visible_tiles() == []
    assert screen.drives.title.text() == "把报表存到U盘"
    later.mkdir()
    qtbot.waitUntil(lambda: len(screen.drives.grid.visible_tiles()) == 1, timeout=5000)  # looked at every 2 s
    with qtbot.waitSignal(screen.jobFinished, timeout=30_000) as finished:
        save_tile(screen).click()
        assert screen.part == REPORT and screen.message.text() == "正在保存，请不要拔U盘……"
        assert screen.message.isVisible() and not screen.save_button.isEnabled()
    assert finished.args == [SAVE, True]
    folder = later / FOLDER_NAME
    assert sorted(path.name for path in folder.iterdir()) == ["学习情况-2026年11月.csv", "学习情况-2026年11月.pdf"]
    assert screen.message.text() == (
        "已经存到U盘 SANDISK 上的“学习站报表”文件夹里：学习情况-2026年11月.csv 和 学习情况-2026年11月.pdf。"
        "现在可以拔下U盘了。"
    )
    assert screen.message.isVisible() and screen.save_button.isEnabled()
    assert not screen.watcher.timer.isActive()  # the sticks are looked at only while the chooser is open
    with open(folder / "学习情况-2026年11月.csv", encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file))
    report = report_of(context)
    assert table[0] == report_csv.header(report) and len(table) == 7
    li = next(row for row in table if row[0] == "李明")
    assert li == ["李明", "", "一支部", "1001", "1.0", "1.0", "1", "2026-11-12", "", "0", "是"]
    check_pdf(folder / "学习情况-2026年11月.pdf")
    document = QPdfDocument(None)
    document.load(str(folder / "学习情况-2026年11月.pdf"))
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    assert "本月还没有学习的党员（3人）" in text and "赵桂兰" in text


def test_the_branch_goes_into_the_file_names(qtbot, context, stick):
    seed(context)
    screen = show(qtbot, context)
    click(qtbot, screen.branch_buttons["二支部"])
    click(qtbot, screen.save_button)
    with qtbot.waitSignal(screen.jobFinished, timeout=30_000):
        save_tile(screen).click()
    folder = stick / FOLDER_NAME
    assert sorted(path.name for path in folder.iterdir()) == [
        "学习情况-2026年11月-二支部.csv",
        "学习情况-2026年11月-二支部.pdf",
    ]
    with open(folder / "学习情况-2026年11月-二支部.csv", encoding="utf-8-sig", newline="") as file:
        assert [row[0] for row in csv.reader(file)] == ["姓名", "王秀英", "张三", "赵桂兰"]


def test_a_stick_taken_out_before_writing_says_so_and_leaves_nothing(qtbot, context, stick):
    seed(context)
    screen = show(qtbot, context)
    click(qtbot, screen.save_button)
    tile = save_tile(screen)
    shutil.rmtree(stick)  # pulled out after its tile was shown
    with qtbot.waitSignal(screen.jobFinished, timeout=5000) as finished:
        tile.click()
    assert finished.args == [SAVE, False]
    assert screen.part == REPORT
    assert screen.message.text() == "找不到这个U盘了，可能已经拔下来了，报表没有存上。请把U盘插好，再按一次“存到U盘”。"
    assert screen.message.isVisible() and not stick.exists()  # not even the folder is made


def test_a_stick_that_cannot_be_written_says_what_to_do(qtbot, context, stick, caplog):
    seed(context)
    (stick / FOLDER_NAME).write_text("a file where the folder goes")  # as a stick locked against writing
    screen = show(qtbot, context)
    click(qtbot, screen.save_button)
    with qtbot.waitSignal(screen.jobFinished, timeout=30_000) as finished:
        save_tile(screen).click()
    assert finished.args == [SAVE, False]
    assert screen.message.text().startswith("报表没能存到U盘上：U盘可能满了，或者不让写入。")
    assert "Traceback" not in screen.message.text() and "Errno" not in screen.message.text()
    assert any("Saving the report" in record.getMessage() and record.exc_info for record in caplog.records)
    assert [path.name for path in stick.iterdir()] == [FOLDER_NAME]


def test_a_full_stick_keeps_no_half_file(context, tmp_path):
    """A stick made full for real (a file-size limit, as in test_full_disk): the CSV fits, the PDF
    does not; no PDF and no temporary file are left."""
    full = tmp_path / "FULL"
    full.mkdir()
    done = limited(
        "from pathlib import Path\n"
        "from desktop_app.reports.report_export import save_report\n"
        "from desktop_app.storage.files import WriteFailed\n"
        f"try:\n    save_report(report, Path({str(full)!r}))\n"
        "except WriteFailed as error:\n    print('refused:', error)",
        limit=16 * 1024,
        before=(
            "from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication([])\n"
            "from desktop_app.storage import open_database\n"
            "from desktop_app.storage.members import MemberStore\n"
            "from desktop_app.reports.secretary import build_report\n"
            "db = open_database(None)\n"
            "for n in range(40):\n    MemberStore(db).add(f'党员{n}', branch=f'第{n % 3}支部')\n"
            "report = build_report(db, month='2026-11')\n"
        ),
    )
    assert done.returncode == 0, done.stderr
    assert "refused: 没能把“学习情况-2026年11月.pdf”存好" in done.stdout
    left = sorted(path.name for path in (full / FOLDER_NAME).iterdir())
    assert left == ["学习情况-2026年11月.csv"]  # whole; no .part file, no cut-off PDF


def test_save_report_on_a_stick_that_is_gone_makes_nothing(tmp_path, context):
    gone = tmp_path / "GONE"
    with pytest.raises(StickGone):
        save_report(report_of(context), gone)
    assert not gone.exists()


def test_file_names_are_safe_on_any_stick(context):
    assert safe_name('第一/二支部: "离退休"*  ') == "第一_二支部_ _离退休_"
    assert safe_name("...") == "" and len(safe_name("支" * 100)) == 40
    report = report_of(context)
    assert file_stem(report) == "学习情况-2026年11月"
    assert file_stem(replace(report, branch="a\\b?")) == "学习情况-2026年11月-a_b_"


def pdf_printer(path: Path):
    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return make


def test_print_through_the_printer_given(qtbot, context, tmp_path):
    seed(context)
    out = tmp_path / "printed.pdf"
    screen = show(qtbot, context, printer=pdf_printer(out))
    with qtbot.waitSignal(screen.jobFinished, timeout=30_000) as finished:
        click(qtbot, screen.print_button)
        assert screen.message.text() == "正在打印……" and not screen.print_button.isEnabled()
    assert finished.args == [PRINT, True]
    pages = write_pdf(report_of(context), tmp_path / "saved.pdf")  # the same pages as the PDF file
    check_pdf(out, pages=pages)
    assert screen.message.text() == f"已经送到打印机了，共 {pages} 页。请过一会儿到打印机那里取。"
    document = QPdfDocument(None)
    document.load(str(out))
    text = "".join(document.getAllText(page).text() for page in range(pages))
    size = document.pagePointSize(0)
    document.close()
    # the names as drawn (a PDF printer's text of 月 may read as the radical ⽉: on paper they are the same)
    assert "党员学习情况" in text and all(name in text for name in ("陈淑珍", "张三", "赵桂兰", "李明"))
    assert sorted((round(size.width()), round(size.height()))) == [595, 842]  # A4


def test_without_a_printer_print_says_so_and_offers_the_stick(qtbot, context):
    assert QPrinterInfo.defaultPrinter().isNull() and not QPrinterInfo.availablePrinters()  # for real here
    seed(context)
    screen = show(qtbot, context)
    with qtbot.waitSignal(screen.jobFinished, timeout=5000) as finished:
        click(qtbot, screen.print_button)
    assert finished.args == [PRINT, False]
    assert screen.message.text() == "这台电脑没有连上打印机。可以先把报表存到U盘，再拿到能打印的电脑上打印。"
    assert screen.message.isVisible() and screen.save_button.hasFocus()


def test_back_and_escape(qtbot, context, stick):
    screen = show(qtbot, context)
    click(qtbot, screen.save_button)
    assert screen.part == DRIVES and screen.watcher.timer.isActive()
    screen.escape()  # the chooser closes first
    assert screen.part == REPORT and not screen.watcher.timer.isActive()
    click(qtbot, screen.save_button)
    click(qtbot, screen.drives.back_button)
    assert screen.part == REPORT
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        screen.escape()
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        click(qtbot, screen.back_button)


def forty_members(context) -> None:
    """40 members in three branches, one with a long name, 30 of them studied this month."""
    surnames, given = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", ["秀英", "建国", "桂兰", "淑珍", "德明"]
    for index in range(40):
        name = "阿卜杜热合曼·买买提江" if index == 7 else surnames[index % 20] + given[index % 5]
        member = context.members.add(name, branch=["第一支部", "第二支部", "离退休党员支部"][index % 3])
        if index % 4:
            study(context.db, member, at(2026, 11, 1 + index % 19), 600 + 60 * index)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("step", range(len(TEXT_SIZES)), ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_every_part_follows_the_elder_rules(qtbot, context, stick, step, size):
    forty_members(context)
    (stick / FOLDER_NAME).write_text("in the way")  # for the longest message
    screen = show(qtbot, context, size, step)
    problems = []

    def check(name: str) -> None:
        settle()
        problems.extend(check_screen(screen, name, screen))
        if (screen.width(), screen.height()) != size:
            problems.append(f"{name}: the screen grew to {screen.width()}x{screen.height()}")
            screen.resize(*size)

    for page in range(screen.pager.count):  # every page: nothing cut off
        screen.pager.go_to(page)
        check(f"report page {page + 1}")
    assert len(screen.lines) == 40 and screen.pager.count >= 1
    click(qtbot, screen.print_button)  # no printer here
    check("report (no printer)")
    click(qtbot, screen.save_button)
    check("report drives")
    with qtbot.waitSignal(screen.jobFinished, timeout=30_000):
        save_tile(screen).click()
    check("report (stick refused)")
    if not screen.message.isVisible() or not screen.save_button.hasFocus():
        problems.append("the message after saving is not on the page shown, or the focus left 存到U盘")
    button = screen.branch_buttons["离退休党员支部"]
    turn_to(screen, button)
    click(qtbot, button)
    for page in range(screen.pager.count):
        screen.pager.go_to(page)
        check(f"report branch page {page + 1}")
    assert problems == [], "\n".join(problems)


def test_the_pages_are_cut_the_same_after_another_month_or_branch(qtbot, context):
    """The rows made for another month are measured in the screen's own fonts, as the first ones."""
    forty_members(context)
    screen = show(qtbot, context, (1024, 768), len(TEXT_SIZES) - 1)
    first = (screen.pager.count, list(screen.paged.pages))
    assert first[0] > 1
    screen.show_month("2026-10")
    screen.show_month("2026-11")
    assert (screen.pager.count, screen.paged.pages) == first
    assert all(not line.beside for line in screen.lines)  # the figures under the name at 72 pt
