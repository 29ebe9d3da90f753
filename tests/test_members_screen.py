"""The secretary's Members screen driven through the real widgets on a real database: add, change,
take off the list (asked twice, records kept) and bring back, photos and lists from a USB stick
faked with STUDY_STATION_DRIVES, and the elder rules at the smallest and largest text sizes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.drives import DRIVES_VARIABLE, DriveWatcher, find_files, removable_drives
from desktop_app.gui.file_panel import LISTS, PHOTOS
from desktop_app.gui.members_screen import FILES, FORM, LIST, PREVIEW, MembersScreen
from desktop_app.gui.picker_screen import PickerScreen
from desktop_app.gui.theme import PALETTES, Metrics, stylesheet
from desktop_app.reports.secretary import build_report
from desktop_app.settings import TEXT_SIZES

from .test_elder_rules import check_screen, settle
from .test_reader_gui import click, type_text

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "sample-members"
SMALLEST, LARGEST = 0, len(TEXT_SIZES) - 1


@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A USB stick: a folder named as a drive, with two photos in a subfolder and a list."""
    folder = tmp_path / "KINGSTON"
    (folder / "照片").mkdir(parents=True)
    shutil.copy(SAMPLES / "李秀兰.png", folder / "照片" / "李秀兰.png")
    shutil.copy(SAMPLES / "刘建国.png", folder / "照片" / "刘建国.png")
    (folder / "notes.txt").write_text("not a photo", encoding="utf-8")
    monkeypatch.setenv(DRIVES_VARIABLE, str(folder))
    return folder


def show(qtbot, context, size=(1366, 768), step=None) -> MembersScreen:
    if step is not None:
        context.settings = replace(context.settings, text_step=step)
    metrics = Metrics.for_settings(context.settings)
    QApplication.instance().setStyleSheet(stylesheet(PALETTES[context.settings.theme], metrics))
    screen = MembersScreen(context)
    qtbot.addWidget(screen)
    screen.apply_metrics(metrics)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    return screen


@pytest.fixture(autouse=True)
def no_style_left_behind(app):
    yield
    app.setStyleSheet("")


def row_of(screen: MembersScreen, name: str):
    return next(row for row in screen.rows.visible_tiles() if row.member and row.member.name == name)


def file_tile(screen: MembersScreen, name: str):
    """The tile of a file, on whichever page it is."""
    index = next(i for i, (path, _) in enumerate(screen.files.files) if path.name == name)
    screen.files.grid.show_page(screen.files.grid.page_of(index))
    return next(tile for tile in screen.files.grid.visible_tiles() if Path(tile.property("path")).name == name)


def names(screen: MembersScreen) -> list[str]:
    return [row.member.name for row in screen.rows.visible_tiles() if row.member]


def test_add_a_member_by_typing_and_save(qtbot, context):
    screen = show(qtbot, context)
    assert names(screen) == [] and "添加党员" in screen.message.text()
    click(qtbot, screen.add_button)
    assert screen.part == FORM and screen.form.name_box.hasFocus()
    type_text(screen.form.name_box, "李秀兰")
    type_text(screen.form.branch_box, "第一支部")
    type_text(screen.form.number_box, "2001")
    type_text(screen.form.board_box, "秀兰")
    click(qtbot, screen.form.on_board_button)  # off the leaderboard
    click(qtbot, screen.form.save_button)
    [member] = context.members.all()
    assert (member.name, member.branch, member.number, member.board_name, member.on_board) == (
        "李秀兰",
        "第一支部",
        "2001",
        "秀兰",
        False,
    )
    assert screen.part == LIST and names(screen) == ["李秀兰"]
    assert "李秀兰" in screen.message.text()


def test_an_empty_name_is_refused_and_nothing_is_saved(qtbot, context):
    screen = show(qtbot, context)
    click(qtbot, screen.add_button)
    type_text(screen.form.branch_box, "第一支部")
    click(qtbot, screen.form.save_button)
    assert screen.part == FORM and screen.form.message.isVisible()
    assert "姓名" in screen.form.message.text() and "没有保存" in screen.form.message.text()
    assert context.members.all(include_left=True) == []
    type_text(screen.form.name_box, "   ")  # spaces are no name either
    screen.form.name_box.returnPressed.emit()
    assert context.members.all(include_left=True) == []


