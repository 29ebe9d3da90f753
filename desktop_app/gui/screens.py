"""The main window's screens, each built (its module imported, its widgets made, its signals
wired) the first time it is wanted (issue 14): the start builds the home screen or the names
screen and nothing else, so it costs little more than a bare window."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from .names import SCREENS
from .screen import Screen

# name -> (module, class); the order is SCREENS'
CLASSES = {
    "home": ("home_screen", "HomeScreen"),
    "library": ("library_screen", "LibraryScreen"),
    "reader": ("reader_screen", "ReaderScreen"),
    "settings": ("settings_screen", "SettingsScreen"),
    "problems": ("problems_screen", "ProblemsScreen"),
    "my_study": ("my_study_screen", "MyStudyScreen"),
    "picker": ("picker_screen", "PickerScreen"),
    "quiz": ("quiz_screen", "QuizScreen"),
    "ladder": ("ladder_screen", "LadderScreen"),
    "board": ("board_screen", "BoardScreen"),
    "poster": ("poster_screen", "PosterScreen"),
    "pin": ("pin_screen", "PinScreen"),
    "secretary": ("secretary_screen", "SecretaryScreen"),
    "kiosk_settings": ("kiosk_settings_screen", "KioskSettingsScreen"),
    "members": ("members_screen", "MembersScreen"),
    "plan": ("plan_screen", "PlanScreen"),
    "report": ("report_screen", "ReportScreen"),
    "backup": ("backup_screen", "BackupScreen"),
    "packs": ("packs_screen", "PacksScreen"),
    "film": ("film_screen", "FilmScreen"),
    "broadcasts": ("loudspeaker_screen", "LoudspeakerScreen"),
    "broadcast_log": ("broadcast_log_screen", "BroadcastLogScreen"),
    "outreach": ("outreach_screen", "OutreachScreen"),
}
assert tuple(CLASSES) == SCREENS


def screen_class(name: str) -> type[Screen]:
    module, cls = CLASSES[name]
    return getattr(importlib.import_module(f"{__package__}.{module}"), cls)


class Screens(Mapping[str, Screen]):
    """Every screen by name; looking one up builds it if it was not built yet (build(name) makes
    it and wires it to the window). Iterating gives every name; built() only the screens made."""

    def __init__(self, build: Callable[[str], Screen]):
        self._build = build
        self._made: dict[str, Screen] = {}

    def __getitem__(self, name: str) -> Screen:
        screen = self._made.get(name)
        if screen is None:
            if name not in CLASSES:
                raise KeyError(name)
            screen = self._made[name] = self._build(name)
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(SCREENS)

    def __len__(self) -> int:
        return len(SCREENS)

    def built(self) -> list[Screen]:
        return list(self._made.values())

    def is_built(self, name: str) -> bool:
        return name in self._made


class ScreenAttribute:
    """window.reader and the like: the screen of that name, built when first used."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        return self if window is None else window.screens[self.name]
