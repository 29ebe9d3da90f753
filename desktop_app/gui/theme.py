"""Themes (palettes) and every size on screen, derived from the member's text-size step."""

from __future__ import annotations

from dataclasses import dataclass

from ..fonts import FONT_FAMILIES
from ..settings import TEXT_SIZES, Settings


@dataclass(frozen=True)
class Palette:
    name: str
    background: str  # the page and the screens
    text: str  # body text and labels
    muted: str  # secondary labels (still 7:1)
    panel: str  # rows, bars, the character panel
    button: str  # ordinary buttons
    button_text: str
    primary: str  # the one main action of a screen
    primary_text: str
    highlight: str  # the sentence being read aloud: stands out from the page by 7:1 too
    highlight_text: str
    mark: str  # the character touched
    mark_text: str
    focus: str  # keyboard focus ring
    done: str  # "finished" mark on a panel
    border: str
    chosen: str  # a chosen option in settings (with a check mark): not the main action's colour
    chosen_text: str
    inactive: str  # the text of a control that cannot act now: flat, no button face

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every foreground/background pair that carries text, for the 7:1 check."""
        return {
            "body": (self.text, self.background),
            "muted": (self.muted, self.background),
            "panel": (self.text, self.panel),
            "panel-muted": (self.muted, self.panel),
            "button": (self.button_text, self.button),
            "primary": (self.primary_text, self.primary),
            "highlight": (self.highlight_text, self.highlight),
            "mark": (self.mark_text, self.mark),
            "done": (self.done, self.panel),
            "chosen": (self.chosen_text, self.chosen),
        }

    def surface_pairs(self) -> dict[str, tuple[str, str]]:
        """Surfaces that must stand out from the page, not only carry readable text."""
        return {"highlight-on-page": (self.highlight, self.background)}


PAPER = Palette(
    name="paper",
    background="#fbf4e2",
    text="#1b1b1b",
    muted="#3a3430",
    panel="#fffaf0",
    button="#f0e2c0",
    button_text="#1b1b1b",
    primary="#8f1512",
    primary_text="#ffffff",
    highlight="#0b4a8b",
    highlight_text="#ffffff",
    mark="#ffe066",
    mark_text="#000000",
    focus="#0b4a8b",
    done="#0d5a1e",
    border="#6b5a44",
    chosen="#0d5a1e",
    chosen_text="#ffffff",
    inactive="#8a8178",
)

CONTRAST = Palette(
    name="contrast",
    background="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    panel="#141414",
    button="#262626",
    button_text="#ffffff",
    primary="#ffd500",
    primary_text="#000000",
    highlight="#ffd500",
    highlight_text="#000000",
    mark="#00e5ff",
    mark_text="#000000",
    focus="#00e5ff",
    done="#7dff8a",
    border="#ffffff",
    chosen="#7dff8a",
    chosen_text="#000000",
    inactive="#8c8c8c",
)

PALETTES = {PAPER.name: PAPER, CONTRAST.name: CONTRAST}


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours given as #rrggbb."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Metrics:
    """Sizes in points and pixels, all scaled from the member's text-size step (one size for the
    whole program: at the largest step no text anywhere is under 36 pt)."""

    body_pt: int  # the reading text
    ui_pt: int  # labels and buttons: 20 pt at the default step, 36 pt at the largest
    title_pt: int
    control_px: int  # minimum side of any control (>= 60)
    primary_px: int  # height of a screen's main action
    spacing_px: int

    @classmethod
    def for_step(cls, step: int) -> Metrics:
        body = TEXT_SIZES[step]
        ui = max(20, round(body / 2))
        return cls(
            body_pt=body,
            ui_pt=ui,
            title_pt=ui + max(6, ui // 4),
            control_px=max(64, round(ui * 2.9)),
            primary_px=max(120, ui * 5),
            spacing_px=max(12, round(ui * 0.6)),
        )

    @classmethod
    def for_settings(cls, settings: Settings) -> Metrics:
        return cls.for_step(settings.text_step)

    @property
    def ui_px(self) -> float:
        return self.ui_pt * 96 / 72

    @property
    def title_px(self) -> float:
        return self.title_pt * 96 / 72


def _focus_rules(p: Palette, m: Metrics) -> str:
    """The keyboard focus: a thicker ring in the focus colour, the padding 2 px less, so the text
    keeps exactly the room it has without focus (a focused label is never cut)."""
    paddings = {
        "": (4, m.spacing_px),
        '[role="primary"]': (4, m.spacing_px),
        '[role="play"]': (4, 4),
        '[role="pager"]': (4, m.spacing_px),
        '[role="tool"]': (4, 4),
        '[role="key"]': (2, 2),
        '[role="tile"]': (8, 8),
        '[role="letter"]': (2, 2),
        '[role="row"]': (8, m.spacing_px),
    }
    rules = []
    for selector, (vertical, horizontal) in paddings.items():
        rules.append(
            f"QPushButton{selector}:focus {{ border: 5px solid {p.focus}; "
            f"padding: {vertical - 2}px {horizontal - 2}px; }}"
        )
    return "\n".join(rules)


def stylesheet(palette: Palette, metrics: Metrics) -> str:
    """The application style sheet: palettes plus sizes; screens add nothing of their own."""
    p, m = palette, metrics
    families = ", ".join(f'"{f}"' for f in FONT_FAMILIES)
    return f"""