def test_the_same_member_twice_is_refused(qtbot, context):
    context.members.add("李秀兰", "第一支部", "2001")
    context.members.add("王秀英", "第一支部")
    screen = show(qtbot, context)
    click(qtbot, screen.add_button)
    type_text(screen.form.name_box, "张桂芳")
    type_text(screen.form.number_box, "2001")  # somebody's number already
    click(qtbot, screen.form.save_button)
    assert "2001" in screen.form.message.text() and "李秀兰" in screen.form.message.text()
    screen.form.number_box.clear()
    screen.form.name_box.setText("王秀英")
    screen.form.branch_box.setText("第一支部")  # same name and branch, no number
    click(qtbot, screen.form.save_button)
    assert "王秀英" in screen.form.message.text() and "没有保存" in screen.form.message.text()
    assert len(context.members.all()) == 2


def test_change_a_member(qtbot, context):
    member_id = context.members.add("李秀兰", "第一支部", "2001")
    screen = show(qtbot, context)
    click(qtbot, row_of(screen, "李秀兰"))
    assert screen.part == FORM and screen.form.name_box.text() == "李秀兰"
    assert screen.form.number_box.text() == "2001"
    screen.form.branch_box.clear()
    type_text(screen.form.branch_box, "第二支部")
    click(qtbot, screen.form.save_button)  # its own number is no clash
    assert context.members.get(member_id).branch == "第二支部"
    click(qtbot, row_of(screen, "李秀兰"))
    screen.form.branch_box.setText("第三支部")
    click(qtbot, screen.form.cancel_button)  # 取消 saves nothing
    assert context.members.get(member_id).branch == "第二支部"


def test_take_off_the_list_asks_twice_keeps_records_and_brings_back(qtbot, context):
    member_id = context.members.add("李秀兰", "第一支部", "2001")
    context.members.add("王秀英", "第一支部", "2002")
    context.progress.record_position(member_id, "some-lesson", 10, 1, finished=False)
    context.db.execute(
        "INSERT INTO sessions (member_id, started_at, ended_at, active_seconds) VALUES (?, ?, ?, ?)",
        [member_id, "2026-01-05T08:00:00+00:00", "2026-01-05T09:00:00+00:00", 3600],
    )
    screen = show(qtbot, context)
    click(qtbot, row_of(screen, "李秀兰"))
    click(qtbot, screen.form.remove_button)
    confirmation = screen.confirmation
    assert confirmation.isVisible() and "学习记录会保留" in confirmation.question.text()
    assert context.members.get(member_id).left_at == ""  # one touch changes nothing
    click(qtbot, confirmation.no_button)
    assert not confirmation.isVisible() and screen.part == FORM
    assert [m.name for m in context.members.all()] == ["李秀兰", "王秀英"]
    click(qtbot, screen.form.remove_button)
    click(qtbot, confirmation.yes_button)
    assert screen.part == LIST and names(screen) == ["王秀英"]
    assert context.members.get(member_id).left_at  # marked, never deleted
    assert context.db.execute("SELECT count(*) FROM progress WHERE member_id = ?", [member_id]).fetchone()[0] == 1
    assert context.db.execute("SELECT count(*) FROM sessions WHERE member_id = ?", [member_id]).fetchone()[0] == 1
    picker = PickerScreen(context)
    qtbot.addWidget(picker)
    assert [m.name for m in picker.members] == ["王秀英"]
    # a month they studied in still has them in the secretary's report; the months after do not
    january = build_report(context.db, month="2026-01", today=date(2026, 1, 31))
    assert [row.name for row in january.rows] == ["李秀兰", "王秀英"]
    later = build_report(context.db, month="2099-01", today=date(2099, 1, 31))
    assert [row.name for row in later.rows] == ["王秀英"]

    assert "1" in screen.left_button.text()
    click(qtbot, screen.left_button)
    assert screen.showing_left and names(screen) == ["李秀兰"]
    click(qtbot, row_of(screen, "李秀兰"))
    assert not screen.form.remove_button.isVisible()
    click(qtbot, screen.form.bring_back_button)
    assert not screen.showing_left and sorted(names(screen)) == ["李秀兰", "王秀英"]
    assert context.members.get(member_id).left_at == ""
    picker.refresh()
    assert [m.name for m in picker.members] == ["李秀兰", "王秀英"]


