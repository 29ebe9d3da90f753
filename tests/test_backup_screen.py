"""The secretary's 备份学习记录 screen driven through the real widgets on real records: save on a
USB stick (a folder counted as one with STUDY_STATION_DRIVES) plugged in while the stick chooser
is open, restore from it after the records changed (asked first, on the screen, in plain words),
not restore, a bad file refused in plain words, and the elder rules on every part at every text
size and window size."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.drives import DRIVES_VARIABLE, DriveWatcher
from desktop_app.gui.backup_screen import CONFIRM, DRIVES, FILES, HOME, BackupScreen
from desktop_app.gui.theme import PALETTES, Metrics, stylesheet
from desktop_app.settings import TEXT_SIZES
from desktop_app.storage.records_copy import STICK_FOLDER_NAME, last_copy

from .test_elder_rules import MATRIX, check_screen, settle
from .test_reader_gui import click

LARGEST = len(TEXT_SIZES) - 1


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A USB stick that is not plugged in yet: the folder is made when the test plugs it in."""
    folder = tmp_path / "KINGSTON"
    monkeypatch.setenv(DRIVES_VARIABLE, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_style_left_behind(app):
    yield
    app.setStyleSheet("")


def show(qtbot, context, size=(1366, 768), step=None, theme=None) -> BackupScreen:
    if step is not None:
        context.settings = replace(context.settings, text_step=step)
    if theme is not None:
        context.settings = replace(context.settings, theme=theme)
    metrics = Metrics.for_settings(context.settings)
    QApplication.instance().setStyleSheet(stylesheet(PALETTES[context.settings.theme], metrics))
    screen = BackupScreen(context, watcher=DriveWatcher(interval_ms=50))
    qtbot.addWidget(screen)
    screen.apply_metrics(metrics)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    screen.focus_first()  # as the main window does when it shows a screen
    return screen


def finish_work(qtbot, screen: BackupScreen) -> None:
    qtbot.waitUntil(lambda: not screen.working, timeout=20_000)
    settle()


def names(context) -> list[str]:
    return sorted(member.name for member in context.members.all())


def copy_tile(screen: BackupScreen, name: str):
    index = next(i for i, (path, _) in enumerate(screen.files.files) if path.name == name)
    screen.files.grid.show_page(screen.files.grid.page_of(index))
    return next(t for t in screen.files.grid.visible_tiles() if Path(t.property("path") or "").name == name)


def save_on_the_stick(qtbot, screen: BackupScreen, stick: Path) -> Path:
    """备份到U盘, the stick plugged in while its chooser is open, its tile touched."""
    click(qtbot, screen.copy_button)
    assert screen.part == DRIVES and screen.drives.grid.visible_tiles() == []
    stick.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: len(screen.drives.grid.visible_tiles()) == 1, timeout=5000)
    click(qtbot, screen.drives.grid.visible_tiles()[0])
    assert screen.part == HOME
    finish_work(qtbot, screen)
    [copy] = (stick / STICK_FOLDER_NAME).glob("*.db")
    return copy


def test_save_on_a_stick_plugged_in_meanwhile_then_restore_after_a_change(qtbot, context, stick):
    context.members.add("李秀兰", "第一支部", "2001")
    context.members.add("王建国", "第一支部", "2002")
    screen = show(qtbot, context)
    assert screen.copy_button.isVisible() and screen.copy_button.hasFocus()
    copy = save_on_the_stick(qtbot, screen, stick)
    assert copy.name.startswith("学习记录-")
    assert copy.name in screen.message.text() and "KINGSTON" in screen.message.text()
    assert screen.copy_button.isVisible() and screen.restore_button.isVisible()
    assert last_copy(context.data_dir).stick == "KINGSTON"
    screen.refresh()  # coming back later: when the last copy was made, and where
    assert "KINGSTON" in screen.message.text()

    context.members.add("张桂芳", "第二支部")  # the records change after the copy
    click(qtbot, screen.restore_button)
    assert screen.part == FILES
    click(qtbot, copy_tile(screen, copy.name))
    finish_work(qtbot, screen)
    assert screen.part == CONFIRM and screen.no_button.hasFocus()  # Enter or a second touch: not restored
    assert re.search(r"\D2\D", screen.facts.text())  # the members in the copy
    assert names(context) == ["张桂芳", "李秀兰", "王建国"]  # nothing changed before the answer
    with qtbot.waitSignal(screen.recordsRestored, timeout=5000):
        click(qtbot, screen.yes_button)
    assert names(context) == ["李秀兰", "王建国"]
    assert screen.part == HOME and re.search(r"\D2\D", screen.message.text())
    [aside] = (context.data_dir / "backups").glob("before-restore-*.db")
    assert aside.stat().st_size > 0  # the records from before, kept aside
    assert not list((context.data_dir / "backups").glob("restore-*"))


