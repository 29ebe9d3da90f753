"""The secretary's 课程包 screen driven through the real widgets, with real packs made by the real
builder and a USB stick faked with STUDY_STATION_DRIVES (plugged in while the pack chooser is
open): a trusted pack imported and the lessons read again without a restart (progress kept on a
lesson imported again), an unsigned pack said plainly and not imported, a pack of an unknown
issuer imported and its issuer trusted, refused packs and a pulled-out stick said plainly with
nothing changed, an issuer no longer trusted after the question on the screen, Esc, and the elder
rules on every part at every text size and window size."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.drives import DRIVES_VARIABLE, DriveWatcher
from desktop_app.gui.packs_screen import CONFIRM, FILES, HOME, TRUSTED, PacksScreen
from desktop_app.gui.theme import PALETTES, Metrics, stylesheet
from desktop_app.packs import TrustedIssuers, build_pack, generate_keys, read_public_key
from desktop_app.packs.importer import PAUSE_ENV
from desktop_app.packs.incoming import COPY_PREFIX
from desktop_app.paths import packs_dir
from desktop_app.settings import TEXT_SIZES

from .conftest import LESSONS, ROOT
from .test_elder_rules import MATRIX, check_screen, settle
from .test_packs import craft, lesson_text, one_lesson, snapshot, write_lessons
from .test_reader_gui import click

LARGEST = len(TEXT_SIZES) - 1
TEST_KEY = ROOT / "packaging" / "test-pack-key" / "test-pack.key"
TEST_ISSUER, TEST_PUBLIC = read_public_key(TEST_KEY.with_suffix(".pub"))


@pytest.fixture(autouse=True)
def plain_style(app):
    yield
    app.setStyleSheet("")


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A USB stick that is not plugged in yet: the folder is made when the test plugs it in."""
    folder = tmp_path / "KINGSTON"
    monkeypatch.setenv(DRIVES_VARIABLE, str(folder))
    return folder


def small_lessons(folder: Path, first: str = "这是课文的正文。", third: bool = False) -> Path:
    """A course 测试课程 (id pk) of two lessons, or three."""
    lessons = {"01.txt": lesson_text("pk-01", 1, first), "02.txt": lesson_text("pk-02", 2)}
    if third:
        lessons["03.txt"] = lesson_text("pk-03", 3)
    return write_lessons(folder, lessons)


def show(qtbot, context, size=(1366, 768), step=None, theme=None) -> PacksScreen:
    if step is not None:
        context.settings = replace(context.settings, text_step=step)
    if theme is not None:
        context.settings = replace(context.settings, theme=theme)
    metrics = Metrics.for_settings(context.settings)
    QApplication.instance().setStyleSheet(stylesheet(PALETTES[context.settings.theme], metrics))
    screen = PacksScreen(context, watcher=DriveWatcher(interval_ms=50))
    qtbot.addWidget(screen)
    screen.apply_metrics(metrics)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    screen.focus_first()  # as the main window does when it shows a screen
    return screen


def finish_work(qtbot, screen: PacksScreen) -> None:
    qtbot.waitUntil(lambda: not screen.working, timeout=20_000)
    settle()


def pack_tile(screen: PacksScreen, name: str):
    index = next(i for i, (path, _) in enumerate(screen.files.files) if path.name == name)
    screen.files.grid.show_page(screen.files.grid.page_of(index))
    return next(t for t in screen.files.grid.visible_tiles() if Path(t.property("path") or "").name == name)


def choose(qtbot, screen: PacksScreen, stick: Path, pack: Path) -> None:
    """从U盘导入课程包, the stick (with the pack) plugged in while the chooser is open (or already
    in), the pack's tile touched, and the pack read."""
    plugged_in = stick.exists()
    if plugged_in:  # the stick stays in: the pack is put on it before the chooser is opened
        shutil.copy(pack, stick / pack.name)
    click(qtbot, screen.import_button)
    assert screen.part == FILES
    if not plugged_in:  # plugged in now, with the pack on it
        stick.mkdir()
        shutil.copy(pack, stick / pack.name)
    qtbot.waitUntil(lambda: any(path.name == pack.name for path, _ in screen.files.files), timeout=5000)
    click(qtbot, pack_tile(screen, pack.name))
    assert screen.part == HOME and "请不要拔U盘" in screen.message.text()
    finish_work(qtbot, screen)


def no_copies_left(context) -> bool:
    return not list(packs_dir(context.data_dir).glob(COPY_PREFIX + "*"))