def test_escape_goes_back_one_level(qtbot, context):
    context.members.add("李秀兰", "第一支部", "2001")
    screen = show(qtbot, context)
    click(qtbot, row_of(screen, "李秀兰"))
    click(qtbot, screen.form.photo_button)
    assert screen.part == FILES
    screen.escape()
    assert screen.part == FORM
    screen.escape()
    assert screen.part == LIST
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        screen.escape()


def test_a_photo_from_the_stick(qtbot, context, stick):
    member_id = context.members.add("李秀兰", "第一支部", "2001")
    screen = show(qtbot, context)
    click(qtbot, row_of(screen, "李秀兰"))
    click(qtbot, screen.form.photo_button)
    assert screen.part == FILES and screen.files.kind == PHOTOS
    tiles = screen.files.grid.visible_tiles()
    assert sorted(tile.property("path") for tile in tiles) == sorted(
        str(stick / "照片" / name) for name in ("刘建国.png", "李秀兰.png")
    )
    assert all("KINGSTON" in tile.accessibleName() for tile in tiles)
    click(qtbot, tiles[0])
    assert screen.part == FORM and screen.form.photo_button.text() == "换照片"
    assert context.members.get(member_id).photo == ""  # stored when saved
    click(qtbot, screen.form.save_button)
    stored = context.members.get(member_id).photo
    assert stored and (context.data_dir / "photos" / stored).is_file()
    assert not row_of(screen, "李秀兰").icon().isNull()


def test_a_stick_plugged_in_while_the_screen_is_open(qtbot, context, tmp_path, monkeypatch):
    later = tmp_path / "SANDISK"
    monkeypatch.setenv(DRIVES_VARIABLE, str(later))  # not plugged in yet
    assert all(drive.path != later for drive in removable_drives())
    screen = show(qtbot, context)
    click(qtbot, screen.add_button)
    click(qtbot, screen.form.photo_button)
    assert screen.files.grid.visible_tiles() == [] and "没有找到照片" in screen.files.message.text()
    later.mkdir()
    shutil.copy(SAMPLES / "刘建国.png", later / "刘建国.png")
    with qtbot.waitSignal(screen.watcher.changed, timeout=5000):
        pass  # the watcher looks every 2 s
    qtbot.waitUntil(lambda: len(screen.files.grid.visible_tiles()) == 1, timeout=2000)
    assert "SANDISK" in screen.files.grid.visible_tiles()[0].accessibleName()
    screen.escape()
    assert not screen.watcher.timer.isActive()  # looks only while the files are shown


