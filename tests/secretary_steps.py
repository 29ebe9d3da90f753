"""Steps the secretary takes, for the tests that need them: the PIN door and the kiosk settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

PIN = "2580"


def type_pin(qtbot, window, pin: str = PIN) -> None:
    """Digits touched on the pad, then 确定."""
    for digit in pin:
        qtbot.mouseClick(window.pin.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.ok_button, Qt.MouseButton.LeftButton)


def through_the_door(qtbot, window, pin: str = PIN) -> None:
    """On the PIN door (支部书记用 was touched): the PIN set on a first visit, else given."""
    assert window.current_screen_name() == "pin"
    first = not window.pin.store.is_set()
    type_pin(qtbot, window, pin)
    if first:
        type_pin(qtbot, window, pin)  # typed twice
    assert window.current_screen_name() == "secretary"


def choose_mode(qtbot, window, mode: str, confirm: bool = True) -> None:
    """From the secretary's page: 学习站设置, the use, and yes (or no) to the plain question."""
    qtbot.mouseClick(window.secretary.tiles["kiosk_settings"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.kiosk_settings.choice_buttons[("mode", mode)], Qt.MouseButton.LeftButton)
    confirmation = window.kiosk_settings.confirmation
    assert confirmation.isVisible()
    qtbot.mouseClick(confirmation.yes_button if confirm else confirmation.no_button, Qt.MouseButton.LeftButton)