def test_a_trusted_pack_is_imported_and_the_lessons_read_again_with_progress_kept(qtbot, context, stick, tmp_path):
    TrustedIssuers(context.data_dir).add(TEST_PUBLIC, TEST_ISSUER)
    pack = build_pack(small_lessons(tmp_path / "v1"), tmp_path / "冬训课程.zip", TEST_KEY)
    screen = show(qtbot, context)
    assert "还没有导入过课程包" in screen.message.text() and screen.import_button.hasFocus()
    shipped = len(context.library.lessons)

    choose(qtbot, screen, stick, pack)
    question = screen.question
    assert screen.part == CONFIRM and question.no_button.hasFocus()  # Enter or a second touch: not imported
    assert TEST_ISSUER in question.who.text() and "在信任名单上" in question.who.text()
    assert question.warning.isHidden() and question.trust_button.isHidden()
    assert "2 篇课文" in question.contents.text() and "《测试课程》" in question.contents.text()
    assert "pk-01" not in context.library.lessons  # nothing before the answer
    with qtbot.waitSignal(screen.libraryChanged, timeout=20_000):
        click(qtbot, question.yes_button)
    finish_work(qtbot, screen)
    assert screen.part == HOME
    assert "新加了 2 篇课文，更新了 0 篇" in screen.message.text() and "进度都保留着" in screen.message.text()
    assert {"pk-01", "pk-02"} <= set(context.library.lessons)  # no restart
    assert len(context.library.lessons) == shipped + 2
    assert no_copies_left(context)

    member = context.member_id
    context.progress.record_position(member, "pk-01", 7, 1, finished=True)
    update = build_pack(small_lessons(tmp_path / "v2", "第一课改过了。", third=True), tmp_path / "新版.zip", TEST_KEY)
    choose(qtbot, screen, stick, update)
    assert "3 篇课文" in screen.question.contents.text()
    with qtbot.waitSignal(screen.libraryChanged, timeout=20_000):
        click(qtbot, screen.question.yes_button)
    finish_work(qtbot, screen)
    assert "新加了 1 篇课文，更新了 2 篇" in screen.message.text()
    assert context.library.lessons["pk-01"].text == "第一课改过了。"
    progress = context.progress.get(member, "pk-01")
    assert (progress.state, progress.position) == ("finished", 7)
    screen.leave()
    screen.hide()
    screen.refresh()  # coming back later: what came from packs, by issuer
    assert "3 篇课文来自课程包" in screen.message.text() and TEST_ISSUER in screen.message.text()


def test_an_unsigned_pack_is_said_plainly_and_not_importing_changes_nothing(qtbot, context, stick, tmp_path):
    pack = build_pack(small_lessons(tmp_path / "src"), tmp_path / "来历不明.zip", None)
    library = context.library
    screen = show(qtbot, context)
    choose(qtbot, screen, stick, pack)
    question = screen.question
    assert screen.part == CONFIRM and question.no_button.hasFocus()
    assert "没有签名，不知道是谁做的" in question.warning.text() and question.warning.isVisible()
    assert question.who.isHidden() and question.trust_button.isHidden()
    with qtbot.assertNotEmitted(screen.libraryChanged):
        click(qtbot, question.no_button)
    assert screen.part == HOME and "没有导入" in screen.message.text() and "课文没有改动" in screen.message.text()
    assert context.library is library and snapshot(context.data_dir) == {}
    assert no_copies_left(context)

    click(qtbot, screen.import_button)
    click(qtbot, pack_tile(screen, pack.name))
    finish_work(qtbot, screen)
    assert screen.part == CONFIRM
    screen.escape()  # Esc on the question is 不导入 too
    assert screen.part == HOME and "没有导入" in screen.message.text()
    assert context.library is library and snapshot(context.data_dir) == {} and no_copies_left(context)


def test_a_pack_of_an_unknown_issuer_is_imported_and_its_issuer_trusted(qtbot, context, stick, tmp_path):
    (tmp_path / "keys").mkdir()
    key, public = generate_keys(tmp_path / "keys" / "county.key", "某某县委宣传部")
    pack = build_pack(small_lessons(tmp_path / "src"), tmp_path / "县里的课.zip", key)
    screen = show(qtbot, context)
    assert "（0）" in screen.trusted_button.text()
    choose(qtbot, screen, stick, pack)
    question = screen.question
    assert "某某县委宣传部" in question.warning.text() and "还不在信任名单上" in question.warning.text()
    assert question.trust_button.isVisible() and "某某县委宣传部" in question.trust_button.text()
    assert question.no_button.hasFocus()
    assert TrustedIssuers(context.data_dir).all() == {}
    with qtbot.waitSignal(screen.libraryChanged, timeout=20_000):
        click(qtbot, question.trust_button)
    finish_work(qtbot, screen)
    assert TrustedIssuers(context.data_dir).all() == {public: "某某县委宣传部"}
    assert "以后“某某县委宣传部”的课程包可以直接导入" in screen.message.text()
    assert "pk-01" in context.library.lessons and "（1）" in screen.trusted_button.text()

    choose(qtbot, screen, stick, pack)  # the same pack again: now of a trusted issuer
    assert "在信任名单上" in screen.question.who.text() and screen.question.trust_button.isHidden()
    screen.escape()