def test_not_restoring_changes_nothing(qtbot, context, stick):
    context.members.add("李秀兰", "第一支部")
    screen = show(qtbot, context)
    copy = save_on_the_stick(qtbot, screen, stick)
    context.members.add("张桂芳", "第二支部")
    click(qtbot, screen.restore_button)
    click(qtbot, copy_tile(screen, copy.name))
    finish_work(qtbot, screen)
    assert screen.part == CONFIRM
    with qtbot.assertNotEmitted(screen.recordsRestored):
        click(qtbot, screen.no_button)
    assert screen.part == HOME and names(context) == ["张桂芳", "李秀兰"]
    assert not list((context.data_dir / "backups").glob("restore-*"))  # what was read is removed
    assert not list((context.data_dir / "backups").glob("before-restore-*"))
    click(qtbot, screen.restore_button)
    click(qtbot, copy_tile(screen, copy.name))
    finish_work(qtbot, screen)
    screen.escape()  # Esc on the question is 不恢复 too
    assert screen.part == HOME and names(context) == ["张桂芳", "李秀兰"]


@pytest.mark.parametrize(
    "content, words",
    [(b"\xe5\xa7\x93\xe5\x90\x8d,\xe6\x94\xaf\xe9\x83\xa8\n", "不是学习站的备份"), (b"", "不是学习站的备份")],
    ids=["a list saved as .db", "an empty file"],
)
def test_a_file_that_is_no_copy_is_refused_in_plain_words(qtbot, context, stick, content, words):
    context.members.add("李秀兰", "第一支部")
    stick.mkdir()
    (stick / "名单.db").write_bytes(content)
    screen = show(qtbot, context)
    click(qtbot, screen.restore_button)
    click(qtbot, copy_tile(screen, "名单.db"))
    finish_work(qtbot, screen)
    assert screen.part == HOME and words in screen.message.text() and "名单.db" in screen.message.text()
    assert "记录没有改动" in screen.message.text()
    assert names(context) == ["李秀兰"]
    assert screen.restore_button.isVisible()  # another copy can be chosen at once


def test_esc_and_back_go_one_step_back(qtbot, context, stick):
    screen = show(qtbot, context)
    click(qtbot, screen.copy_button)
    assert screen.part == DRIVES and screen.watcher.timer.isActive()
    screen.escape()
    assert screen.part == HOME and not screen.watcher.timer.isActive()
    click(qtbot, screen.restore_button)
    click(qtbot, screen.files.back_button)
    assert screen.part == HOME
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        screen.escape()


def every_part(qtbot, screen: BackupScreen, stick: Path):
    """Each part of the screen shown in turn, by touching what the secretary touches."""
    yield "backup home"
    click(qtbot, screen.copy_button)
    stick.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: len(screen.drives.grid.visible_tiles()) == 1, timeout=5000)
    yield "backup sticks"
    click(qtbot, screen.drives.grid.visible_tiles()[0])
    yield "backup working"
    finish_work(qtbot, screen)
    yield "backup saved"
    copy = next((stick / STICK_FOLDER_NAME).glob("*.db"))
    (stick / "名单.db").write_text("姓名,支部\n", encoding="utf-8")
    click(qtbot, screen.restore_button)
    yield "backup copies"
    click(qtbot, copy_tile(screen, copy.name))
    finish_work(qtbot, screen)
    yield "backup question"
    click(qtbot, screen.no_button)
    yield "backup not restored"
    click(qtbot, screen.restore_button)
    click(qtbot, copy_tile(screen, "名单.db"))
    finish_work(qtbot, screen)
    yield "backup refused"
    click(qtbot, screen.restore_button)
    click(qtbot, copy_tile(screen, copy.name))
    finish_work(qtbot, screen)
    click(qtbot, screen.yes_button)
    yield "backup restored"


RULES = [(size, step, "paper") for size, step in MATRIX] + [((1024, 768), LARGEST, "contrast")]


@pytest.mark.parametrize("size, step, theme", RULES, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v)
def test_every_part_follows_the_elder_rules(qtbot, context, stick, size, step, theme):
    for index in range(38):
        context.members.add(f"党员{index:02d}", "第一支部", f"{1000 + index}")
    screen = show(qtbot, context, size, step, theme)
    problems = []
    for name in every_part(qtbot, screen, stick):
        settle()
        problems.extend(check_screen(screen, name, screen))
        if (screen.width(), screen.height()) != size:
            problems.append(f"{name}: the screen grew to {screen.width()}x{screen.height()}")
            screen.resize(*size)
    assert problems == [], "\n".join(problems)