def test_drive_watcher_and_file_finding_without_a_window(qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "STICK"
    monkeypatch.setenv(DRIVES_VARIABLE, str(stick))
    watcher = DriveWatcher(interval_ms=50)
    assert not watcher.check()
    (stick / ".hidden").mkdir(parents=True)
    (stick / "a.JPG").write_bytes(b"x")
    (stick / ".hidden" / "b.jpg").write_bytes(b"x")
    (stick / "one" / "two" / "three").mkdir(parents=True)
    (stick / "one" / "two" / "c.png").write_bytes(b"x")
    (stick / "one" / "two" / "three" / "d.png").write_bytes(b"x")  # deeper than looked
    with qtbot.waitSignal(watcher.changed, timeout=2000) as signal:
        watcher.start()
    assert [drive.name for drive in signal.args[0]] == ["STICK"]
    watcher.stop()
    assert find_files([stick], (".jpg", ".png")) == [stick / "a.JPG", stick / "one" / "two" / "c.png"]


LIST_CSV = "姓名,支部,编号\n王建华,第一支部,3001\n,第二支部,3002\n赵丽,第二支部,3003\n"
GOOD_CSV = "姓名,支部,编号\n王建华,第一支部,3001\n赵丽,第二支部,3003\n李秀兰,第一支部,2001\n"


def test_a_list_is_shown_before_it_is_imported(qtbot, context, stick):
    context.members.add("李秀兰", "第一支部", "2001")
    (stick / "名单.csv").write_text(LIST_CSV, encoding="utf-8")
    (stick / "改好的名单.csv").write_text(GOOD_CSV, encoding="utf-8")
    screen = show(qtbot, context)
    click(qtbot, screen.import_button)
    assert screen.part == FILES and screen.files.kind == LISTS
    tiles = {Path(tile.property("path")).name: tile for tile in screen.files.grid.visible_tiles()}
    assert set(tiles) == {"名单.csv", "改好的名单.csv"}
    click(qtbot, tiles["名单.csv"])
    assert screen.part == PREVIEW
    shown = [widget.text() for widget in screen.preview.pages.widgets]
    assert shown == ["第3行：没有写姓名"] and screen.preview.pages.widgets[0].isVisible()
    assert not screen.preview.import_button.isVisible()  # a list with a problem imports nobody
    assert [m.name for m in context.members.all()] == ["李秀兰"]
    click(qtbot, screen.preview.no_button)
    assert screen.part == LIST and [m.name for m in context.members.all()] == ["李秀兰"]

    click(qtbot, screen.import_button)
    tiles = {Path(tile.property("path")).name: tile for tile in screen.files.grid.visible_tiles()}
    click(qtbot, tiles["改好的名单.csv"])
    assert screen.preview.import_button.text() == "导入 3 人"
    assert [widget.text() for widget in screen.preview.pages.widgets] == [
        "第2行：王建华　第一支部　3001（新登记）",
        "第3行：赵丽　第二支部　3003（新登记）",
        "第4行：李秀兰　第一支部　2001（更新）",
    ]
    assert len(context.members.all()) == 1  # nothing before 导入
    click(qtbot, screen.preview.import_button)
    assert screen.part == LIST and sorted(names(screen)) == sorted(["王建华", "赵丽", "李秀兰"])
    assert "新登记 2 人" in screen.message.text() and "更新 1 人" in screen.message.text()


def members_for_the_rules(context) -> None:
    from desktop_app.storage.photos import store_photo

    for index, name in enumerate(["李秀兰", "王秀英", "张桂芳", "刘建国", "阿卜杜热合曼·买买提江", "陈淑珍"]):
        member_id = context.members.add(name, "第一支部" if index % 2 else "第二支部", f"20{index:02d}")
        if index < 2:
            context.members.update(member_id, photo=store_photo(SAMPLES / "李秀兰.png", context.data_dir, member_id))
    left = context.members.add("孙桂英", "第一支部")
    context.members.mark_left(left)


@pytest.mark.parametrize("step", [SMALLEST, LARGEST], ids=lambda s: f"{TEXT_SIZES[s]}pt")
@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_every_part_follows_the_elder_rules(qtbot, context, stick, step, theme):
    (stick / "名单.csv").write_text(LIST_CSV, encoding="utf-8")
    (stick / "改好的名单.csv").write_text(GOOD_CSV, encoding="utf-8")
    members_for_the_rules(context)
    context.settings = replace(context.settings, theme=theme)
    screen = show(qtbot, context, (1024, 768), step)
    problems = []

    def check(name: str) -> None:
        settle()
        problems.extend(check_screen(screen, name, screen))
        if (screen.width(), screen.height()) != (1024, 768):
            problems.append(f"{name}: the screen grew to {screen.width()}x{screen.height()}")
            screen.resize(1024, 768)

    check("members list")
    screen.pad.open_pad()
    check("members pad")
    screen.pad.keys["l"].click()
    screen.pad.close_pad()
    check("members search")
    screen.search_box.clear()
    click(qtbot, row_of(screen, "阿卜杜热合曼·买买提江"))
    check("members form")
    screen.form.name_box.clear()
    screen.form.save()
    check("members form (no name)")
    screen.form.remove_button.click()
    check("members confirmation")
    screen.confirmation.refuse()
    screen.form.photo_button.click()
    check("members photos")
    screen.escape()
    screen.escape()
    screen.import_button.click()
    check("members lists")
    file_tile(screen, "名单.csv").click()
    check("members preview (problems)")
    screen.escape()
    screen.import_button.click()
    file_tile(screen, "改好的名单.csv").click()
    check("members preview")
    screen.escape()
    screen.left_button.click()
    check("members who left")
    click(qtbot, screen.rows.visible_tiles()[0])
    check("members form (left)")
    assert problems == [], "\n".join(problems)


def test_typing_on_the_list_searches(qtbot, context):
    for name, number in (("李秀兰", "2001"), ("王秀英", "2002"), ("刘建国", "2003")):
        context.members.add(name, "第一支部", number)
    screen = show(qtbot, context)
    screen.setFocus()
    qtbot.keyClicks(screen, "l")
    assert screen.pad.isVisible() and screen.search_box.text() == "l"
    qtbot.keyClicks(screen.search_box, "x")
    screen.pad.close_pad()
    assert names(screen) == ["李秀兰"] and screen.clear_button.isVisible()
    click(qtbot, screen.clear_button)
    assert len(names(screen)) == 3
