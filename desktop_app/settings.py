"""The member's settings, each declared once with its default, its allowed values and their names,
and kept in the database (no widgets). The settings screen, the command line and the storage all
read the declarations below."""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .study.quiz import PASS_PERCENT
from .text.script import SIMPLIFIED, TRADITIONAL_HK, TRADITIONAL_TW

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# Body text sizes in points: fixed steps, no free slider (PRODUCT.md).
TEXT_SIZES = (24, 30, 36, 44, 54, 64, 72)
DEFAULT_TEXT_STEP = 1
# Reading aloud: playback speeds (the pitch is kept) and volumes, in fixed steps.
RATES = (0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0)
DEFAULT_RATE_STEP = 3
VOLUMES = (0.2, 0.4, 0.6, 0.8, 1.0)

PAPER, CONTRAST = "paper", "contrast"
MANDARIN, CANTONESE = "mandarin", "cantonese"
HOME, SHARED = "home", "shared"  # one member at home, no choosing; a kiosk opening on the names


@dataclass(frozen=True)
class Option:
    """One setting: its key in the database, default, allowed values and the names shown for them
    (English source texts, translated in the "Settings" context of the .ts file)."""

    key: str
    title: str
    default: object
    values: tuple
    names: tuple[str, ...] = ()  # shown for each value (choices only)
    kiosk: bool = False  # the kiosk's own, whoever is signed in

    def parse(self, raw: str) -> object | None:
        """The value stored as raw, None when it is not an allowed one."""
        for value in self.values:
            if str(value) == raw:
                return value
        return None

    def name_of(self, value: object) -> str:
        return self.names[self.values.index(value)] if value in self.values and self.names else str(value)