* {{ font-family: {families}; font-size: {m.ui_pt}pt; color: {p.text}; }}
QMainWindow, QStackedWidget, QWidget#screen, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {p.background};
}}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {m.title_pt}pt; font-weight: bold; }}
QLabel[role="number"] {{ font-size: {m.title_pt * 2}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="section"] {{ font-size: {m.ui_pt + 2}pt; font-weight: bold; }}
QPushButton {{
    background: {p.button}; color: {p.button_text};
    border: 3px solid {p.border}; border-radius: 12px;
    min-height: {m.control_px}px; min-width: {m.control_px}px;
    padding: 4px {m.spacing_px}px;
}}
QPushButton:pressed {{ background: {p.highlight}; color: {p.highlight_text}; }}
QPushButton:checked {{ background: {p.chosen}; color: {p.chosen_text}; border-color: {p.chosen}; }}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    font-size: {m.title_pt}pt; font-weight: bold;
    min-height: {m.primary_px}px; border-radius: 20px;
}}
QPushButton[role="play"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    font-size: {m.title_pt}pt; font-weight: bold; border-radius: 20px; padding: 4px;
}}
QPushButton[role="pager"] {{ font-size: {m.title_pt}pt; font-weight: bold; }}
QPushButton[role="tool"] {{ padding: 4px; }}
QPushButton[role="key"] {{ font-size: {m.title_pt}pt; font-weight: bold; padding: 2px; }}
QPushButton[role="tile"] {{ background: {p.panel}; font-size: {m.title_pt}pt; font-weight: bold; padding: 8px; }}
QPushButton[role="letter"] {{ padding: 2px; font-weight: bold; }}
QPushButton[role="row"] {{ background: {p.panel}; text-align: left; padding: 8px {m.spacing_px}px; }}
QPushButton[speaking="true"] {{ border: 6px solid {p.highlight}; }}
{_focus_rules(p, m)}
QPushButton:disabled, QPushButton[role="pager"]:disabled, QPushButton[role="play"]:disabled,
QPushButton[role="primary"]:disabled, QPushButton[role="key"]:disabled {{
    background: transparent; color: {p.inactive}; border: 3px solid transparent;
}}
QPushButton[compact="true"] {{
    min-height: {max(56, round(m.ui_px * 1.6))}px; font-size: {m.ui_pt}pt; padding: 4px {m.spacing_px // 2}px;
}}
QLineEdit {{
    background: {p.panel}; color: {p.text}; border: 3px solid {p.border}; border-radius: 10px;
    min-height: {m.control_px}px; padding: 0 {m.spacing_px // 2}px;
}}
QLineEdit:focus {{ border: 5px solid {p.focus}; }}
QPlainTextEdit {{ background: {p.panel}; color: {p.text}; border: 3px solid {p.border}; }}
QPlainTextEdit:focus {{ border: 5px solid {p.focus}; }}
QFrame#panel {{ background: {p.panel}; border: 3px solid {p.border}; border-radius: 16px; }}
QScrollBar:vertical {{ width: {m.control_px}px; background: {p.panel}; border: 2px solid {p.border}; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: {m.control_px}px; border-radius: 8px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QFrame#overlay {{ background: {p.panel}; border: 5px solid {p.border}; border-radius: 20px; }}
"""
