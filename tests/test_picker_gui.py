"""The shared kiosk driven through the real widgets: the secretary turns it on, members touch
their name, study on their own records, change; a guest studies without records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.context import create_context
from desktop_app.gui.main_window import MainWindow
from desktop_app.settings import load_settings
from desktop_app.storage.progress import IN_PROGRESS

from .conftest import LESSONS
from .secretary_steps import choose_mode, through_the_door
from .test_reader_gui import click, type_text


def register(context, *members):
    for name, branch, number in members:
        context.members.add(name, branch, number)


def go_shared(qtbot, window):
    """As the secretary does it: settings, the secretary's page, 多人共用."""
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    choose_mode(qtbot, window, "shared")  # asked in plain words first
    assert window.current_screen_name() == "picker"


def test_changing_the_use_asks_first_and_no_changes_nothing(qtbot, window, context):
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    click(qtbot, window.secretary.tiles["kiosk_settings"])
    shared = window.kiosk_settings.choice_buttons[("mode", "shared")]
    click(qtbot, shared)
    confirmation = window.kiosk_settings.confirmation
    assert confirmation.isVisible() and "多人共用" in confirmation.question.text()
    assert not shared.isChecked()  # nothing changed yet
    click(qtbot, confirmation.no_button)
    assert not confirmation.isVisible() and context.settings.mode == "home"
    assert window.current_screen_name() == "kiosk_settings"


def test_an_empty_kiosk_always_offers_a_way_back(qtbot, window, context):
    go_shared(qtbot, window)
    assert window.picker.secretary_button.isVisible()  # no member registered
    click(qtbot, window.picker.secretary_button)
    through_the_door(qtbot, window)
    choose_mode(qtbot, window, "home")
    assert context.settings.mode == "home" and window.current_screen_name() == "home"


def tile_of(window, name: str):
    return next(tile for tile in window.picker.tiles if tile.isVisible() and tile.member and tile.member.name == name)


def visible_names(window) -> list[str]:
    return [tile.member.name for tile in window.picker.tiles if tile.isVisible()]


def counts(db) -> tuple[int, int]:
    return (
        db.execute("SELECT count(*) FROM progress").fetchone()[0],
        db.execute("SELECT count(*) FROM sessions").fetchone()[0],
    )


def test_a_fresh_folder_is_home_use_without_a_picker(window, context):
    assert context.settings.mode == "home" and not context.shared
    assert window.current_screen_name() == "home"
    assert not window.home.switch_button.isVisible()