OPTIONS = (
    Option(
        "text_step",
        QT_TRANSLATE_NOOP("Settings", "Text size"),
        DEFAULT_TEXT_STEP,
        tuple(range(len(TEXT_SIZES))),
        (
            QT_TRANSLATE_NOOP("Settings", "1 (smallest)"),
            "2",
            "3",
            "4",
            "5",
            "6",
            QT_TRANSLATE_NOOP("Settings", "7 (largest)"),
        ),
    ),
    Option(
        "theme",
        QT_TRANSLATE_NOOP("Settings", "Colours"),
        PAPER,
        (PAPER, CONTRAST),
        (QT_TRANSLATE_NOOP("Settings", "Warm paper"), QT_TRANSLATE_NOOP("Settings", "Light text on black")),
    ),
    Option(
        "script",
        QT_TRANSLATE_NOOP("Settings", "Characters"),
        SIMPLIFIED,
        (SIMPLIFIED, TRADITIONAL_TW, TRADITIONAL_HK),
        (
            QT_TRANSLATE_NOOP("Settings", "Simplified characters"),
            QT_TRANSLATE_NOOP("Settings", "Traditional (Taiwan)"),
            QT_TRANSLATE_NOOP("Settings", "Traditional (Hong Kong)"),
        ),
    ),
    Option(
        "voice",
        QT_TRANSLATE_NOOP("Settings", "Voice"),
        MANDARIN,
        (MANDARIN, CANTONESE),
        (QT_TRANSLATE_NOOP("Settings", "Mandarin"), QT_TRANSLATE_NOOP("Settings", "Cantonese")),
    ),
    Option(
        "rate_step",
        QT_TRANSLATE_NOOP("Settings", "Speed"),
        DEFAULT_RATE_STEP,
        tuple(range(len(RATES))),
        (
            QT_TRANSLATE_NOOP("Settings", "Very slow (0.5x)"),
            QT_TRANSLATE_NOOP("Settings", "Slow (0.65x)"),
            QT_TRANSLATE_NOOP("Settings", "A little slow (0.8x)"),
            QT_TRANSLATE_NOOP("Settings", "Normal (1x)"),
            QT_TRANSLATE_NOOP("Settings", "A little fast (1.25x)"),
            QT_TRANSLATE_NOOP("Settings", "Fast (1.5x)"),
            QT_TRANSLATE_NOOP("Settings", "Faster (1.75x)"),
            QT_TRANSLATE_NOOP("Settings", "Fastest (2x)"),
        ),
    ),
    Option("volume_step", QT_TRANSLATE_NOOP("Settings", "Volume"), len(VOLUMES) - 1, tuple(range(len(VOLUMES)))),
    Option(
        "radio",
        QT_TRANSLATE_NOOP("Settings", "Reading aloud"),
        False,
        (False, True),
        (
            QT_TRANSLATE_NOOP("Settings", "Stop after the lesson"),
            QT_TRANSLATE_NOOP("Settings", "Go on to the next lesson"),
        ),
    ),
    Option(
        "quiz_aloud",
        QT_TRANSLATE_NOOP("Settings", "Quiz questions"),
        True,
        (True, False),
        (
            QT_TRANSLATE_NOOP("Settings", "Read out by themselves"),
            QT_TRANSLATE_NOOP("Settings", "Read out when I touch the speaker"),
        ),
    ),
    Option(
        "talk",
        QT_TRANSLATE_NOOP("Settings", "Say it to me"),
        "auto",
        ("auto", "on", "off"),
        (
            QT_TRANSLATE_NOOP("Settings", "On a shared kiosk, not at home"),
            QT_TRANSLATE_NOOP("Settings", "Say what I touch"),
            QT_TRANSLATE_NOOP("Settings", "Do not say it"),
        ),
    ),
    Option(
        "mode",
        QT_TRANSLATE_NOOP("Settings", "Use"),
        HOME,
        (HOME, SHARED),
        (
            QT_TRANSLATE_NOOP("Settings", "One member at home"),
            QT_TRANSLATE_NOOP("Settings", "Shared: members touch their name"),
        ),
        kiosk=True,
    ),
    # Quizzes as ladders (study/ladder.py) and the challenge (study/challenge.py): the secretary's.
    Option(
        "pass_percent",
        QT_TRANSLATE_NOOP("Settings", "Pass mark of a level"),
        PASS_PERCENT,
        (50, 60, 70, 80, 90, 100),
        ("50%", "60%", "70%", "80%", "90%", "100%"),
        kiosk=True,
    ),
    Option(
        "challenge_seconds",
        QT_TRANSLATE_NOOP("Settings", "Time for a challenge question"),
        60,
        (0, 30, 45, 60, 90, 120, 180),  # 0: no limit; never under 30 s (study/points.py time_limit)
        (
            QT_TRANSLATE_NOOP("Settings", "No time limit"),
            QT_TRANSLATE_NOOP("Settings", "30 seconds"),
            QT_TRANSLATE_NOOP("Settings", "45 seconds"),
            QT_TRANSLATE_NOOP("Settings", "60 seconds"),
            QT_TRANSLATE_NOOP("Settings", "90 seconds"),
            QT_TRANSLATE_NOOP("Settings", "120 seconds"),
            QT_TRANSLATE_NOOP("Settings", "180 seconds"),
        ),
        kiosk=True,
    ),
    # The secretary's (the kiosk settings screen): the pause before "still there?", and the lock.
    Option(
        "idle_minutes",
        QT_TRANSLATE_NOOP("Settings", "Ask “still there?” after"),
        5,
        (2, 3, 5, 10, 15),
        (
            QT_TRANSLATE_NOOP("Settings", "2 minutes"),
            QT_TRANSLATE_NOOP("Settings", "3 minutes"),
            QT_TRANSLATE_NOOP("Settings", "5 minutes"),
            QT_TRANSLATE_NOOP("Settings", "10 minutes"),
            QT_TRANSLATE_NOOP("Settings", "15 minutes"),
        ),
        kiosk=True,
    ),
    Option(
        "kiosk_lock",
        QT_TRANSLATE_NOOP("Settings", "Locked kiosk"),
        False,
        (False, True),
        (
            QT_TRANSLATE_NOOP("Settings", "An ordinary window"),
            QT_TRANSLATE_NOOP("Settings", "Full screen, closed only with the PIN"),
        ),
        kiosk=True,
    ),
)
OPTION = {option.key: option for option in OPTIONS}
THEMES = OPTION["theme"].values
VOICES = OPTION["voice"].values
MODES = OPTION["mode"].values
SCRIPTS = OPTION["script"].values
DEFAULT_THEME = OPTION["theme"].default
# The kiosk's own, whoever is signed in; every other setting is the member's.
KIOSK_KEYS = frozenset(option.key for option in OPTIONS if option.kiosk)


