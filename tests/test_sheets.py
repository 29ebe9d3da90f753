"""A new text size or theme reaches every screen: the one on view at once, a hidden one when it is
shown again, one built later when it is built (gui/sheets.py: a size step restyles only what is on
view, issue 14)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from desktop_app.gui.theme import CONTRAST, PAPER, Metrics
from desktop_app.settings import DEFAULT_TEXT_STEP, TEXT_SIZES

LARGEST = len(TEXT_SIZES) - 1
LARGEST_UI = Metrics.for_step(LARGEST).ui_pt
DEFAULT_UI = Metrics.for_step(DEFAULT_TEXT_STEP).ui_pt


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def smallest_text(screen) -> int:
    """The smallest font (pt) of the texts on view on a screen."""
    sizes = [
        widget.font().pointSize()
        for widget in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)
        if widget.isVisible() and widget.text()
    ]
    assert sizes, screen
    return min(sizes)


def colour_at_top(widget) -> QColor:
    """The colour just inside the top edge of a widget (its background, below a border)."""
    image = widget.grab().toImage()
    return image.pixelColor(widget.width() // 2, 9)


def test_the_sizes_differ_enough_to_tell():
    assert DEFAULT_UI < LARGEST_UI


def test_a_size_step_in_the_reader_reaches_the_library_when_it_is_shown_again(qtbot, window, context):
    click(qtbot, window.home.library_button)
    assert smallest_text(window.library) == DEFAULT_UI
    lesson = context.library.ordered_lessons()[0]
    window.library.reveal(lesson.id)
    click(qtbot, window.library.rows[lesson.id])
    assert window.current_screen_name() == "reader"
    click(qtbot, window.reader.more_button)
    while window.reader.bigger_button.isEnabled():
        click(qtbot, window.reader.bigger_button)
    assert context.settings.text_step == LARGEST
    window.reader.player_bar.close_panel()
    settle()
    assert smallest_text(window.reader) >= LARGEST_UI  # the screen on view: at once
    assert not window._sheets.fresh(window.library)  # the hidden one: not restyled at each step
    click(qtbot, window.reader.back_button)
    assert window.current_screen_name() == "library"
    settle()
    assert smallest_text(window.library) >= LARGEST_UI
    for button in window.library.rows.values():
        assert button.minimumHeight() >= Metrics.for_step(LARGEST).control_px


def test_a_screen_built_after_a_size_step_has_the_new_size(qtbot, window, context):
    assert not window.screens.is_built("settings")
    window.apply_settings(replace(context.settings, text_step=LARGEST))
    settle()
    assert smallest_text(window.home) >= LARGEST_UI
    click(qtbot, window.home.settings_button)  # built now
    settle()
    assert window.current_screen_name() == "settings"
    assert smallest_text(window.settings) >= LARGEST_UI
    assert window.settings.back_button.minimumHeight() >= Metrics.for_step(LARGEST).control_px


def test_a_hidden_screen_shown_after_a_theme_change_has_the_new_colours(qtbot, window, context):
    home_primary = window.home.continue_button
    assert colour_at_top(home_primary) == QColor(PAPER.primary)
    click(qtbot, window.home.settings_button)
    click(qtbot, window.settings.choice_buttons[("theme", "contrast")])
    assert context.settings.theme == "contrast"
    click(qtbot, window.settings.back_button)
    assert window.current_screen_name() == "home"
    settle()
    assert colour_at_top(home_primary) == QColor(CONTRAST.primary)
    assert colour_at_top(window.home.library_button) == QColor(CONTRAST.button)
    image = window.grab().toImage()  # the window's own background too, beside the screen
    assert image.pixelColor(2, 2) == QColor(CONTRAST.background)


def test_a_lesson_opened_after_a_size_step_elsewhere_has_the_new_size(qtbot, window, context):
    lesson = context.library.ordered_lessons()[0]
    window.open_lesson(lesson.id)  # the reader built, then left
    click(qtbot, window.reader.back_button)
    assert window.current_screen_name() == "home"
    window.apply_settings(replace(context.settings, text_step=LARGEST))  # as the settings screen does
    window.open_lesson(lesson.id)  # shown without _show, as the home and library buttons do
    settle()
    assert window.current_screen_name() == "reader"
    assert smallest_text(window.reader) >= LARGEST_UI
    assert window.reader.page_view.body_pixel_size() == TEXT_SIZES[LARGEST] * window.reader.logicalDpiY() / 72


def test_the_idle_warning_takes_a_size_step_and_then_a_theme(qtbot, window, context):
    window.apply_settings(replace(context.settings, text_step=LARGEST))
    window.apply_settings(replace(context.settings, theme="contrast"))
    window.idle.setGeometry(window.rect())
    window.idle.show()
    window.idle.raise_()
    settle()
    assert smallest_text(window.idle) >= LARGEST_UI
    assert window.idle.grab().toImage().pixelColor(2, 2) == QColor(CONTRAST.background)
    assert colour_at_top(window.idle.go_on_button) == QColor(CONTRAST.primary)
    window.idle.hide()


def test_the_loudspeakers_cover_made_after_a_size_step_has_the_new_size(qtbot, window, context):
    window.apply_settings(replace(context.settings, text_step=LARGEST))
    view = window.loudspeaker.view  # made now, beside the screens
    window.loudspeaker.apply_metrics()
    view.show_broadcast(context.library.ordered_lessons()[0].title)
    settle()
    assert view.isVisible()
    assert smallest_text(view) >= LARGEST_UI
    assert view.stop_button.minimumHeight() >= Metrics.for_step(LARGEST).control_px
    view.end()


def test_a_screen_keeps_a_sheet_of_its_own_once_it_has_one(qtbot, window, context):
    """Never set back to an empty sheet (Qt then tears down the style its widgets share): the
    same words as the application's instead, and the new theme's on a theme change."""
    from desktop_app.gui.theme import stylesheet

    app = QApplication.instance()
    window.apply_settings(replace(context.settings, text_step=LARGEST))  # the home on view
    assert window.home.styleSheet() and window.home.styleSheet() != app.styleSheet()
    window.apply_settings(replace(context.settings, text_step=DEFAULT_TEXT_STEP))  # the application's size
    assert window.home.styleSheet() == app.styleSheet()
    window.apply_settings(replace(context.settings, theme="contrast"))
    assert window.home.styleSheet() == app.styleSheet() == stylesheet(CONTRAST, Metrics.for_step(DEFAULT_TEXT_STEP))
    settle()
    assert colour_at_top(window.home.continue_button) == QColor(CONTRAST.primary)
