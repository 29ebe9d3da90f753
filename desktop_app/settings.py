"""The member's display settings, kept in the database (no Qt)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

import sqlite_utils

from .text.script import SCRIPTS, SIMPLIFIED

log = logging.getLogger(__name__)

# Body text sizes in points: fixed steps, no free slider (PRODUCT.md).
TEXT_SIZES = (24, 30, 36, 44, 54, 64, 72)
DEFAULT_TEXT_STEP = 1
THEMES = ("paper", "contrast")
# Reading aloud: playback speeds (the pitch is kept) and volumes, in fixed steps.
RATES = (0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0)
DEFAULT_RATE_STEP = 3
VOLUMES = (0.2, 0.4, 0.6, 0.8, 1.0)
VOICES = ("mandarin", "cantonese")
DEFAULT_THEME = "paper"
# home: one member at home, no choosing; shared: a kiosk, opening on the member picker.
MODES = ("home", "shared")


@dataclass(frozen=True)
class Settings:
    text_step: int = DEFAULT_TEXT_STEP
    theme: str = DEFAULT_THEME
    script: str = SIMPLIFIED
    voice: str = "mandarin"
    rate_step: int = DEFAULT_RATE_STEP
    volume_step: int = len(VOLUMES) - 1
    radio: bool = False  # go on into the next lesson, like a radio
    mode: str = "home"

    @property
    def rate(self) -> float:
        return RATES[self.rate_step]

    @property
    def volume(self) -> float:
        return VOLUMES[self.volume_step]

    @property
    def text_size(self) -> int:
        return TEXT_SIZES[self.text_step]

    def bigger(self) -> Settings:
        return replace(self, text_step=min(self.text_step + 1, len(TEXT_SIZES) - 1))

    def smaller(self) -> Settings:
        return replace(self, text_step=max(self.text_step - 1, 0))


def step_for_size(points: int) -> int | None:
    """The step of a size in points, None when it is not one of TEXT_SIZES."""
    return TEXT_SIZES.index(points) if points in TEXT_SIZES else None


def _step(raw: str, count: int) -> int | None:
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if 0 <= value < count else None


def _validated(key: str, raw: str) -> object | None:
    if key == "text_step":
        return _step(raw, len(TEXT_SIZES))
    if key == "rate_step":
        return _step(raw, len(RATES))
    if key == "volume_step":
        return _step(raw, len(VOLUMES))
    if key == "voice":
        return raw if raw in VOICES else None
    if key == "radio":
        return {"True": True, "False": False}.get(raw)
    if key == "mode":
        return raw if raw in MODES else None
    if key == "theme":
        return raw if raw in THEMES else None
    if key == "script":
        return raw if raw in SCRIPTS else None
    return None


# The kiosk's own, whoever is signed in; every other setting is the member's.
KIOSK_KEYS = frozenset({"mode"})


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
            if key not in Settings.__dataclass_fields__ or (owner is not None and key in KIOSK_KEYS):
                continue
            value = _validated(key, raw)
            if value is None:
                log.warning("Setting %s has an invalid value %r; using the default", key, raw)
                continue
            values[key] = value
    return Settings(**values)


def save_settings(db: sqlite_utils.Database, settings: Settings, member_id: int | None = None) -> None:
    """The kiosk's settings, and the rest as the member's own when member_id is given."""

    def work(db: sqlite_utils.Database) -> None:
        for key in Settings.__dataclass_fields__:
            value = str(getattr(settings, key))
            if member_id is None or key in KIOSK_KEYS:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
            else:
                db.execute(
                    """INSERT INTO member_settings (member_id, key, value) VALUES (?, ?, ?)
                       ON CONFLICT (member_id, key) DO UPDATE SET value = excluded.value""",
                    [member_id, key, value],
                )

    from .storage.writes import write

    write(db, "settings", work)