@dataclass(frozen=True)
class Settings:
    text_step: int = OPTION["text_step"].default
    theme: str = OPTION["theme"].default
    script: str = OPTION["script"].default
    voice: str = OPTION["voice"].default
    rate_step: int = OPTION["rate_step"].default
    volume_step: int = OPTION["volume_step"].default
    radio: bool = OPTION["radio"].default  # go on into the next lesson, like a radio
    quiz_aloud: bool = OPTION["quiz_aloud"].default  # a quiz question and its answers read out when shown
    talk: str = OPTION["talk"].default  # 说给我听: what is touched is said (auto: on a shared kiosk)
    mode: str = OPTION["mode"].default
    pass_percent: int = OPTION["pass_percent"].default  # a quiz level is passed at this score
    challenge_seconds: int = OPTION["challenge_seconds"].default  # 0: no time limit
    idle_minutes: int = OPTION["idle_minutes"].default  # a shared kiosk asks "still there?" after this pause
    kiosk_lock: bool = OPTION["kiosk_lock"].default  # full screen, no frame, closed only with the PIN

    @property
    def rate(self) -> float:
        return RATES[self.rate_step]

    @property
    def volume(self) -> float:
        return VOLUMES[self.volume_step]

    @property
    def text_size(self) -> int:
        return TEXT_SIZES[self.text_step]

    @property
    def shared(self) -> bool:
        return self.mode == SHARED

    @property
    def speaks(self) -> bool:
        """说给我听: touched controls, screens and messages are said aloud."""
        return self.talk == "on" or (self.talk == "auto" and self.shared)

    def bigger(self) -> Settings:
        return replace(self, text_step=min(self.text_step + 1, len(TEXT_SIZES) - 1))

    def smaller(self) -> Settings:
        return replace(self, text_step=max(self.text_step - 1, 0))


assert [f.name for f in fields(Settings)] == list(OPTION), "every setting is declared once in OPTIONS"
assert len(OPTION["text_step"].names) == len(TEXT_SIZES) and len(OPTION["rate_step"].names) == len(RATES)
# What a member who has not chosen for themselves starts with: the kiosk's (set by the secretary).
DEFAULT_KEYS = ("text_step", "theme", "voice", "rate_step", "talk")


def step_for_size(points: int) -> int | None:
    """The step of a size in points, None when it is not one of TEXT_SIZES."""
    return TEXT_SIZES.index(points) if points in TEXT_SIZES else None


def _rows(db: sqlite_utils.Database, member_id: int | None) -> list[tuple[str, str]]:
    if member_id is None:
        return db.execute("SELECT key, value FROM settings").fetchall()
    return db.execute("SELECT key, value FROM member_settings WHERE member_id = ?", [member_id]).fetchall()


def load_settings(db: sqlite_utils.Database, member_id: int | None = None) -> Settings:
    """Saved settings; a value that is missing or wrong falls back to its default (and is logged).

    With member_id (a member signed in on a shared kiosk), their own choices over the kiosk's."""
    values: dict[str, object] = {}
    layers = [(None, _rows(db, None))] + ([(member_id, _rows(db, member_id))] if member_id is not None else [])
    for owner, rows in layers:
        for key, raw in rows:
            option = OPTION.get(key)
            if option is None or (owner is not None and option.kiosk):
                continue
            value = option.parse(raw)
            if value is None:
                log.warning("Setting %s has an invalid value %r; using the default", key, raw)
                continue
            values[key] = value
    return Settings(**values)


def kiosk_part(settings: Settings, kiosk: Settings) -> Settings:
    """The kiosk's settings with settings' kiosk keys: what a guest's change may save (the defaults
    for new members stay as the secretary set them)."""
    return replace(kiosk, **{key: getattr(settings, key) for key in KIOSK_KEYS})


def save_settings(db: sqlite_utils.Database, settings: Settings, member_id: int | None = None) -> None:
    """The kiosk's settings, and the rest as the member's own when member_id is given."""

    def work(db: sqlite_utils.Database) -> None:
        for option in OPTIONS:
            value = str(getattr(settings, option.key))
            if member_id is None or option.kiosk:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [option.key, value],
                )
            else:
                db.execute(
                    """INSERT INTO member_settings (member_id, key, value) VALUES (?, ?, ?)
                       ON CONFLICT (member_id, key) DO UPDATE SET value = excluded.value""",
                    [member_id, option.key, value],
                )

    from .storage.writes import write

    write(db, "settings", work)
