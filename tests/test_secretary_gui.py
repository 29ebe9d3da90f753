"""The secretary's area on the real widgets: the PIN door (set, asked, locked after five wrong
tries with a turned clock), a member who cannot get past it, the kiosk settings that take effect,
and the locked kiosk that only the secretary's page can close."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.settings import load_settings
from desktop_app.storage.pin import PinStore

from .secretary_steps import PIN, choose_mode, through_the_door, type_pin
from .test_reader_gui import click


def test_the_first_visit_sets_the_pin_and_later_visits_ask_for_it(qtbot, window, context):
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    assert window.current_screen_name() == "pin" and "第一次进来" in window.pin.message.text()
    type_pin(qtbot, window, "1234")
    assert "再输一遍" in window.pin.message.text()
    type_pin(qtbot, window, "4321")  # not the same: chosen again
    assert "不一样" in window.pin.message.text() and not PinStore(context.db).is_set()
    type_pin(qtbot, window, "12")  # too short
    assert "4 到 8 位" in window.pin.message.text()
    through_the_door(qtbot, window)
    assert PinStore(context.db).check(PIN).ok
    click(qtbot, window.secretary.back_button)  # 返回 locks the door again
    assert window.current_screen_name() == "settings"
    click(qtbot, window.settings.problems_button)
    assert window.current_screen_name() == "pin" and window.pin.message.text() == "请输入支部书记的密码。"
    for key in (Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_8, Qt.Key.Key_0):  # a keyboard works too
        qtbot.keyClick(window.pin, key)
    assert window.pin.dots.text().count("●") == 4
    qtbot.keyClick(window.pin, Qt.Key.Key_Return)
    assert window.current_screen_name() == "secretary"


def test_five_wrong_tries_lock_the_door_for_five_minutes(qtbot, window, context):
    PinStore(context.db).set_pin(PIN)
    clock = [datetime.now(UTC)]
    window.pin.now = lambda: clock[0]
    window.door.enter()
    for tries_left in (4, 3, 2, 1):
        type_pin(qtbot, window, "9999")
        assert window.pin.message.text() == f"密码不对，还可以试 {tries_left} 次。"
    type_pin(qtbot, window, "9999")
    assert "请过 5 分钟再试" in window.pin.message.text()
    type_pin(qtbot, window, PIN)  # even the right PIN waits
    assert window.current_screen_name() == "pin"
    clock[0] += timedelta(minutes=5, seconds=1)
    type_pin(qtbot, window, PIN)
    assert window.current_screen_name() == "secretary"


def test_a_member_on_the_kiosk_cannot_get_past_the_door(qtbot, window, context):
    PinStore(context.db).set_pin(PIN)
    member = context.members.add("李秀兰", "第一支部", "2001")
    window.change_mode("shared")
    window.sign_in(member)
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    for digits in ("0000", "1111", "1234"):  # a careless member tries
        type_pin(qtbot, window, digits)
    assert window.current_screen_name() == "pin" and not window.door.open
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen_name() == "settings"
    assert context.settings.mode == "shared" and context.member_id == member  # nothing changed


def test_kiosk_settings_take_effect_and_are_kept(qtbot, window, context):
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    click(qtbot, window.secretary.tiles["kiosk_settings"])
    screen = window.kiosk_settings
    click(qtbot, screen.choice_buttons[("pass_percent", 80)])
    click(qtbot, screen.choice_buttons[("challenge_seconds", 0)])
    click(qtbot, screen.choice_buttons[("idle_minutes", 10)])
    assert screen.choice_buttons[("pass_percent", 80)].text().startswith("✔")
    kept = load_settings(context.db)
    assert (kept.pass_percent, kept.challenge_seconds, kept.idle_minutes) == (80, 0, 10)
    assert window.idle_guard.idle.interval() == 10 * 60 * 1000


def test_a_locked_kiosk_closes_only_from_the_secretarys_page(qtbot, window, context):
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    assert not window.secretary.close_button.isVisible()  # an ordinary window closes as usual
    click(qtbot, window.secretary.tiles["kiosk_settings"])
    click(qtbot, window.kiosk_settings.choice_buttons[("kiosk_lock", True)])
    assert window.isFullScreen() and window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert load_settings(context.db).kiosk_lock
    window.close()  # Alt+F4 or the window manager's close
    assert window.isVisible()
    click(qtbot, window.kiosk_settings.back_button)
    assert window.current_screen_name() == "secretary" and window.secretary.close_button.isVisible()
    click(qtbot, window.secretary.close_button)
    assert not window.isVisible()


def test_a_kiosk_started_locked_refuses_to_close(qtbot, app, context):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(context, kiosk=True)
    qtbot.addWidget(window)
    window.showFullScreen()
    window.close()
    assert window.isVisible()
    choose_path = window.door
    PinStore(context.db).set_pin(PIN)
    choose_path.enter()
    type_pin(qtbot, window, PIN)
    click(qtbot, window.secretary.close_button)
    assert not window.isVisible()


def test_going_to_the_kiosk_from_the_secretarys_page(qtbot, window, context):
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    choose_mode(qtbot, window, "shared")
    assert window.current_screen_name() == "picker" and not window.door.open  # locked again


@pytest.mark.parametrize("copied_on", ["home", "shared"])
def test_a_restore_signs_everybody_out_and_keeps_the_secretary_on_the_backup_screen(
    qtbot, window, context, tmp_path, monkeypatch, copied_on
):
    from desktop_app.drives import DRIVES_VARIABLE
    from desktop_app.storage.records_copy import copy_to

    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    monkeypatch.setenv(DRIVES_VARIABLE, str(stick))
    PinStore(context.db).set_pin(PIN)
    first = context.members.add("李秀兰", "第一支部", "2001")
    if copied_on == "shared":
        window.change_mode("shared")
    copy = copy_to(context.data_dir, stick)
    later = context.members.add("张桂芳", "第二支部")  # joined after the copy was made
    window.change_mode("shared")
    window.sign_in(later)
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    type_pin(qtbot, window, PIN)
    click(qtbot, window.secretary.tiles["backup"])
    assert window.current_screen_name() == "backup"
    click(qtbot, window.backup.restore_button)
    qtbot.waitUntil(lambda: any(path == copy for path, _ in window.backup.files.files), timeout=10_000)
    tile = next(t for t in window.backup.files.grid.visible_tiles() if t.property("path") == str(copy))
    click(qtbot, tile)
    qtbot.waitUntil(lambda: not window.backup.working, timeout=20_000)
    with qtbot.waitSignal(window.backup.recordsRestored, timeout=5000):
        click(qtbot, window.backup.yes_button)
    # The copy's settings, and nobody signed in to records that changed.
    assert context.member is None and context.settings.shared == (copied_on == "shared")
    assert context.guest == (copied_on == "shared")
    assert [m.id for m in context.members.all()] == [first]
    assert window.current_screen_name() == "backup" and window.door.open
    click(qtbot, window.backup.back_button)
    assert window.current_screen_name() == "secretary"
    click(qtbot, window.secretary.back_button)  # the door locks; no member's screen of before
    assert window.current_screen_name() == ("picker" if copied_on == "shared" else "home")
    assert not window.door.open


def test_lessons_imported_on_the_packs_screen_are_in_the_library_at_once(qtbot, app, tmp_path):
    from desktop_app.context import create_context
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.packs.build import build_pack

    from .test_packs import lesson_text, write_lessons

    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1)})
    pack = build_pack(folder, tmp_path / "课程包.zip", None)
    context = create_context(tmp_path / "data")  # as the program starts: imported and shipped lessons
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    PinStore(context.db).set_pin(PIN)
    window.door.enter()
    type_pin(qtbot, window, PIN)
    click(qtbot, window.secretary.tiles["packs"])
    assert window.current_screen_name() == "packs"
    with qtbot.waitSignal(window.packs.libraryChanged, timeout=20_000):
        window.packs.files.chosen.emit(pack)  # as the tile of the pack on a stick does
        qtbot.waitUntil(lambda: window.packs.part == "confirm", timeout=20_000)
        click(qtbot, window.packs.question.yes_button)
    assert "pk-01" in context.library.lessons
    window.show_screen("library")
    assert any(item.lesson is not None and item.lesson.id == "pk-01" for item in window.library.items)
    window.close()
    context.db.close()