def escaping_name(tmp_path: Path) -> Path:
    return craft(tmp_path / "evil.zip", TEST_KEY, {**one_lesson(), "../evil.txt": b"evil"})


def damaged(tmp_path: Path) -> Path:
    good = build_pack(small_lessons(tmp_path / "src"), tmp_path / "whole.zip", TEST_KEY)
    data = good.read_bytes()
    (tmp_path / "damaged.zip").write_bytes(data[: len(data) // 2])
    return tmp_path / "damaged.zip"


def not_a_pack(tmp_path: Path) -> Path:
    (tmp_path / "照片.zip").write_bytes("姓名,支部\n".encode())
    return tmp_path / "照片.zip"


@pytest.mark.parametrize(
    "make, words",
    [(escaping_name, "不允许的文件名"), (damaged, "不是课程包"), (not_a_pack, "不是课程包")],
    ids=["a name leading out", "a damaged zip", "not a zip"],
)
def test_a_refused_pack_is_said_plainly_and_changes_nothing(qtbot, context, stick, tmp_path, make, words):
    TrustedIssuers(context.data_dir).add(TEST_PUBLIC, TEST_ISSUER)
    pack = make(tmp_path)
    library = context.library
    screen = show(qtbot, context)
    with qtbot.assertNotEmitted(screen.libraryChanged):
        choose(qtbot, screen, stick, pack)
    assert screen.part == HOME and words in screen.message.text() and "课文没有改动" in screen.message.text()
    assert context.library is library and snapshot(context.data_dir) == {} and no_copies_left(context)
    assert not (tmp_path / "evil.txt").exists() and not (context.data_dir / "evil.txt").exists()
    assert screen.import_button.isVisible()  # another pack can be chosen at once


def test_a_stick_pulled_out_before_the_pack_is_read_is_said_plainly(qtbot, context, stick, tmp_path):
    pack = build_pack(small_lessons(tmp_path / "src"), tmp_path / "课.zip", TEST_KEY)
    screen = show(qtbot, context)
    click(qtbot, screen.import_button)
    stick.mkdir()
    shutil.copy(pack, stick / pack.name)
    qtbot.waitUntil(lambda: len(screen.files.files) == 1, timeout=5000)
    tile = pack_tile(screen, pack.name)
    (stick / pack.name).unlink()  # gone between seeing the tile and touching it
    click(qtbot, tile)
    finish_work(qtbot, screen)
    assert screen.part == HOME and "U盘被拔掉了" in screen.message.text() and "课文没有改动" in screen.message.text()
    assert snapshot(context.data_dir) == {} and no_copies_left(context)


def test_an_issuer_is_no_longer_trusted_only_after_the_question(qtbot, context):
    trusted = TrustedIssuers(context.data_dir)
    trusted.add(TEST_PUBLIC, TEST_ISSUER)
    (Path(context.data_dir) / "keys").mkdir(parents=True)
    _, county = generate_keys(Path(context.data_dir) / "keys" / "county.key", "某某县委宣传部")
    trusted.add(county, "某某县委宣传部")
    screen = show(qtbot, context)
    assert "（2）" in screen.trusted_button.text()
    click(qtbot, screen.trusted_button)
    panel = screen.trusted
    assert screen.part == TRUSTED and set(panel.remove_buttons) == {TEST_PUBLIC, county}
    click(qtbot, panel.remove_buttons[county])
    assert panel.asking() and "不再信任“某某县委宣传部”吗" in panel.question.text()
    assert panel.keep_button.hasFocus()  # Enter or a second touch: still trusted
    click(qtbot, panel.keep_button)
    assert not panel.asking() and trusted.all() == {TEST_PUBLIC: TEST_ISSUER, county: "某某县委宣传部"}
    assert panel.remove_buttons[county].hasFocus()
    click(qtbot, panel.remove_buttons[county])
    screen.escape()  # Esc on the question is 继续信任
    assert screen.part == TRUSTED and not panel.asking() and len(trusted.all()) == 2
    click(qtbot, panel.remove_buttons[county])
    click(qtbot, panel.remove_button)
    assert trusted.all() == {TEST_PUBLIC: TEST_ISSUER}
    assert "已经不再信任“某某县委宣传部”" in panel.message.text() and set(panel.remove_buttons) == {TEST_PUBLIC}
    click(qtbot, panel.back_button)
    assert screen.part == HOME and "（1）" in screen.trusted_button.text()


def test_esc_closes_what_is_open_first_and_leaving_discards_the_question(qtbot, context, stick, tmp_path):
    pack = build_pack(small_lessons(tmp_path / "src"), tmp_path / "课.zip", None)
    screen = show(qtbot, context)
    click(qtbot, screen.import_button)
    assert screen.part == FILES and screen.watcher.timer.isActive()
    screen.escape()
    assert screen.part == HOME and not screen.watcher.timer.isActive()
    click(qtbot, screen.trusted_button)
    assert screen.part == TRUSTED
    screen.escape()
    assert screen.part == HOME
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        screen.escape()
    choose(qtbot, screen, stick, pack)
    assert screen.part == CONFIRM and not no_copies_left(context)
    screen.leave()  # another screen shown: the question is gone, as 不导入
    assert screen.part == HOME and no_copies_left(context) and snapshot(context.data_dir) == {}


def every_part(qtbot, screen: PacksScreen, stick: Path, tmp_path: Path, monkeypatch):
    """Each part of the screen shown in turn, by touching what the secretary touches; the longest
    words this screen can show: the shipped courses, an issuer of a long name, a refusal at import
    that lists the lessons that clash."""
    context = screen.context
    (tmp_path / "keys").mkdir()
    county, _ = generate_keys(tmp_path / "keys" / "c.key", "中共某某省某某市某某县委员会宣传部理论教育科")
    yield "packs home"
    click(qtbot, screen.import_button)
    stick.mkdir()
    shutil.copy(build_pack(LESSONS, tmp_path / "2026年党员冬训课程包（第一批）.zip", county), stick)
    qtbot.waitUntil(lambda: len(screen.files.files) == 1, timeout=5000)
    yield "packs files"
    click(qtbot, screen.files.grid.visible_tiles()[0])
    finish_work(qtbot, screen)
    assert screen.part == CONFIRM
    yield "packs question of an unknown issuer"
    monkeypatch.setenv(PAUSE_ENV, "unpacking:1.5")  # the import waits while the screen is looked at
    click(qtbot, screen.question.trust_button)
    settle()
    assert screen.working
    yield "packs importing"
    finish_work(qtbot, screen)
    monkeypatch.delenv(PAUSE_ENV)
    yield "packs imported"
    shutil.copy(build_pack(LESSONS, tmp_path / "unsigned.zip", None), stick)
    click(qtbot, screen.import_button)
    click(qtbot, pack_tile(screen, "unsigned.zip"))
    finish_work(qtbot, screen)
    yield "packs question of an unsigned pack"
    click(qtbot, screen.question.yes_button)  # its lessons clash with those imported: refused
    finish_work(qtbot, screen)
    assert "编号重复" in screen.message.text() and "课文没有改动" in screen.message.text()
    yield "packs refused at import"
    click(qtbot, screen.import_button)
    click(qtbot, pack_tile(screen, "2026年党员冬训课程包（第一批）.zip"))
    finish_work(qtbot, screen)
    yield "packs question of a trusted issuer"
    click(qtbot, screen.question.no_button)
    yield "packs not imported"
    TrustedIssuers(context.data_dir).add(TEST_PUBLIC, TEST_ISSUER)
    click(qtbot, screen.trusted_button)
    yield "packs trusted issuers"
    click(qtbot, next(iter(screen.trusted.remove_buttons.values())))
    yield "packs stop trusting?"
    click(qtbot, screen.trusted.remove_button)
    yield "packs no longer trusted"


RULES = [(size, step, "paper") for size, step in MATRIX] + [((1024, 768), LARGEST, "contrast")]


@pytest.mark.parametrize("size, step, theme", RULES, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v)
def test_every_part_follows_the_elder_rules(qtbot, context, stick, tmp_path, monkeypatch, size, step, theme):
    screen = show(qtbot, context, size, step, theme)
    problems = []
    for name in every_part(qtbot, screen, stick, tmp_path, monkeypatch):
        settle()
        problems.extend(check_screen(screen, name, screen))
        if (screen.width(), screen.height()) != size:
            problems.append(f"{name}: the screen grew to {screen.width()}x{screen.height()}")
            screen.resize(*size)
    assert problems == [], "\n".join(problems)


def test_a_pack_that_cannot_be_copied_here_is_said_plainly(qtbot, context, stick, tmp_path):
    pack = build_pack(small_lessons(tmp_path / "src"), tmp_path / "课.zip", TEST_KEY)
    packs_dir(context.data_dir).write_bytes(b"")  # the folder for the copy cannot be made, as on a full disk
    screen = show(qtbot, context)
    choose(qtbot, screen, stick, pack)
    assert screen.part == HOME and "磁盘满了" in screen.message.text() and "课文没有改动" in screen.message.text()
    assert snapshot(context.data_dir) == {}