def test_the_secretary_turns_on_the_kiosk_and_it_stays_on(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"))
    go_shared(qtbot, window)
    shared = window.kiosk_settings.choice_buttons[("mode", "shared")]
    assert shared.isChecked() and shared.text().startswith("✔")
    assert visible_names(window) == ["李秀兰"]
    window.close()
    context.db.close()
    again = create_context(context.data_dir, [LESSONS])
    assert again.shared and again.guest  # nobody is signed in after a restart
    second = MainWindow(again)
    qtbot.addWidget(second)
    assert second.current_screen_name() == "picker"
    second.close()
    again.db.close()


def test_each_member_studies_on_their_own_record(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"), ("刘建国", "第一支部", "2005"))
    go_shared(qtbot, window)
    click(qtbot, tile_of(window, "李秀兰"))
    assert window.current_screen_name() == "home"
    assert window.home.greeting.text() == "李秀兰，您好！"
    click(qtbot, window.home.continue_button)
    qtbot.keyClick(window.reader.page_view, Qt.Key.Key_PageDown)
    lesson = window.reader.lesson.id
    li = next(member for member in context.members.all() if member.name == "李秀兰")
    assert context.progress.get(li.id, lesson).state == IN_PROGRESS
    window.show_screen("home")
    click(qtbot, window.home.switch_button)
    assert window.current_screen_name() == "picker"
    click(qtbot, tile_of(window, "刘建国"))
    liu = context.member
    assert liu.name == "刘建国" and context.member_id == liu.id
    assert context.progress.get(liu.id, lesson).page == 0  # 刘建国 starts afresh
    rows = context.db.execute("SELECT member_id, page FROM progress").fetchall()
    assert rows == [(li.id, 1)]


def test_a_guest_studies_without_records(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"))
    go_shared(qtbot, window)
    before = counts(context.db)
    click(qtbot, window.picker.guest_button)
    assert "不作记录" in window.home.greeting.text()
    assert not window.home.my_study_button.isVisible()
    click(qtbot, window.home.continue_button)
    for _ in range(3):
        qtbot.keyClick(window.reader.page_view, Qt.Key.Key_PageDown)
    assert window.reader.page_view.current_page() == 3  # the reader works as usual
    assert counts(context.db) == before  # but nothing reached the records
    window.show_screen("home")
    click(qtbot, window.home.switch_button)
    assert counts(context.db) == before


def test_letters_search_and_pages_find_every_member(qtbot, window, context):
    names = [
        f"{surname}{given}"
        for surname in "李王张刘陈杨赵黄周吴"
        for given in ("秀英", "建国", "桂兰", "志强", "淑珍", "德明")
    ]
    register(context, *[(name, "第一支部", f"{index:04d}") for index, name in enumerate(names)])
    go_shared(qtbot, window)
    picker = window.picker
    assert set(picker.letter_buttons) == {"", "C", "H", "L", "W", "Y", "Z"}
    seen: list[str] = []
    while True:
        seen += visible_names(window)
        if not picker.next_button.isEnabled():
            break
        click(qtbot, picker.next_button)
    assert sorted(seen) == sorted(names)  # every member on exactly one page
    assert picker.page_count() > 1 and "共" in picker.page_label.text()
    click(qtbot, picker.letter_buttons["L"])
    assert picker.letter_buttons["L"].isChecked()
    assert sorted(visible_names(window)) == sorted(n for n in names if n[0] in "李刘")
    click(qtbot, picker.letter_buttons[""])
    type_text(picker.search_box, "zjg")
    assert sorted(visible_names(window)) == sorted(["张建国", "赵建国", "周建国"])  # zhang, zhao, zhou
    picker.search_box.clear()
    type_text(picker.search_box, "zhangjian")
    assert visible_names(window) == ["张建国"]
    picker.search_box.clear()
    type_text(picker.search_box, "周秀")
    assert visible_names(window) == ["周秀英"]
    type_text(picker.search_box, "没有")
    assert visible_names(window) == [] and "没有找到" in picker.message.text()
    click(qtbot, picker.clear_button)
    assert len(visible_names(window)) == len(picker.tiles)


def test_namesakes_show_what_tells_them_apart(qtbot, window, context):
    register(context, ("王秀英", "第一支部", ""), ("王秀英", "第二支部", ""), ("李明", "第一支部", ""))
    go_shared(qtbot, window)

    def texts():
        return sorted(tile.text() for tile in window.picker.tiles if tile.isVisible())

    qtbot.waitUntil(lambda: texts() == ["李明", "王秀英\n第一支部", "王秀英\n第二支部"])  # laid out, whole
    second = next(tile for tile in window.picker.tiles if tile.isVisible() and "第二支部" in tile.text())
    assert second.accessibleName() == "王秀英，第二支部"
    click(qtbot, second)
    assert context.member.branch == "第二支部"


def test_the_keyboard_alone_picks_a_name(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"))
    go_shared(qtbot, window)
    tile = tile_of(window, "李秀兰")
    assert tile.hasFocus()  # the first name has the focus on arrival
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen_name() == "home")
    assert context.member.name == "李秀兰"


def test_an_empty_kiosk_says_what_to_do(qtbot, window, context):
    go_shared(qtbot, window)
    assert "还没有登记党员" in window.picker.message.text() and window.picker.message.isVisible()
    assert visible_names(window) == [] and window.picker.guest_button.isVisible()


def test_back_to_home_use(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"))
    go_shared(qtbot, window)
    click(qtbot, tile_of(window, "李秀兰"))
    window.show_screen("settings")
    click(qtbot, window.settings.problems_button)
    through_the_door(qtbot, window)
    choose_mode(qtbot, window, "home")
    assert context.settings.mode == "home" and context.member is None and not context.guest
    assert context.member_id == context.progress.default_member_id()
    window.show_screen("home")
    assert not window.home.switch_button.isVisible()


def test_each_member_keeps_their_own_text_size_and_colours(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"), ("刘建国", "第一支部", "2005"))
    go_shared(qtbot, window)
    kiosk = context.settings
    click(qtbot, tile_of(window, "李秀兰"))
    window.show_screen("settings")
    for _ in range(3):
        click(qtbot, window.settings.bigger_button)
    click(qtbot, window.settings.choice_buttons[("theme", "contrast")])
    mine = context.settings
    assert (mine.text_step, mine.theme) == (kiosk.text_step + 3, "contrast")
    window.show_screen("home")
    click(qtbot, window.home.switch_button)
    assert (context.settings.text_step, context.settings.theme) == (
        kiosk.text_step,
        kiosk.theme,
    )  # the names: the kiosk's
    assert window.settings.size_label.text() == f"第 {kiosk.text_step + 1} 档，共 7 档"  # the screens follow
    click(qtbot, tile_of(window, "刘建国"))
    assert (context.settings.text_step, context.settings.theme) == (kiosk.text_step, kiosk.theme)  # his own: none yet
    window.show_screen("home")
    click(qtbot, window.home.switch_button)
    click(qtbot, tile_of(window, "李秀兰"))
    assert (context.settings.text_step, context.settings.theme) == (mine.text_step, "contrast")  # hers again
    assert window.settings.size_label.text() == f"第 {mine.text_step + 1} 档，共 7 档"
    assert context.settings.mode == "shared"
    window.close()
    context.db.close()
    again = create_context(context.data_dir, [LESSONS])
    assert again.settings.text_step == kiosk.text_step  # a restart opens on the names, at the kiosk's size
    li = next(m for m in again.members.all() if m.name == "李秀兰")
    again.use_member(li.id)
    assert (again.settings.text_step, again.settings.theme) == (mine.text_step, "contrast")
    again.db.close()


def test_the_secretary_sets_what_new_members_start_with(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"), ("刘建国", "第一支部", "2005"))
    go_shared(qtbot, window)
    click(qtbot, tile_of(window, "李秀兰"))
    window.show_screen("settings")
    click(qtbot, window.settings.bigger_button)  # her own choice: kept whatever the defaults
    hers = context.settings.text_step
    click(qtbot, window.settings.problems_button)  # the secretary, on her turn at the kiosk
    through_the_door(qtbot, window)
    click(qtbot, window.secretary.tiles["kiosk_settings"])
    screen = window.kiosk_settings
    for choice in (("text_step", 4), ("theme", "contrast"), ("rate_step", 2)):
        while not screen.default_buttons[choice].isVisible():  # the defaults come after the kiosk's settings
            click(qtbot, screen.pager.next_button)
        click(qtbot, screen.default_buttons[choice])
        assert screen.default_buttons[choice].text().startswith("✔")
    assert (context.settings.text_step, context.settings.theme) == (hers, "paper")  # hers, not the defaults
    kiosk = load_settings(context.db)
    assert (kiosk.text_step, kiosk.theme, kiosk.rate_step) == (4, "contrast", 2)
    window.sign_out()
    assert (context.settings.text_step, context.settings.theme) == (4, "contrast")  # the names screen too
    click(qtbot, tile_of(window, "刘建国"))  # has never chosen: starts with the defaults
    assert (context.settings.text_step, context.settings.theme, context.settings.rate_step) == (4, "contrast", 2)
    assert window.reader.player_bar.settings.rate_step == 2


def test_a_guests_choices_last_until_they_leave(qtbot, window, context):
    register(context, ("李秀兰", "第一支部", "2001"))
    go_shared(qtbot, window)
    default = context.settings.text_step
    click(qtbot, window.picker.guest_button)
    window.show_screen("settings")
    click(qtbot, window.settings.bigger_button)
    click(qtbot, window.settings.bigger_button)
    assert context.guest and context.settings.text_step == default + 2
    assert load_settings(context.db).text_step == default  # the kiosk's stay as the secretary set them
    window.sign_out()
    assert context.settings.text_step == default
    click(qtbot, tile_of(window, "李秀兰"))
    assert context.settings.text_step == default
