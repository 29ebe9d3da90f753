"""The program's Chinese fonts (QtGui only): the screens and the printed reports use the same."""

from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "SimHei",
]


def ui_font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(points)
    font.setBold(bold)
    return font
